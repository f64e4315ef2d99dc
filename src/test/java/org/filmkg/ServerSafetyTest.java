package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.filmkg.query.Csv;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;
import org.filmkg.server.KgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authenticated updates, timeouts, concurrent load, and a build killed half-way. */
class ServerSafetyTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> update(KgServer s, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + "kg/update")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(KgServer s, String q) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updatesNeedTheUserAndPassword() throws Exception {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        try (KgServer s = KgServer.start(ds, new KgServer.Config(0, 10_000, Path.of("queries"), false, "editor", "s3cret"))) {
            String insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }";
            assertEquals(401, update(s, insert, null).statusCode());
            assertEquals(401, update(s, insert, "editor:wrong").statusCode());
            int ok = update(s, insert, "editor:s3cret").statusCode();
            assertTrue(ok == 200 || ok == 204, "authorised update gave " + ok);
            assertTrue(query(s, "ASK { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }").body().contains("true"), "the update took effect");
            assertEquals(200, query(s, "ASK {}").statusCode(), "queries need no password");
        }
    }

    @Test
    void anOversizedRequestIsRefused() throws Exception {
        try (KgServer s = KgServer.start(Seeds.report().dataset(), 0, 10_000)) {
            String big = "ASK { FILTER(\"" + "x".repeat(300_000) + "\" != \"\") }";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "kg/sparql")).header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode());
            assertEquals(200, query(s, "ASK {}").statusCode(), "a normal query still runs");
        }
    }

    @Test
    void aRunawayQueryEndsWithAnError() throws Exception {
        try (KgServer s = KgServer.start(Seeds.report().dataset(), 0, 300)) {
            HttpResponse<String> r = query(s, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?x ?y ?z } }");
            assertEquals(503, r.statusCode(), "a timed-out query gave " + r.statusCode());
        }
    }

    @Test
    void concurrentClientsGetCorrectAnswers() throws Exception {
        String text = Files.readString(Path.of("queries", "reviews.rq"));
        String expected = Csv.write(new QueryRunner(Seeds.report().dataset(), 30_000).table(QueryCatalog.parse("reviews", text)));
        int clients = 8;
        int perClient = 25;
        try (KgServer s = KgServer.start(Seeds.report().dataset(), 0, 10_000)) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Integer>> errors = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                errors.add(pool.submit(() -> {
                    int bad = 0;
                    for (int i = 0; i < perClient; i++) {
                        HttpResponse<String> r = query(s, text);
                        if (r.statusCode() != 200 || !r.body().replace("\r\n", "\n").equals(expected.replace("\r\n", "\n"))) bad++;
                    }
                    return bad;
                }));
            }
            int total = 0;
            for (Future<Integer> f : errors) total += f.get(120, TimeUnit.SECONDS);
            pool.shutdown();
            assertEquals(0, total, "errors or wrong answers out of " + clients * perClient + " requests");
        }
    }

    /** A build killed half-way leaves the previous output as it was (outputs are written atomically). */
    @Test
    void aKilledBuildLeavesThePreviousDatasetIntact(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("kg.trig");
        String previous = "# the previous build\n";
        Files.writeString(out, previous);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dkg.home=" + dir, "org.filmkg.cli.Main",
                "build", "--no-cache", "--input", Path.of("seeds").toAbsolutePath().toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(2500); // loading the models takes longer than this: the build is under way
        assertTrue(p.isAlive(), "the build was still running when killed");
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals(previous, Files.readString(out));
    }

    /** SERVICE is refused: a local listener stands where the query points and must see no connection. */
    @Test
    void noQueryReachesOut() throws Exception {
        try (ConnectionCounter listener = new ConnectionCounter()) {
            String target = listener.url();
            DatasetGraph ds = Seeds.report().dataset();
            try (KgServer s = KgServer.start(ds, 0, 10_000)) {
                for (String q : List.of("SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }",
                        "SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
                        "SELECT * WHERE { BIND(<" + target + "> AS ?u) SERVICE ?u { ?s ?p ?o } }")) {
                    HttpResponse<String> r = query(s, q);
                    // SILENT turns the refusal into one empty row; the others fail; none returns remote data
                    assertTrue(r.statusCode() != 200 || !r.body().contains("http"), q + " -> " + r.statusCode() + " " + r.body());
                    try {
                        new QueryRunner(ds, 5_000).table(org.apache.jena.query.QueryFactory.create(q));
                    } catch (RuntimeException | org.filmkg.KgDataException e) {
                        // refused: what we want
                    }
                }
            }
            Thread.sleep(300);
            assertEquals(0, listener.connections.get(), "a query made the server connect out");
        }
    }
}
