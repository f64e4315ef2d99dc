package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmkg.query.Console;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal console driven through its input: output, errors, commands, history and completion. */
class ConsoleTest {
    private static String session(String input, Path queries) throws Exception {
        StringWriter out = new StringWriter();
        Console c = new Console(Seeds.report().dataset(), new QueryCatalog(queries), 10_000, new PrintWriter(out), () -> 200);
        c.run(Console.of(new BufferedReader(new StringReader(input))), false);
        return out.toString();
    }

    private static Path queriesCopy(Path dir) throws Exception {
        Path q = Files.createDirectories(dir.resolve("queries"));
        try (var s = Files.list(Path.of("queries"))) {
            for (Path p : s.toList()) Files.copy(p, q.resolve(p.getFileName()));
        }
        return q;
    }

    @Test
    void aQueryEndingInSemicolonRunsWithPrefixesAdded() throws Exception {
        String out = session("SELECT ?src ?rating\nWHERE { GRAPH ?g { ?r fk:source ?src ; fk:rating/fk:ratingAsWritten ?rating } }\nORDER BY ?src;\n:quit\n", Path.of("queries"));
        assertTrue(out.contains("| 001_c4c6e02c314750f2.txt | D+      |"), out);
        assertTrue(out.contains("2 rows"), out);
    }

    @Test
    void anEmptyLineRunsACompleteQueryButNotAnIncompleteOne() throws Exception {
        String out = session("SELECT ?n WHERE {\n\nGRAPH ?g { ?r fk:source ?n } } LIMIT 1\n\n", Path.of("queries"));
        assertTrue(out.contains("1 row"), out);
        assertTrue(!out.contains("error"), out);
    }

    @Test
    void aParseErrorGivesLineAndColumnAndTheSessionGoesOn() throws Exception {
        String out = session("SELECT ?x WHERE { ?x ?y };\n:run reviews\n", Path.of("queries"));
        assertTrue(out.matches("(?s)error: query:\\d+:\\d+: .*"), out);
        assertTrue(out.contains("Her Smell"), "the next command still ran: " + out);
    }

    @Test
    void saveAndExport(@TempDir Path dir) throws Exception {
        Path q = queriesCopy(dir);
        Path csv = dir.resolve("out.csv");
        String out = session("SELECT ?src WHERE { GRAPH ?g { ?r fk:source ?src } } ORDER BY ?src;\n:save sources\n:export " + csv + "\n:run sources\n:bogus\n", q);
        assertTrue(Files.readString(q.resolve("sources.rq")).contains("fk:source"), out);
        assertTrue(Files.readString(csv).startsWith("src\r\n000_e99cdb9c54f30756.txt"), Files.readString(csv));
        assertTrue(out.contains("error: unknown command :bogus"), out);
        assertEquals(2, out.split("5 rows").length - 1, "the query ran, then ran again as a saved query: " + out);
    }

    @Test
    void tablesFitTheWidth() {
        QueryRunner.Table t = new QueryRunner.Table(List.of("a", "b"), List.of(List.of("x".repeat(100), "short")));
        String s = Console.format(t, 40);
        assertTrue(s.lines().allMatch(l -> l.length() <= 40), s);
        assertTrue(s.contains("…"), s);
    }

    @Test
    void historyIsKeptAcrossSessionsAndCompletionOffersNames(@TempDir Path dir) throws Exception {
        Path history = dir.resolve("history");
        Console console = new Console(Seeds.report().dataset(), new QueryCatalog(Path.of("queries")), 10_000, new PrintWriter(new StringWriter()), () -> 80);
        for (String input : List.of("SELECT * WHERE { ?s ?p ?o } LIMIT 1;\n:quit\n", ":help\n:quit\n")) {
            try (Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
                LineReader r = org.filmkg.cli.ConsoleAccess.reader(t, console, history);
                console.run(org.filmkg.cli.ConsoleAccess.lines(r), true);
                r.getHistory().save();
            }
        }
        String saved = Files.readString(history);
        assertTrue(saved.contains("SELECT * WHERE { ?s ?p ?o } LIMIT 1;") && saved.contains(":help"), saved);

        List<Candidate> c = new ArrayList<>();
        DefaultParser p = new DefaultParser();
        org.filmkg.cli.ConsoleAccess.completer(console).complete(null, p.parse(":run wh", 7), c);
        assertTrue(c.stream().anyMatch(x -> x.value().equals("which-reviewer-called-which-role")), c.toString());
        c.clear();
        org.filmkg.cli.ConsoleAccess.completer(console).complete(null, p.parse("SELECT * WHERE { ?s f", 21), c);
        assertTrue(c.stream().anyMatch(x -> x.value().equals("fk:")), c.toString());
        c.clear();
        org.filmkg.cli.ConsoleAccess.completer(console).complete(null, p.parse(":ex", 3), c);
        assertTrue(c.stream().anyMatch(x -> x.value().equals(":export")), c.toString());
    }

    @Test
    void pipedInputThroughTheCommandLinePrintsResultsOnly() throws Exception {
        var saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a fk:CastCredit } }\n;\n:quit\n".getBytes(StandardCharsets.UTF_8)));
            Path trig = Files.createTempFile("seeds", ".trig");
            org.filmkg.store.DatasetIO.writeAtomically(trig, org.filmkg.store.DatasetIO.toString(Seeds.report().dataset(), org.filmkg.store.DatasetIO.Format.TRIG, "http://localhost:3030/"));
            StringWriter out = new StringWriter();
            int code = org.filmkg.cli.Main.run(new String[] {"console", "--data", trig.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertEquals(0, code);
            assertTrue(out.toString().startsWith("+"), "no banner or prompt when piped: " + out);
            assertTrue(out.toString().contains("1 row"), out.toString());
        } finally {
            System.setIn(saved);
        }
    }
}
