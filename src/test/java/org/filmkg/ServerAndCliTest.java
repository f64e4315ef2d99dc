package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.filmkg.cli.Main;
import org.filmkg.server.KgServer;
import org.junit.jupiter.api.Test;

/** The embedded server on a free port, and the command line in-process. */
class ServerAndCliTest {
    @Test
    void serverAnswersSparqlAndRefusesUpdates() throws Exception {
        try (KgServer server = KgServer.start(Seeds.report().dataset(), 0, 10_000)) {
            HttpClient http = HttpClient.newHttpClient();
            String q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a <https://w3id.org/filmkg/ns#CastCredit> } }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"n\""), r.body());
            HttpResponse<String> up = http.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/update"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(up.statusCode() >= 400 && up.statusCode() < 500, "update gave " + up.statusCode());
            HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("Fuseki"), "the Fuseki UI is served at /");
        }
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void wrongArgumentIsOneLineAndExitTwo() {
        String[] r = run("query", "--nonsense");
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void badQueryFileNamesLineAndColumn() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad", ".rq");
        java.nio.file.Files.writeString(bad, "SELECT ?x WHERE {\n  ?x ?y \n}\n");
        String[] r = run("query", bad.toString(), "--data", "no-such.trig");
        assertEquals("1", r[0]);
        assertTrue(r[2].matches("(?s)kg: " + java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: .*"), r[2]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }

    @Test
    void conflictingOrOutOfRangeArgumentsAreUsageErrors() {
        for (String[] args : new String[][] {{"query", "cast", "--data", "a.trig", "--db", "d"}, {"serve", "--port", "99999"}, {"bench", "--sizes", "0"}}) {
            String[] r = run(args);
            assertEquals("2", r[0], String.join(" ", args) + " -> " + r[2]);
            assertEquals(1, r[2].strip().lines().count(), r[2]);
        }
    }

    @Test
    void helpWorks() {
        String[] r = run("--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("serve"));
    }
}
