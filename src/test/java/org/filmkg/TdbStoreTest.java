package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.build.Corpus;
import org.filmkg.build.ExtractionCache;
import org.filmkg.resolve.Overrides;
import org.filmkg.server.KgServer;
import org.filmkg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent store: only changed graphs are rewritten, removed reviews are dropped, and it can be served. */
class TdbStoreTest {
    private static TdbStore.Sync build(Path reviews, Path db, Path cache) throws Exception {
        Corpus.Prepared p = Corpus.prepare(reviews, new Corpus.Options(Corpus.defaultBase(), Overrides.none(), new ExtractionCache(cache, true), false, null));
        return Corpus.buildInto(db, p, Corpus.defaultBase());
    }

    private static Path seedsIn(Path dir) throws Exception {
        Path reviews = Files.createDirectories(dir.resolve("reviews"));
        try (var s = Files.list(Path.of("seeds"))) {
            for (Path p : s.toList()) Files.copy(p, reviews.resolve(p.getFileName()));
        }
        return reviews;
    }

    @Test
    void rebuildingOneChangedReviewRewritesOnlyItsGraph(@TempDir Path dir) throws Exception {
        Path reviews = seedsIn(dir);
        Path db = dir.resolve("db");
        Path cache = dir.resolve("cache");
        TdbStore.Sync first = build(reviews, db, cache);
        assertEquals(0, first.unchanged());
        int graphs = first.written();
        assertEquals(new TdbStore.Sync(0, graphs, 0), build(reviews, db, cache), "an unchanged corpus writes nothing");

        Path one = reviews.resolve("004_e8d6fd8e197f7133.txt");
        Files.writeString(one, Files.readString(one) + "\nA closing line added later.\n");
        TdbStore.Sync changed = build(reviews, db, cache);
        assertTrue(changed.written() >= 1 && changed.written() <= 2, "its review graph (and at most the entities graph): " + changed);
        assertEquals(graphs - changed.written(), changed.unchanged());

        Files.delete(one);
        TdbStore.Sync removed = build(reviews, db, cache);
        assertEquals(1, removed.dropped(), removed.toString());

        DatasetGraph stored = TdbStore.open(db);
        try (KgServer server = KgServer.start(stored, 0, 10_000)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url() + "person/virginia-madsen")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), "pages read the store inside transactions");
            assertTrue(page.body().contains("her mother"));
            // TDB2's own union default graph: the stock query gives rows
            String q = java.net.URLEncoder.encode("SELECT * WHERE { ?sub ?pred ?obj } LIMIT 3", java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> rows = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query=" + q)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(4, rows.body().strip().split("\\r?\\n").length, rows.body());
        }
    }

    @Test
    void aSyncThatFailsHalfwayLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        Path reviews = seedsIn(dir);
        Path db = dir.resolve("db");
        build(reviews, db, dir.resolve("cache"));
        String before = dump(db);
        // a second build whose writing fails after two graphs (a full disk, a crash): nothing of it is committed
        int[] n = {0};
        org.apache.jena.graph.Graph junk = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        junk.add(org.apache.jena.graph.NodeFactory.createURI("urn:a"), org.apache.jena.graph.NodeFactory.createURI("urn:b"), org.apache.jena.graph.NodeFactory.createURI("urn:c"));
        try {
            TdbStore.sync(db, sink -> {
                for (int i = 0; i < 5; i++) {
                    if (n[0]++ == 2) throw new IllegalStateException("disk full");
                    sink.accept(org.apache.jena.graph.NodeFactory.createURI("urn:graph:" + i), junk);
                }
            });
        } catch (IllegalStateException expected) {
            // the build reports its failure; the store must not change
        }
        assertEquals(3, n[0]);
        assertEquals(before, dump(db), "the store holds the last committed build, whole");
    }

    private static String dump(Path db) {
        DatasetGraph ds = TdbStore.open(db);
        return org.apache.jena.system.Txn.calculateRead(ds, () -> {
            List<String> quads = new java.util.ArrayList<>();
            ds.find().forEachRemaining(q -> quads.add(q.toString()));
            java.util.Collections.sort(quads);
            return String.join("\n", quads);
        });
    }

    /**
     * kill -9 at random points of a --db build, twenty times: every time the store opens as the last committed build or
     * the new one, whole, never a mix. Each build is a separate JVM (the cache spares the NLP models), killed after a
     * random delay; the store is a copy of the old one each time.
     */
    @Test
    void aBuildKilledAtRandomPointsLeavesTheOldStoreOrTheNew(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path oldInput = Files.createDirectories(dir.resolve("old"));
        Path newInput = Files.createDirectories(dir.resolve("new"));
        try (var s = Files.list(Path.of("seeds"))) {
            for (Path p : s.toList()) {
                Files.copy(p, oldInput.resolve(p.getFileName()));
                Files.copy(p, newInput.resolve(p.getFileName()));
            }
        }
        Path changed;
        try (var s = Files.list(newInput)) {
            changed = s.sorted().findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed) + "\n\nTom Becker plays the night porter.\n");
        Path oldDb = dir.resolve("old-db");
        Path newDb = dir.resolve("new-db");
        assertEquals(0, kgBuild(home, oldInput, oldDb).waitFor());
        assertEquals(0, kgBuild(home, newInput, newDb).waitFor());
        String old = dump(oldDb);
        String fresh = dump(newDb);
        assertTrue(!old.equals(fresh), "the two builds differ");
        java.util.Random random = new java.util.Random(42);
        int olds = 0;
        int news = 0;
        for (int i = 0; i < 20; i++) {
            Path db = dir.resolve("db-" + i);
            copyTree(oldDb, db);
            Process p = kgBuild(home, newInput, db);
            Thread.sleep(300 + random.nextInt(4_000));
            p.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            String now = dump(db);
            assertTrue(now.equals(old) || now.equals(fresh), "kill " + i + " left a store that is neither the old build nor the new");
            if (now.equals(old)) olds++;
            else news++;
            org.apache.jena.tdb2.sys.TDBInternal.expel(org.apache.jena.tdb2.sys.DatabaseConnection.connectCreate(
                    org.apache.jena.dboe.base.file.Location.create(db.toString())).getDatasetGraph());
        }
        System.out.println("kill -9 x20: " + olds + " left the old store, " + news + " the new");
    }

    private static Process kgBuild(Path home, Path input, Path db) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dkg.home=" + home, "org.filmkg.cli.Main",
                "build", "--input", input.toString(), "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    @Test
    void validateFindsAGraphChangedOutsideABuild(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        build(seedsIn(dir), db, dir.resolve("cache"));
        DatasetGraph ds = TdbStore.open(db);
        assertEquals(List.of(), org.apache.jena.system.Txn.calculateRead(ds, () -> TdbStore.digestProblems(ds)));
        org.apache.jena.graph.Node g = org.apache.jena.system.Txn.calculateRead(ds, () -> {
            var it = ds.listGraphNodes();
            org.apache.jena.graph.Node first = null;
            while (it.hasNext()) {
                org.apache.jena.graph.Node n = it.next();
                if (n.getURI().contains("/review/")) first = n;
            }
            return first;
        });
        org.apache.jena.system.Txn.executeWrite(ds, () -> ds.add(g, org.apache.jena.graph.NodeFactory.createURI("urn:x:a"),
                org.apache.jena.graph.NodeFactory.createURI("urn:x:b"), org.apache.jena.graph.NodeFactory.createURI("urn:x:c")));
        List<String> problems = org.apache.jena.system.Txn.calculateRead(ds, () -> TdbStore.digestProblems(ds));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("does not match"), problems.toString());
    }
}
