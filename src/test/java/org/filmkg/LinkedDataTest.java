package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.filmkg.server.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dereferenceable IRIs, content negotiation, pages, VoID and the saved-query page on a running server (free port). */
class LinkedDataTest {
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MADSEN = "person/virginia-madsen";

    @BeforeAll
    static void start() {
        server = KgServer.start(Seeds.report().dataset(), 0, 10_000);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).base("http://localhost:3030/").parse(m);
        return m;
    }

    @Test
    void entityNegotiatesFourFormatsWithTheSameTriples() throws Exception {
        HttpResponse<String> ttl = get(MADSEN, "text/turtle");
        HttpResponse<String> jsonld = get(MADSEN, "application/ld+json");
        HttpResponse<String> nt = get(MADSEN, "application/n-triples");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        Model a = parse(ttl.body(), Lang.TURTLE);
        assertTrue(a.size() > 20, "description has the statements about her: " + a.size());
        assertTrue(a.isIsomorphicWith(parse(jsonld.body(), Lang.JSONLD)));
        assertTrue(a.isIsomorphicWith(parse(nt.body(), Lang.NTRIPLES)));
        assertTrue(ttl.body().contains("her mother") && ttl.body().contains("her manager"), "both reviewers' words are in her description");
        // ?format= overrides Accept
        assertTrue(get(MADSEN + "?format=nt", "text/html").headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheReviewGraphs() throws Exception {
        // the Fuseki UI's stock query: every statement is in a named graph, and the default graph reads as their union
        String q = "SELECT * WHERE { ?sub ?pred ?obj } LIMIT 10";
        HttpResponse<String> r = get("kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        var rows = org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            n++;
        }
        assertEquals(10, n, r.body());
        // the union holds exactly the named graphs' statements, each once
        String union = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        String named = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }";
        String a = get("kg/sparql?query=" + URLEncoder.encode(union, StandardCharsets.UTF_8), "text/csv").body();
        String b = get("kg/sparql?query=" + URLEncoder.encode(named, StandardCharsets.UTF_8), "text/csv").body();
        assertEquals(b, a);
        assertTrue(Integer.parseInt(a.strip().split("\r?\n")[1].strip()) > 100, a);
    }

    @Test
    void describeInSparqlGivesTheSameTriples() throws Exception {
        String q = "DESCRIBE <http://localhost:3030/" + MADSEN + ">";
        HttpResponse<String> r = get("kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(parse(r.body(), Lang.NTRIPLES).isIsomorphicWith(parse(get(MADSEN, "text/turtle").body(), Lang.TURTLE)));
    }

    @Test
    void htmlPageShowsQuotesWithLinksToReviewsAndEscapesText() throws Exception {
        HttpResponse<String> r = get(MADSEN, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<h1>Virginia Madsen</h1>"), html);
        assertTrue(html.contains("<p>In <a href=\"/film/her-smell\">Her Smell</a></p>"), "a person's page links to the film: " + html);
        assertTrue(html.contains("her mother (Virginia Madsen)") && html.contains("href=\"/review/001_c4c6e02c314750f2\""), html);
        assertTrue(!html.contains("<script") || html.contains("application/json"), "entity pages need no script");
        HttpResponse<String> review = get("review/001_c4c6e02c314750f2", "text/html");
        // each highlighted stretch says in its tooltip what was read from it
        java.util.regex.Matcher mark = java.util.regex.Pattern.compile("<mark title=\"([^\"]*)\">([^<]*)</mark>").matcher(review.body());
        boolean found = false;
        while (mark.find())
            if (mark.group(2).contains("her manager") && mark.group(1).contains("Cast") && mark.group(1).contains("Virginia Madsen")) found = true;
        assertTrue(found, "the review text highlights what was extracted, and says what in a tooltip");
        assertTrue(review.body().contains("&#39;") || review.body().contains("&quot;") || !review.body().contains("<mark><"), "text is escaped");
        // the page is titled by its film and reviewer, and a rating link reads as the reviewer wrote it
        HttpResponse<String> titled = get("review/000_e99cdb9c54f30756", "text/html");
        assertTrue(titled.body().contains("<title>Her Smell — review by High On Films</title>"), titled.body().substring(0, 400));
        assertTrue(get("review/001_c4c6e02c314750f2", "text/html").body().matches("(?s).*>rated [^<]+</a>.*"), "the rating link reads as written");
    }

    @Test
    void filmPageCarriesTheNetworkData() throws Exception {
        String html = get("film/her-smell", "text/html").body();
        assertTrue(html.contains("id=\"network-data\"") && html.contains("/kg-static/cytoscape.min.js"), html);
        assertTrue(html.contains("“her mother”"), "edges carry each reviewer's description");
        assertEquals(200, get("kg-static/cytoscape.min.js", null).statusCode());
    }

    @Test
    void theServerPointsAtAFilmPage() {
        assertEquals(java.util.Optional.of("film/her-smell"), server.example());
    }

    @Test
    void unknownEntityIs404() throws Exception {
        assertEquals(404, get("person/nobody-at-all", "text/turtle").statusCode());
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<String> r = get(".well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r.body(), Lang.TURTLE);
        String v = "http://rdfs.org/ns/void#";
        // the data was minted for port 3030; this server runs on another port, and VoID points at this one
        String own = URI.create(server.url()).resolve("/").toString();
        assertTrue(m.contains(null, m.createProperty(v, "sparqlEndpoint"), m.createResource(own + "kg/sparql")), r.body());
        assertTrue(m.contains(null, m.createProperty(v, "dataDump"), m.createResource(own + "dataset.trig")));
        assertFalse(r.body().contains(":3030/kg/sparql") || r.body().contains(":3030/dataset"), "VoID names a port nothing serves");
        // no page links to the port the data was minted for
        for (String page : List.of("", "film/her-smell", "person/virginia-madsen", "queries"))
            assertFalse(get(page, "text/html").body().matches("(?s).*href=\"https?://localhost:3030.*"), page + " links to port 3030");
        long most = m.listObjectsOfProperty(m.createProperty(v, "triples")).toList().stream().mapToLong(n -> n.asLiteral().getLong()).max().orElse(0);
        assertTrue(most > 1000, "triples " + most);
        assertTrue(m.listObjectsOfProperty(m.createProperty(v, "subset")).toList().size() >= 6, "one subset per named graph");
        assertTrue(r.body().contains("gpl-3.0"));
    }

    @Test
    void theEndpointDescribesItself() throws Exception {
        HttpResponse<String> r = get("kg/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("sd:Service") || r.body().contains("sparql-service-description#Service"), r.body());
        // a query still runs
        assertEquals(200, get("kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "application/sparql-results+json").statusCode());
    }

    @Test
    void savedQueriesPageRunsEachQuery() throws Exception {
        String list = get("queries", null).body();
        assertTrue(list.contains("/queries/which-reviewer-called-which-role") && list.contains("open in editor"), list);
        String table = get("queries/which-reviewer-called-which-role", null).body();
        assertTrue(table.contains("<td>her mother</td>"), table);
        HttpResponse<String> csv = get("queries/cast?format=csv", null);
        assertTrue(csv.body().startsWith("source,reviewer,actor,actorAsWritten,character,role,quote"), csv.body());
        int bad = get("queries/..%2Fpom", null).statusCode();
        assertTrue(bad == 400 || bad == 404, "a path outside queries/ gave " + bad);
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "kg/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "GSP PUT gave " + put.statusCode());
    }

    @Test
    void theHomePageListsFilmsReviewersAndPeopleWithTheEditorOneClickAway() throws Exception {
        HttpResponse<String> r = get("", "text/html");
        assertEquals(200, r.statusCode());
        String b = r.body();
        assertTrue(b.contains("<h2>Films</h2>") && b.contains("href=\"/film/her-smell\""), b);
        assertTrue(b.contains("Reviewers and publications") && b.contains("href=\"/person/virginia-madsen\""), b);
        assertTrue(b.contains("href=\"/ui/#/dataset/kg/query?query=PREFIX%20fk%3A"), "the query editor, one click away, with our prefixes set");
        assertEquals(200, get("ui/", "text/html").statusCode(), "the Fuseki UI stays, under /ui/");
        assertEquals(200, get("ui/$/ping", null).statusCode(), "its calls reach the server");
        // the dataset to download, as VoID's data dump
        HttpResponse<String> dump = get("dataset.trig", null);
        assertEquals(200, dump.statusCode());
        org.apache.jena.sparql.core.DatasetGraph parsed = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.create().source(new StringReader(dump.body())).lang(Lang.TRIG).parse(parsed);
        assertTrue(parsed.stream().count() > 1000, "the whole dataset");
        assertTrue(b.contains("href=\"/dataset.trig\""), "offered on the home page");
        // also as N-Quads and JSON-LD, each the same dataset
        for (String[] f : new String[][] {{"dataset.nq", "N-QUADS"}, {"dataset.jsonld", "JSON-LD"}}) {
            HttpResponse<String> other = get(f[0], null);
            assertEquals(200, other.statusCode(), f[0]);
            org.apache.jena.sparql.core.DatasetGraph read = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            RDFParser.create().source(new StringReader(other.body())).lang(org.apache.jena.riot.RDFLanguages.nameToLang(f[1])).parse(read);
            assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(parsed, read), f[0] + " holds the same dataset as the TriG");
            assertTrue(b.contains("href=\"/" + f[0] + "\""), f[0] + " offered on the home page");
        }
        HttpResponse<String> q = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(HttpRequest.newBuilder(
                URI.create(server.url() + "ui/kg/query?query=" + URLEncoder.encode("ASK { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, q.statusCode(), q.body());
        assertTrue(q.body().contains("true"), "the editor's queries run: " + q.body());
    }

    @Test
    void searchFindsLabelsAndWrittenFormsAndEscapesWhatItShows() throws Exception {
        HttpResponse<String> r = get("search?q=" + URLEncoder.encode("madsen", StandardCharsets.UTF_8), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"/person/virginia-madsen\""), r.body());
        HttpResponse<String> x = get("search?q=" + URLEncoder.encode("<b>\"x') }", StandardCharsets.UTF_8), "text/html");
        assertEquals(200, x.statusCode());
        assertTrue(x.body().contains("&lt;b&gt;") && !x.body().contains("<b>\""), x.body());
        assertTrue(x.body().contains("0 matches"), "the text is a literal, not SPARQL: " + x.body());
    }

    @Test
    void theOverviewCountsTheCorpusAndListsFilmsPeopleAndReviewers() throws Exception {
        HttpResponse<String> r = get("overview", "text/html");
        assertEquals(200, r.statusCode());
        String b = r.body();
        assertTrue(b.contains("<h1>Corpus overview</h1>") && b.matches("(?s).*<th>Reviews</th><td>5</td>.*"), b);
        assertTrue(b.contains("href=\"/film/her-smell\""), b);
        String people = b.substring(b.indexOf("<h2>People</h2>"), b.indexOf("<h2>Reviewers</h2>"));
        assertTrue(people.contains("href=\"/person/virginia-madsen\""), people);
        assertFalse(people.contains("href=\"/character/"), "characters are not people: " + people);
        assertTrue(b.matches("(?s).*<h2>Reviewers</h2>.*High On Films.*"), b);
    }

    @Test
    void pagesEscapeWhatTheUserTyped() throws Exception {
        String body = get("search?q=" + URLEncoder.encode("<script>alert(1)</script>\"", StandardCharsets.UTF_8), "text/html").body();
        assertFalse(body.contains("<script>alert(1)"), body);
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;"), body);
    }

    @Test
    void personCharacterAndBandPagesShowTheirFilmsAndRoles() throws Exception {
        String person = get(MADSEN, "text/html").body();
        String roles = person.substring(person.indexOf("<table class=\"roles\">"));
        assertTrue(roles.contains("href=\"/film/her-smell\"") && roles.contains("“her manager”") && roles.contains("“her mother”"), roles);
        String character = get("character/her-smell/becky-something", "text/html").body();
        assertTrue(character.matches("(?s).*<th>played by</th>.*href=\"/person/elisabeth-moss\".*"), character);
        String band = get("band/something-she", "text/html").body();
        assertTrue(band.matches("(?s).*<h2>Members and songs</h2>.*href=\"/character/her-smell/becky-something\".*"), band);
    }
}
