package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.query.Csv;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;
import org.filmkg.store.DatasetIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query contract, driven by the directory: every saved query in {@code queries/} over the seeds' TriG gives the
 * expected CSV kept beside the others in {@code src/test/resources/expected/NAME.csv} (a query without one fails), and
 * Jena's own {@code arq --data FILE.trig --query FILE.rq} gives the same rows.
 * Run with {@code -Dkg.updateGolden=true} to rewrite the expected files after a deliberate change, then review the diff.
 */
class ContractQueriesTest {
    private static Path trig;
    private static DatasetGraph loaded;

    @BeforeAll
    static void writeSeeds() throws Exception {
        trig = Files.createTempFile("seeds", ".trig");
        trig.toFile().deleteOnExit();
        DatasetIO.writeAtomically(trig, DatasetIO.toString(Seeds.report().dataset(), DatasetIO.Format.TRIG, "http://localhost:3030/"));
        loaded = DatasetIO.load(trig);
    }

    private static String ours(String name) throws Exception {
        return Csv.write(new QueryRunner(loaded, 30_000).table(QueryCatalog.parse(Path.of("queries", name + ".rq"))));
    }

    /** Every saved query's name, from the folder. */
    static List<String> savedQueries() throws java.io.IOException {
        try (var files = Files.list(Path.of("queries"))) {
            return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq")).map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("savedQueries")
    void matchesTheExpectedCsv(String name) throws Exception {
        String actual = ours(name);
        Path expected = Path.of("src", "test", "resources", "expected", name + ".csv");
        if (Boolean.getBoolean("kg.updateGolden") || !Files.exists(expected) && Boolean.getBoolean("kg.addGolden")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual);
        }
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(expected), "queries/" + name + ".rq has no expected CSV " + expected
                + " (run with -Dkg.addGolden=true to write it, then review it)");
        assertEquals(Files.readString(expected), actual, "queries/" + name + ".rq differs from " + expected);
    }

    @ParameterizedTest
    @MethodSource("savedQueries")
    void arqGivesTheSameRows(String name) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            new arq.arq(new String[] {"--data", trig.toString(), "--query", Path.of("queries", name + ".rq").toString(), "--results", "CSV"}).mainRun();
        } finally {
            System.setOut(saved);
        }
        assertEquals(sortedLines(ours(name)), sortedLines(buf.toString(StandardCharsets.UTF_8)), name);
    }

    private static List<String> sortedLines(String csv) {
        List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\r?\n")));
        lines.removeIf(String::isEmpty);
        String header = lines.remove(0);
        lines.sort(null);
        lines.add(0, header);
        return lines;
    }
}
