package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.filmkg.query.QueryRunner;
import org.filmkg.query.QueryTimeoutException;
import org.filmkg.server.KgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's limits, each reproduced as an attack would make it: a chunked body past the size limit, a REGEX that
 * backtracks without end, a result that times out while it is read, too many rows, a timed-out saved query, SERVICE to
 * endpoints not allowed and allowed, LOAD of a local file, and the password kept off the disk.
 */
class HardeningTest {
    // a client that gives up on a hung request, so a missing guard fails the test rather than hanging the suite
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration HUNG = Duration.ofSeconds(60);

    private static HttpResponse<String> get(KgServer s, String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(HUNG).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A body sent in chunks, with no declared length: the size limit must still hold. */
    @Test
    void aChunkedBodyPastTheLimitIsRefused() throws Exception {
        try (KgServer s = KgServer.start(Seeds.report().dataset(), 0, 10_000)) {
            String big = "ASK { FILTER(\"" + "x".repeat(400_000) + "\" != \"\") }";
            HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/sparql")).header("Content-Type", "application/sparql-query")
                    .timeout(HUNG).POST(chunked).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode());
            // near miss: a small chunked query and a small chunked form still run
            String small = "ASK {}";
            HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/sparql")).header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json").timeout(HUNG)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small.getBytes(StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            String form = "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            HttpResponse<String> f = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json").timeout(HUNG)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, f.statusCode(), f.body());
            assertTrue(f.body().contains("true"), f.body());
        }
    }

    /** "(.*x){14}y" over a string of x's backtracks for hours; the timeout must stop it, with 503. */
    @Test
    void aRegexThatRunsAwayIsStoppedByTheTimeout() throws Exception {
        String runaway = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } BIND(\"" + "x".repeat(60) + "\" AS ?t) FILTER(REGEX(?t, \"(.*x){14}y\")) } LIMIT 1";
        try (KgServer s = KgServer.start(Seeds.report().dataset(), 0, 500)) {
            HttpResponse<String> r = get(s, runaway);
            assertEquals(503, r.statusCode(), r.body());
            // near miss: an ordinary REGEX still answers
            HttpResponse<String> ok = get(s, "SELECT ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } FILTER(REGEX(?l, \"^virginia\", \"i\")) } LIMIT 1");
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().toLowerCase().contains("virginia"), ok.body());
        }
        // the same guard holds for ./kg query and the console
        QueryRunner runner = new QueryRunner(Seeds.report().dataset(), 500);
        try {
            runner.table(org.apache.jena.query.QueryFactory.create(runaway));
            throw new AssertionError("the runaway REGEX answered");
        } catch (QueryTimeoutException e) {
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        }
    }

    /** A result that times out while it is being read answers 503, not a 200 cut off in the middle. */
    @Test
    void aTimeoutWhileReadingTheResultIsA503() throws Exception {
        try (KgServer s = KgServer.start(Seeds.report().dataset(), 0, 300)) {
            HttpResponse<String> r = get(s, "SELECT * WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } }");
            assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        }
    }

    @Test
    void aResultWithTooManyRowsIsRefusedClearly() throws Exception {
        DatasetGraph ds = Seeds.report().dataset();
        try (KgServer s = KgServer.start(ds, KgServer.Config.readOnly(0, 10_000, Path.of("queries")).withMaxRows(5))) {
            HttpResponse<String> r = get(s, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }");
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("more than 5 rows") && r.body().contains("LIMIT"), r.body());
            // near miss: within the limit
            assertEquals(200, get(s, "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5").statusCode());
        }
    }

    /**
     * A result past what memory may hold spills to a temporary file and still arrives whole; within the budget it stays
     * in memory (and arrives whole too).
     */
    @Test
    void aLargeResultArrivesWhole() throws Exception {
        DatasetGraph ds = Seeds.report().dataset();
        long quads = org.apache.jena.system.Txn.calculateRead(ds, () -> { long n = 0; var it = ds.find(); while (it.hasNext()) { it.next(); n++; } return n; });
        int copies = (int) (30_000 / quads) + 2;
        StringBuilder values = new StringBuilder();
        for (int k = 0; k < copies; k++) values.append(' ').append(k);
        String q = "SELECT ?g ?s ?p ?k WHERE { GRAPH ?g { ?s ?p ?o } VALUES ?k {" + values + " } }";
        assertTrue(quads * copies > 20_000, "the result is larger than what any result holds in memory outside the budget");
        for (String budget : List.of("0", "10000000")) {
            System.setProperty("kg.resultMemoryRows", budget);
            long spilledBefore = KgServer.resultsSpilled();
            try (KgServer s = KgServer.start(ds, 0, 60_000)) {
                HttpResponse<String> r = get(s, q);
                assertEquals(200, r.statusCode());
                assertEquals(quads * copies, r.body().lines().count() - 1, "every row arrives");
                assertEquals(budget.equals("0"), KgServer.resultsSpilled() > spilledBefore, "spilled only past the budget " + budget);
            } finally {
                System.clearProperty("kg.resultMemoryRows");
            }
        }
    }

    @Test
    void aSavedQueryThatTimesOutIsA503(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("slow.rq"), "# A cross join that cannot finish in time.\nSELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?x ?y ?z } }\n");
        try (KgServer s = KgServer.start(Seeds.report().dataset(), KgServer.Config.readOnly(0, 300, dir))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "queries/slow?format=csv")).timeout(HUNG).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
        }
    }

    @Test
    void serviceReachesOnlyTheEndpointsTheUserNames() throws Exception {
        try (ConnectionCounter allowed = new ConnectionCounter(); ConnectionCounter other = new ConnectionCounter()) {
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            try (KgServer s = KgServer.start(ds, KgServer.Config.readOnly(0, 5_000, Path.of("queries")).withAllowedServices(List.of(allowed.url())))) {
                for (String q : List.of("SELECT * WHERE { SERVICE <" + other.url() + "> { ?s ?p ?o } }",
                        "SELECT * WHERE { BIND(<" + other.url() + "> AS ?u) SERVICE ?u { ?s ?p ?o } }")) {
                    HttpResponse<String> r = get(s, q);
                    assertEquals(403, r.statusCode(), "refused in one clear answer: " + r.body());
                    assertTrue(r.body().contains("not allowed"), r.body());
                }
                get(s, "SELECT * WHERE { SERVICE SILENT <" + other.url() + "> { ?s ?p ?o } }");
                // the named endpoint is called (the listener speaks no HTTP, so the query itself fails)
                get(s, "SELECT * WHERE { SERVICE <" + allowed.url() + "> { ?s ?p ?o } }");
            }
            Thread.sleep(300);
            assertEquals(0, other.connections.get(), "a SERVICE call reached an endpoint that was not named");
            assertTrue(allowed.connections.get() >= 1, "the named endpoint was never called");
        }
    }

    @Test
    void loadOfALocalFileIsRefusedUnlessAllowed(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.ttl");
        Files.writeString(secret, "<http://example.org/secret> <http://example.org/is> \"private\" .\n");
        String load = "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:stolen>";
        String auth = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        try (KgServer s = KgServer.start(ds, new KgServer.Config(0, 10_000, Path.of("queries"), false, "editor", "s3cret"))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/update")).header("Content-Type", "application/sparql-update")
                    .header("Authorization", auth).timeout(HUNG).POST(HttpRequest.BodyPublishers.ofString(load)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(get(s, "ASK { GRAPH ?g { <http://example.org/secret> ?p ?o } }").body().contains("false"), "the file was read");
            // near miss: an ordinary update by the same user still works
            int ok = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/update")).header("Content-Type", "application/sparql-update")
                    .header("Authorization", auth).timeout(HUNG).POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(ok == 200 || ok == 204, "update gave " + ok);
        }
        // allowed by the user: LOAD reads the file
        try (KgServer s = KgServer.start(DatasetGraphFactory.createTxnMem(), new KgServer.Config(0, 10_000, Path.of("queries"), false, "editor", "s3cret").withLoad(true))) {
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/update")).header("Content-Type", "application/sparql-update")
                    .header("Authorization", auth).timeout(HUNG).POST(HttpRequest.BodyPublishers.ofString(load)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status == 200 || status == 204, "allowed LOAD gave " + status);
            assertTrue(get(s, "ASK { GRAPH ?g { <http://example.org/secret> ?p ?o } }").body().contains("true"));
        }
    }

    @Test
    void thePasswordNeverTouchesTheDisk() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before;
        try (var files = Files.list(tmp)) {
            before = files.toList();
        }
        try (KgServer s = KgServer.start(DatasetGraphFactory.createTxnMem(), new KgServer.Config(0, 10_000, Path.of("queries"), false, "editor", "pw-never-on-disk"))) {
            try (var files = Files.list(tmp)) {
                for (Path f : files.filter(f -> !before.contains(f) && Files.isRegularFile(f)).toList())
                    assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains("pw-never-on-disk"), "the password is in " + f);
            }
        }
    }

    /** A writer killed with kill -9 leaves its temporary file; the next write of the same output removes it. */
    @Test
    void aKilledWritersTemporaryFileIsRemovedByTheNextWrite(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("kg.trig");
        Path stale = dir.resolve(".kg.trig.4k2j9x.tmp");
        Path fresh = dir.resolve(".kg.trig.7yq1zz.tmp");
        Files.writeString(stale, "half a dataset");
        Files.writeString(fresh, "a write under way");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(Duration.ofHours(2))));
        org.filmkg.store.DatasetIO.writeAtomically(target, "# new\n");
        assertFalse(Files.exists(stale), "the leftover stayed");
        assertTrue(Files.exists(fresh), "a temporary file still being written was removed");
        assertEquals("# new\n", Files.readString(target));
    }
}
