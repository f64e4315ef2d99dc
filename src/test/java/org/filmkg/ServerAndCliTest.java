package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void badQueryFileNamesLineAndColumn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.rq");
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

    @Test
    void helpForOneCommand() {
        String[] r = run("help", "build");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("--input") && r[1].contains("--db"), r[1]);
    }

    @Test
    void didYouMeanForCommandsAndOptions() {
        String[] cmd = run("quary");
        assertEquals("2", cmd[0]);
        assertTrue(cmd[2].contains("did you mean query"), cmd[2]);
        String[] opt = run("serve", "--prot", "1");
        assertEquals("2", opt[0]);
        assertTrue(opt[2].contains("did you mean --port"), opt[2]);
        assertEquals(1, opt[2].strip().lines().count(), opt[2]);
    }

    @Test
    void aPortInUseIsFoundBeforeAnyDataIsRead() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            // the data file does not exist: had serve read it first, the error would be about the file
            String[] r = run("serve", "--port", String.valueOf(port), "--data", "no-such-file.trig");
            assertEquals("1", r[0]);
            assertTrue(r[2].startsWith("kg: port " + port + " is in use; try --port "), r[2]);
        }
    }

    @Test
    void anEmptyInputFolderIsAWarningAndAFailure(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty"));
        String[] r = run("build", "--input", empty.toString(), "--out", dir.resolve("kg.trig").toString());
        assertEquals("1", r[0]);
        assertTrue(r[2].contains("warning") && r[2].contains("no *.txt review"), r[2]);
        assertFalse(java.nio.file.Files.exists(dir.resolve("kg.trig")), "nothing written");
    }

    @Test
    void exportDefaultsToTurtle(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path trig = dir.resolve("d.trig");
        java.nio.file.Files.writeString(trig, "<http://localhost:3030/graph/x> { <http://localhost:3030/a> <http://localhost:3030/b> \"c\" . }\n");
        String[] r = run("export", "--data", trig.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("\"c\"") && !r[1].contains("{"), "Turtle, with no graph braces: " + r[1]);
    }

    @Test
    void shellCompletionScript() {
        String[] r = run("generate-completion");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("complete -F") && r[1].contains("serve"), r[1].substring(0, Math.min(200, r[1].length())));
        assertFalse(run("--help")[1].contains("generate-completion"), "a helper, not in the command list");
    }

    @Test
    void queryPrintsTheConsolesTable(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path trig = dir.resolve("seeds.trig");
        org.filmkg.store.DatasetIO.writeAtomically(trig, org.filmkg.store.DatasetIO.toString(Seeds.report().dataset(), org.filmkg.store.DatasetIO.Format.TRIG, "http://localhost:3030/"));
        String[] r = run("query", "reviews", "--data", trig.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("+-") && r[1].strip().endsWith(" rows"), r[1]);
        assertFalse(r[1].contains("\"") || r[1].contains("<http"), "plain literals and prefixed IRIs: " + r[1]);
    }
}
