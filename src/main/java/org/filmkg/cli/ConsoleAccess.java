package org.filmkg.cli;

import java.nio.file.Path;
import org.filmkg.query.Console;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

/** The console's JLine wiring, public for tests that drive it through a terminal's streams. */
public final class ConsoleAccess {
    private ConsoleAccess() {}

    public static LineReader reader(Terminal terminal, Console console, Path historyFile) {
        return ConsoleCommand.reader(terminal, console, historyFile);
    }

    public static Completer completer(Console console) {
        return ConsoleCommand.completer(console);
    }

    public static Console.Lines lines(LineReader reader, Console console) {
        return ConsoleCommand.lines(reader, console);
    }
}
