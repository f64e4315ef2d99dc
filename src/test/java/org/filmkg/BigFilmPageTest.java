package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.filmkg.build.Corpus;
import org.filmkg.server.KgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A film reviewed more often than a page can show: the page shows the first reviews and says how many more there are. */
class BigFilmPageTest {
    @Test
    void aFilmWithManyReviewsShowsTheFirstAndCountsTheRest(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        int n = 30;
        for (int i = 0; i < n; i++)
            Files.writeString(in.resolve(String.format("r%02d.txt", i)), "Night Ferry\n\nBy Critic Number" + (char) ('A' + i % 26) + (i / 26)
                    + "\n\nTom Hale plays Jack, a weary ferryman, in Night Ferry. Night Ferry is slow.\n");
        var report = Corpus.build(in, Corpus.defaultBase());
        try (KgServer server = KgServer.start(report.dataset(), 0, 10_000)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "film/night-ferry"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            String table = r.body().substring(r.body().indexOf("<table class=\"cast\">"));
            table = table.substring(0, table.indexOf("</tr>"));
            // the header row: actor, character, then one column per review shown
            int columns = table.split("<th>", -1).length - 1;
            assertEquals(2 + 24, columns, table);
            assertTrue(r.body().contains("and " + (n - 24) + " more"), "the page says how many reviews it leaves out");
        }
    }
}
