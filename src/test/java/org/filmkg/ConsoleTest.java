package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        String s = org.filmkg.query.TableView.table(t, 40);
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
                console.run(org.filmkg.cli.ConsoleAccess.lines(r, console), true);
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
    void pipedInputThroughTheCommandLinePrintsResultsOnly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a fk:CastCredit } }\n;\n:quit\n".getBytes(StandardCharsets.UTF_8)));
            Path trig = dir.resolve("seeds.trig");
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

    @Test
    void expandedViewShowsEachRecordWhole() throws Exception {
        String out = session(":x\nSELECT ?src ?text WHERE { GRAPH ?g { ?r fk:source ?src ; fk:text ?text } } ORDER BY ?src LIMIT 2;\n:x\n", Path.of("queries"));
        assertTrue(out.contains("expanded view on") && out.contains("-[ RECORD 1 ]") && out.contains("-[ RECORD 2 ]"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("src  | 000_e99cdb9c54f30756.txt")), out);
        assertTrue(out.contains("expanded view off"), out);
    }

    @Test
    void formatSwitch() throws Exception {
        String q = "SELECT ?src WHERE { GRAPH ?g { ?r fk:source ?src } } ORDER BY ?src LIMIT 1;\n";
        String out = session(":format csv\n" + q + ":format json\n" + q + ":format turtle\nCONSTRUCT { ?r fk:source ?src } WHERE { GRAPH ?g { ?r fk:source ?src } } LIMIT 1;\n:format bogus\n", Path.of("queries"));
        assertTrue(out.contains("src\r\n000_e99cdb9c54f30756.txt"), "csv: " + out);
        assertTrue(out.contains("\"vars\"") && out.contains("\"bindings\""), "json: " + out);
        assertTrue(out.contains("fk:source") && out.contains("PREFIX fk:"), "turtle: " + out);
        assertTrue(out.contains("usage: :format table|csv|tsv|json|turtle"), out);
    }

    @Test
    void tablesShowPrefixedIrisAndPlainLiteralsWithATimingLine() throws Exception {
        String out = session("SELECT DISTINCT ?type WHERE { GRAPH ?g { ?r a ?type ; fk:source ?src } };\n", Path.of("queries"));
        assertTrue(out.contains("| fk:Review |"), out);
        assertFalse(out.contains("<http"), out);
        assertTrue(out.matches("(?s).*\\n1 row \\(\\d+ ms\\)\\n.*"), out);
    }

    @Test
    void aSyntaxErrorNamesItsPositionOnceInTheLinesAsTyped() throws Exception {
        String out = session("SELECT ?x\nWHERE { ?x fk:source ?y ) }\n;\n", Path.of("queries"));
        String err = out.lines().filter(l -> l.startsWith("error:")).findFirst().orElse("");
        assertTrue(err.matches("error: query:2:\\d+: Encountered .*"), "the error is on the second typed line, not after the added prefixes: " + out);
        assertFalse(err.contains("at line"), "one position: " + err);
    }

    @Test
    void completionOfOntologyTermsAndVariables() throws Exception {
        Console console = new Console(Seeds.report().dataset(), new QueryCatalog(Path.of("queries")), 10_000, new PrintWriter(new StringWriter()), () -> 80);
        List<Candidate> c = new ArrayList<>();
        DefaultParser p = new DefaultParser();
        org.filmkg.cli.ConsoleAccess.completer(console).complete(null, p.parse("?r fk:rat", 9), c);
        assertTrue(c.stream().anyMatch(x -> x.value().equals("fk:rating")), c.toString());
        c.clear();
        org.filmkg.cli.ConsoleAccess.completer(console).complete(null, p.parse("SELECT ?src ?rating WHERE { ?r fk:rating ?ra", 44), c);
        assertTrue(c.stream().anyMatch(x -> x.value().equals("?rating")) && c.stream().anyMatch(x -> x.value().equals("?src")), c.toString());
    }

    @Test
    void pipedInputStopsAtTheFirstFailingQueryUnlessToldToGoOn(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var saved = System.in;
        Path trig = dir.resolve("seeds.trig");
        org.filmkg.store.DatasetIO.writeAtomically(trig, org.filmkg.store.DatasetIO.toString(Seeds.report().dataset(), org.filmkg.store.DatasetIO.Format.TRIG, "http://localhost:3030/"));
        String input = "SELECT ?x WHERE { ?x };\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?r fk:source ?s } };\n";
        try {
            for (boolean keepGoing : new boolean[] {false, true}) {
                System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
                StringWriter out = new StringWriter();
                String[] args = keepGoing ? new String[] {"console", "--data", trig.toString(), "--keep-going"} : new String[] {"console", "--data", trig.toString()};
                int code = org.filmkg.cli.Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
                assertEquals(keepGoing ? 0 : 1, code, out.toString());
                assertTrue(out.toString().contains("error: query:1:"), out.toString());
                assertEquals(keepGoing, out.toString().contains("1 row"), "the second query runs only with --keep-going: " + out);
            }
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void cancellingARunningQueryKeepsTheConsoleOpen() throws Exception {
        StringWriter out = new StringWriter();
        Console c = new Console(Seeds.report().dataset(), new QueryCatalog(Path.of("queries")), 600_000, new PrintWriter(out), () -> 200);
        // a join of every quad with every quad with every quad: far longer than this test waits
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?x ?y ?z } GRAPH ?c { ?u ?v ?w } };\n:run reviews\n";
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                return;
            }
            c.cancel();
        });
        canceller.start();
        long t0 = System.nanoTime();
        c.run(Console.of(new BufferedReader(new StringReader(slow))), false);
        canceller.join();
        assertTrue(out.toString().contains("error: query cancelled"), out.toString());
        assertTrue(out.toString().contains("Her Smell"), "the next command ran: " + out);
        assertTrue((System.nanoTime() - t0) / 1e9 < 120, "cancelled, not run to its end");
    }

    @Test
    void aResultTallerThanTheTerminalGoesToThePager() throws Exception {
        StringWriter out = new StringWriter();
        List<String> paged = new ArrayList<>();
        Console c = new Console(Seeds.report().dataset(), new QueryCatalog(Path.of("queries")), 10_000, new PrintWriter(out), () -> 200)
                .pager(text -> paged.add(text), () -> 12);
        c.run(Console.of(new BufferedReader(new StringReader(
                "SELECT ?src WHERE { GRAPH ?g { ?r fk:source ?src } } LIMIT 2;\nSELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 30;\n"))), false);
        assertEquals(1, paged.size(), "only the tall result is paged: " + out);
        assertTrue(paged.get(0).lines().count() > 30, paged.get(0));
        assertTrue(out.toString().contains("2 rows") && out.toString().contains("30 rows"), "the timing lines stay in the console: " + out);
    }
}
