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
}
