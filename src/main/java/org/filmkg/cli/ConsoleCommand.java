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

    @Option(names = "--keep-going", description = "With piped input, go on after a failing query (by default the first failure stops the console with exit status 1).")
    boolean keepGoing;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var ds = source.open(spec.commandLine().getErr());
        QueryCatalog catalog = new QueryCatalog(Common.home().resolve("queries"));
        long ms = (long) (timeout * 1000);
        if (System.console() == null) {
            // piped: no prompts, no editing, tables at full width
            Console console = new Console(ds, catalog, ms, out, () -> Integer.MAX_VALUE / 4).stopOnError(!keepGoing);
            console.run(Console.of(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))), false);
            return console.failed() && !keepGoing ? Main.FAILED : Main.OK;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            Console console = new Console(ds, catalog, ms, terminal.writer(), () -> Math.max(40, terminal.getWidth()))
                    .pager(ConsoleCommand::page, () -> terminal.getHeight() > 0 ? terminal.getHeight() : Integer.MAX_VALUE);
            // Ctrl-C while a query runs cancels it (while a line is read, JLine takes Ctrl-C itself)
            terminal.handle(Terminal.Signal.INT, signal -> console.cancel());
            Path h = history != null ? history : Path.of(System.getProperty("user.home"), ".kg_history");
            console.run(lines(reader(terminal, console, h), console), true);
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
            } else if (word.startsWith("?") || word.startsWith("$")) {
                console.variables(line.line()).forEach(v -> candidates.add(new Candidate(v)));
            } else if (word.contains(":")) {
                console.terms().forEach(t -> candidates.add(new Candidate(t)));
            } else {
                console.prefixNames().forEach(p -> candidates.add(new Candidate(p, p, null, null, null, null, false)));
                KEYWORDS.forEach(k -> candidates.add(new Candidate(k)));
            }
        };
    }

    /**
     * Lines from JLine; Ctrl-C drops the current line and any earlier lines of the query being typed, Ctrl-D ends.
     * History is written as lines are read.
     */
    static Console.Lines lines(LineReader reader, Console console) {
        return prompt -> {
            while (true) {
                try {
                    return reader.readLine(prompt);
                } catch (UserInterruptException e) {
                    // Ctrl-C: forget the query being typed, keep the session
                    console.clearInput();
                    prompt = "kg> ";
                } catch (EndOfFileException e) {
                    return null;
                }
            }
        };
    }

    /** Pages text through $PAGER, else "less -FRSX" (which prints short text at once); false when neither runs. */
    static boolean page(String text) {
        String pager = System.getenv().getOrDefault("PAGER", "less -FRSX");
        if (pager.isBlank()) return false;
        try {
            Process p = new ProcessBuilder("sh", "-c", pager).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (var in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                // the reader quit early ("q" in less): the rest is not wanted
            }
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
