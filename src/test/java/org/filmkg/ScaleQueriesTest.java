package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.bench.Bench;
import org.filmkg.build.Corpus;
import org.filmkg.build.ExtractionCache;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;
import org.filmkg.resolve.Overrides;
import org.filmkg.store.DatasetIO;
import org.filmkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of a few hundred reviews (the seeds, names perturbed per copy): every saved query answers, from
 * the TriG file and from TDB2, with the same rows. Times are the benchmark's business, not this test's.
 */
class ScaleQueriesTest {
    private static final int REVIEWS = 200;

    @Test
    void everySavedQueryAnswersWithTheSameRowsFromTrigAndTdb2(@TempDir Path dir) throws Exception {
        Path reviews = Files.createDirectories(dir.resolve("reviews"));
        List<Path> seeds;
        try (var s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < REVIEWS; i++) {
            Path src = seeds.get(i % seeds.size());
            Files.writeString(reviews.resolve(String.format("r%05d.txt", i)), Bench.perturb(Files.readString(src), i / seeds.size()));
        }
        Corpus.Report built = Corpus.build(reviews, new Corpus.Options(Corpus.defaultBase(), Overrides.none(), new ExtractionCache(dir.resolve("cache"), true), false, null));
        assertEquals(List.of(), built.failures());
        Path trig = dir.resolve("kg.trig");
        DatasetIO.writeAtomically(trig, DatasetIO.toString(built.dataset(), DatasetIO.Format.TRIG, Corpus.defaultBase()));
        DatasetGraph fromTrig = DatasetIO.load(trig);
        // the store is written the way `build --db` writes it: graph by graph as they are made, never whole in memory
        Corpus.buildInto(dir.resolve("db"), new Corpus.Prepared(built.results(), built.resolution(), built.failures(), built.warnings()), Corpus.defaultBase());
        DatasetGraph fromTdb = TdbStore.open(dir.resolve("db"));

        QueryCatalog queries = new QueryCatalog(Path.of("queries"));
        List<String> names = queries.names();
        assertTrue(names.size() >= 10, names.toString());
        for (String name : names) {
            var q = QueryCatalog.parse(queries.resolve(name));
            List<String> a = sorted(new QueryRunner(fromTrig, 60_000).table(q));
            List<String> b = sorted(new QueryRunner(fromTdb, 60_000).table(q));
            assertFalse(a.isEmpty(), name + " answers with rows on " + REVIEWS + " reviews");
            assertEquals(a.size(), b.size(), name + ": as many rows from TriG as from TDB2");
            for (int i = 0; i < a.size(); i++) assertEquals(a.get(i), b.get(i), name + ": the same rows from TriG and TDB2 (row " + i + " of the sorted rows)");
        }
    }

    private static List<String> sorted(QueryRunner.Table t) {
        List<String> rows = new ArrayList<>();
        for (List<String> r : t.rows()) rows.add(String.join("\u0001", r));
        rows.sort(null);
        return rows;
    }

    @Test
    void joinsBySubstitutionOnlyWhereNoAggregateOrSubqueryIsJoined() {
        DatasetGraph memory = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        DatasetGraph tdb = org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph();
        // in memory the saved queries with an aggregate or a subquery hash their joins; the others substitute
        for (String q : List.of("disagreements", "merges", "which-reviewer-called-which-role"))
            assertFalse(DatasetIO.substitutionJoins(saved(q), memory), q);
        for (String q : List.of("reviews", "comparisons", "verdicts", "crew", "cast", "bands", "evidence")) {
            assertTrue(DatasetIO.substitutionJoins(saved(q), memory), q);
            assertTrue(DatasetIO.substitutionJoins(saved(q), tdb), q);
        }
        // from TDB2 a joined aggregate substitutes too, an OPTIONAL one does not
        assertTrue(DatasetIO.substitutionJoins(saved("disagreements"), tdb));
        assertFalse(DatasetIO.substitutionJoins(saved("merges"), tdb)); // its own GROUP BY
        assertFalse(DatasetIO.substitutionJoins(saved("which-reviewer-called-which-role"), tdb));
        // near misses of each kind, written here
        var grouped = org.apache.jena.query.QueryFactory.create("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
        assertFalse(DatasetIO.substitutionJoins(grouped, memory));
        assertFalse(DatasetIO.substitutionJoins(grouped, tdb));
        var joined = org.apache.jena.query.QueryFactory.create("SELECT * { GRAPH ?g { ?s ?p ?o } { SELECT ?s { ?s ?p ?o } LIMIT 1 } }");
        assertFalse(DatasetIO.substitutionJoins(joined, memory));
        assertTrue(DatasetIO.substitutionJoins(joined, tdb));
        var optional = org.apache.jena.query.QueryFactory.create("SELECT * { GRAPH ?g { ?s ?p ?o } OPTIONAL { SELECT ?s { ?s ?p ?o } LIMIT 1 } }");
        assertFalse(DatasetIO.substitutionJoins(optional, tdb));
        assertTrue(DatasetIO.substitutionJoins(org.apache.jena.query.QueryFactory.create("SELECT * { GRAPH ?g { ?s ?p ?o OPTIONAL { ?s ?q ?v } } }"), memory));
    }

    private static org.apache.jena.query.Query saved(String name) {
        return org.apache.jena.query.QueryFactory.read("queries/" + name + ".rq");
    }
}
