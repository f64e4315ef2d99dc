package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.filmkg.server.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless Chromium opens the Fuseki UI, an entity page and the film's network picture on a running server.
 * Skips, saying so, when no chromium is installed (.ci/run installs it). Screenshots go to target/screenshots/.
 */
class BrowserTest {
    private static KgServer server;
    private static String chromium;

    @BeforeAll
    static void start() {
        chromium = findChromium();
        if (chromium == null) System.err.println("BrowserTest: SKIPPED — no chromium on PATH (apt-get install -y chromium)");
        Assumptions.assumeTrue(chromium != null, "no chromium on PATH: skipping the browser test");
        server = KgServer.start(Seeds.report().dataset(), 0, 10_000);
    }

    /** Chromium profiles go here, so none is left behind in the system temp folder. */
    @TempDir
    static Path profiles;

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }

    /** Runs chromium headless on a path of the seeds' server: the DOM after scripts ran, and a screenshot. */
    private static String dom(String path, String screenshot) throws Exception {
        return dom(server, path, screenshot);
    }

    private static String dom(KgServer server, String path, String screenshot) throws Exception {
        Path profile = Files.createTempDirectory(profiles, "chromium");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        List<String> base = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=8000", "--window-size=1200,900");
        List<String> cmd = new ArrayList<>(base);
        cmd.add("--dump-dom");
        cmd.add(server.url() + path);
        String out = run(cmd);
        List<String> shot = new ArrayList<>(base);
        shot.add("--screenshot=" + shots.resolve(screenshot).toAbsolutePath());
        shot.add(server.url() + path);
        run(shot);
        System.out.println("BrowserTest: screenshot " + shots.resolve(screenshot).toAbsolutePath());
        return out;
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) p.destroyForcibly();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void fusekiUiLoads() throws Exception {
        String dom = dom("ui/", "ui.png");
        assertTrue(dom.contains("Fuseki") || dom.contains("fuseki"), dom.length() > 2000 ? dom.substring(0, 2000) : dom);
        assertTrue(dom.matches("(?s).*<td[^>]*>\\s*/kg\\s*</td>.*"), "the UI lists the /kg dataset: " + dom.substring(0, Math.min(3000, dom.length())));
    }

    @Test
    void homePageRenders() throws Exception {
        String dom = dom("", "home.png");
        assertTrue(dom.contains("<h2>Films</h2>") && dom.contains("Her Smell"), dom.substring(0, Math.min(3000, dom.length())));
    }

    @Test
    void overviewPageRenders() throws Exception {
        String dom = dom("overview", "overview.png");
        assertTrue(dom.contains("<h1>Corpus overview</h1>") && dom.contains("Her Smell") && dom.contains("Virginia Madsen"), dom);
    }

    @Test
    void reviewPageHighlightsWhatWasRead() throws Exception {
        String dom = dom("review/001_c4c6e02c314750f2", "review.png");
        assertTrue(dom.matches("(?s).*<mark title=\"[^\"]*Cast[^\"]*\">.*"), "highlighted spans say what was read from them");
    }

    @Test
    void entityPageRenders() throws Exception {
        String dom = dom("person/virginia-madsen", "person.png");
        assertTrue(dom.contains("<h1>Virginia Madsen</h1>"), dom);
        assertTrue(dom.contains("her mother (Virginia Madsen)"), dom);
    }

    @Test
    void filmNetworkIsDrawn() throws Exception {
        String dom = dom("film/her-smell", "film-network.png");
        assertTrue(dom.matches("(?s).*id=\"network\"[^>]*data-nodes=\"([2-9]|\\d\\d+)\".*"), "cytoscape drew the nodes: " + dom.substring(0, Math.min(3000, dom.length())));
        assertTrue(dom.contains("<canvas"), "the picture is drawn on a canvas");
        // a legend, and no edge label drawn until an edge is hovered or selected
        assertTrue(dom.contains("class=\"legend\"") && dom.contains("dot character"), "the picture has a legend");
        assertTrue(dom.matches("(?s).*data-edge-labels=\"0\".*"), "edge labels are drawn only on hover or selection");
        assertTrue(dom.contains("id=\"network-filter\""), "the picture filters by review");
    }

    /** The headline question on the film page: one column per reviewer, the two descriptions of one role side by side. */
    @Test
    void filmPageTableShowsEachReviewersWords() throws Exception {
        String dom = dom("film/her-smell", "film-table.png");
        int table = dom.indexOf("<table class=\"cast\">");
        assertTrue(table >= 0, "the film page has the reviewer table");
        String cast = dom.substring(table, dom.indexOf("</table>", table));
        String row = cast.substring(cast.indexOf("Virginia Madsen"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("“her manager”") && row.contains("“her mother”"), "both reviewers' words for the role: " + row);
        assertTrue(row.indexOf("“her manager”") != row.indexOf("“her mother”") && row.split("<td").length > 4, "in separate columns: " + row);
        assertTrue(cast.contains("class=\"disagree\""), "a role described differently is marked");
        assertTrue(dom.contains("class=\"infobox\"") && dom.contains("<th>Director</th>"), "an infobox with the director");
    }

    /**
     * A film nobody here has heard of: three reviews written for the tests in three styles (src/test/resources/own-film).
     * The home page lists it, and its page's table and picture hold its cast.
     */
    @Test
    void anInventedFilmGetsItsOwnPages() throws Exception {
        org.filmkg.build.Corpus.Report built = org.filmkg.build.Corpus.build(Path.of("src", "test", "resources", "own-film", "reviews"),
                org.filmkg.build.Corpus.defaultBase());
        try (KgServer own = KgServer.start(built.dataset(), 0, 10_000)) {
            String home = dom(own, "", "own-home.png");
            assertTrue(home.contains("The Salt Keepers"), home.substring(0, Math.min(3000, home.length())));
            String film = dom(own, "film/the-salt-keepers", "own-film.png");
            int table = film.indexOf("<table class=\"cast\">");
            assertTrue(table >= 0, "the film page has the reviewer table");
            String cast = film.substring(table, film.indexOf("</table>", table));
            for (String actor : List.of("Tessa Marlowe", "Callum Reyes", "Odette Vance", "Bram Okafor")) assertTrue(cast.contains(actor), actor + " in " + cast);
            assertTrue(film.matches("(?s).*id=\"network\"[^>]*data-nodes=\"([5-9]|\\d\\d+)\".*"), "the picture holds the cast");
        }
    }

    /** The editor the pages link to opens with our prefixes set and a first query that returns rows. */
    @Test
    void theEditorOpensWithOurPrefixes() throws Exception {
        String home = dom("", "home-editor-link.png");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/(ui/#/dataset/kg/query\\?query=[^\"]+)\"").matcher(home);
        assertTrue(link.find(), "the home page links to the editor");
        String editor = dom(link.group(1).replace("&amp;", "&"), "editor-prefixes.png");
        assertTrue(editor.contains("w3id.org/filmkg/ns#") && editor.contains("fk:CastCredit"), "the editor holds our prefixes and a first query");
    }

    @Test
    void searchFindsAPersonBySurname() throws Exception {
        String dom = dom("search?q=Madsen", "search.png");
        assertTrue(dom.contains("href=\"/person/virginia-madsen\""), dom.substring(0, Math.min(3000, dom.length())));
    }

    @Test
    void aPersonPageLinksToTheFilm() throws Exception {
        String dom = dom("person/virginia-madsen", "person-film.png");
        assertTrue(dom.contains("href=\"/film/her-smell\""), dom.substring(0, Math.min(3000, dom.length())));
    }

    /** The saved-query page's "open in editor" link puts the query into the Fuseki UI's editor. */
    @Test
    void savedQueryOpensInTheEditor() throws Exception {
        String text = Files.readString(Path.of("queries", "cast.rq"));
        String dom = dom("ui/#/dataset/kg/query?query=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"), "editor.png");
        assertTrue(dom.contains("actorAsWritten"), "the editor holds the saved query");
    }
}
