package org.filmkg.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.filmkg.query.Console;
import org.filmkg.query.QueryCatalog;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "console", mixinStandardHelpOptions = true,
        description = "A SPARQL console over the dataset: history, multi-line input (run with ';'), prefixes added, tab completion, :run/:save/:export/:help/:quit. With piped input it prints results only.")
final class ConsoleCommand implements Callable<Integer> {
    private static final List<String> KEYWORDS = List.of("SELECT", "DISTINCT", "WHERE", "GRAPH", "OPTIONAL", "FILTER", "ORDER", "BY",
            "GROUP", "LIMIT", "PREFIX", "DESCRIBE", "CONSTRUCT", "ASK", "UNION", "BIND", "VALUES", "COUNT");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    DataMixin source;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    double timeout;

    @Option(names = "--history", paramLabel = "FILE", description = "History file, kept across sessions (default: ~/.kg_history).")
    Path history;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var ds = source.open(spec.commandLine().getErr());
        QueryCatalog catalog = new QueryCatalog(Common.home().resolve("queries"));
        long ms = (long) (timeout * 1000);
        if (System.console() == null) {
            // piped: no prompts, no editing, tables at full width
            new Console(ds, catalog, ms, out, () -> Integer.MAX_VALUE / 4)
                    .run(Console.of(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))), false);
            return Main.OK;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            Console console = new Console(ds, catalog, ms, terminal.writer(), () -> Math.max(40, terminal.getWidth()));
            Path h = history != null ? history : Path.of(System.getProperty("user.home"), ".kg_history");
            console.run(lines(reader(terminal, console, h)), true);
        }
        return Main.OK;
    }

    /** A JLine reader: history in {@code historyFile}, no '!' expansion (SPARQL uses '!'), completion of commands, saved queries and prefixes. */
    static LineReader reader(Terminal terminal, Console console, Path historyFile) {
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        LineReader r = LineReaderBuilder.builder().terminal(terminal).parser(parser).completer(completer(console))
                .variable(LineReader.HISTORY_FILE, historyFile).build();
        r.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        return r;
    }

    static Completer completer(Console console) {
        return (reader, line, candidates) -> {
            String word = line.word();
            List<String> words = line.words();
            if (line.wordIndex() == 1 && !words.isEmpty() && words.get(0).equals(":run")) {
                console.queryNames().forEach(n -> candidates.add(new Candidate(n)));
            } else if (word.startsWith(":")) {
                Console.COMMANDS.forEach(c -> candidates.add(new Candidate(c)));
            } else {
                console.prefixNames().forEach(p -> candidates.add(new Candidate(p, p, null, null, null, null, false)));
                KEYWORDS.forEach(k -> candidates.add(new Candidate(k)));
            }
        };
    }

    /** Lines from JLine; Ctrl-C drops the current line, Ctrl-D ends. History is written as lines are read. */
    static Console.Lines lines(LineReader reader) {
        return prompt -> {
            while (true) {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    // Ctrl-C: forget the line, keep the session
                } catch (EndOfFileException e) {
                    return null;
                }
            }
        };
    }
}
