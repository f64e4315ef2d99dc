package org.filmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;

/**
 * The way in: the home page at {@code /} (films with their review counts and directors, reviewers and publications,
 * people, a search box, the query editor one click away), {@code /overview} (the corpus at a glance) and
 * {@code /search?q=} over labels and every written form of a name. Links are paths on this server, so they work whatever host and port the data was minted with.
 */
final class HomeServlet extends HttpServlet {
    static final String EDITOR = "/ui/#/dataset/kg/query";
    /** The editor opened on a first query with our prefixes set ("fk:", "schema:", …), so a user can type terms at once. */
    static final String EDITOR_START = EDITOR + "?query=" + java.net.URLEncoder.encode(
            "PREFIX fk: <" + org.filmkg.rdf.FK.NS + ">\nPREFIX rdfs: <" + org.filmkg.rdf.FK.RDFS + ">\nPREFIX schema: <" + org.filmkg.rdf.FK.SCHEMA + ">\n"
                    + "PREFIX oa: <" + org.filmkg.rdf.FK.OA + ">\n\n# every cast statement, its actor and the reviewer's words for the role\n"
                    + "SELECT ?actor ?role ?review WHERE {\n  ?credit a fk:CastCredit ; fk:actor/rdfs:label ?actor ; fk:inReview ?review .\n"
                    + "  OPTIONAL { ?credit fk:roleDescription ?role }\n} LIMIT 25\n", java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    private static final String PREFIXES = "PREFIX fk: <https://w3id.org/filmkg/ns#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String FILMS = PREFIXES + """
            SELECT ?film ?title (COUNT(DISTINCT ?review) AS ?reviews) (GROUP_CONCAT(DISTINCT ?director; separator=", ") AS ?directors)
            WHERE {
              GRAPH ?g {
                ?review a fk:Review ; fk:reviews ?film . ?film rdfs:label ?title .
                OPTIONAL { ?c a fk:CrewCredit ; fk:job "director" ; fk:person ?d . ?d rdfs:label ?director }
              }
            }
            GROUP BY ?film ?title ORDER BY DESC(?reviews) ?title LIMIT 500""";
    private static final String REVIEWERS = PREFIXES + """
            SELECT ?reviewer (SAMPLE(?pub) AS ?publication) (COUNT(DISTINCT ?review) AS ?reviews) (SAMPLE(?review) AS ?one)
            WHERE { GRAPH ?g { ?review a fk:Review ; fk:reviewer ?reviewer . OPTIONAL { ?review fk:publication ?pub } } }
            GROUP BY ?reviewer ORDER BY DESC(?reviews) ?reviewer LIMIT 200""";
    private static final String PEOPLE = PREFIXES + """
            SELECT ?person ?name (COUNT(DISTINCT ?g) AS ?reviews)
            WHERE { VALUES ?role { fk:actor fk:person fk:member fk:songwriter } GRAPH ?g { ?statement ?role ?person . ?person rdfs:label ?name }
                    GRAPH ?e { ?person a fk:Person } }
            GROUP BY ?person ?name ORDER BY DESC(?reviews) ?name LIMIT 200""";
    private static final String SEARCH = PREFIXES + """
            SELECT DISTINCT ?entity ?label ?kind ?matched
            WHERE {
              GRAPH ?e { ?entity a ?type ; rdfs:label ?label .
                { BIND(?label AS ?matched) } UNION { ?entity fk:variant/fk:writtenAs ?matched } }
              FILTER(CONTAINS(LCASE(STR(?matched)), LCASE(?q)))
              BIND(REPLACE(STR(?type), "^.*[#/]", "") AS ?kind)
            }
            ORDER BY ?kind ?label LIMIT 100""";

    /** The overview's counts: resources of each of our classes, statements of each kind. */
    private static final String COUNTS = PREFIXES + """
            SELECT ?type (COUNT(DISTINCT ?s) AS ?n)
            WHERE { VALUES ?type { fk:Review fk:Film fk:Person fk:Character fk:Band fk:CastCredit fk:CrewCredit fk:BandStatement fk:SongMention fk:Claim }
                    GRAPH ?g { ?s a ?type } }
            GROUP BY ?type ORDER BY ?type""";
    /** Per film: its reviews, the actors any review casts, and how many role descriptions the reviews give. */
    private static final String FILM_OVERVIEW = PREFIXES + """
            SELECT ?film ?title (COUNT(DISTINCT ?review) AS ?reviews) (COUNT(DISTINCT ?actor) AS ?actors) (COUNT(DISTINCT ?words) AS ?descriptions)
            WHERE { GRAPH ?g { ?review a fk:Review ; fk:reviews ?film . ?film rdfs:label ?title .
                    OPTIONAL { ?c a fk:CastCredit ; fk:actor ?actor . OPTIONAL { ?c fk:roleDescription ?words } } } }
            GROUP BY ?film ?title ORDER BY DESC(?reviews) ?title LIMIT 500""";
    /** Per person: the films whose reviews name them, and the characters they are said to play. */
    private static final String PEOPLE_OVERVIEW = PREFIXES + """
            SELECT ?person ?name (COUNT(DISTINCT ?film) AS ?films) (GROUP_CONCAT(DISTINCT ?role; separator="|") AS ?roles)
            WHERE { VALUES ?p { fk:actor fk:person fk:member fk:songwriter }
                    GRAPH ?g { ?st ?p ?person ; fk:inReview ?review . ?review fk:reviews ?film . ?person rdfs:label ?name .
                               OPTIONAL { ?st fk:character/rdfs:label ?r } }
                    GRAPH ?e { ?person a fk:Person }
                    # (an unbound value would make the whole GROUP_CONCAT an error: the empty ones are dropped in Java)
                    BIND(COALESCE(?r, "") AS ?role) }
            GROUP BY ?person ?name ORDER BY DESC(?films) ?name LIMIT 300""";
    /** Per reviewer: reviews, films and the publications they write for. */
    private static final String REVIEWER_OVERVIEW = PREFIXES + """
            SELECT ?reviewer (COUNT(DISTINCT ?review) AS ?reviews) (COUNT(DISTINCT ?film) AS ?films)
                   (GROUP_CONCAT(DISTINCT ?pub; separator=", ") AS ?publications) (SAMPLE(?review) AS ?one)
            WHERE { GRAPH ?g { ?review a fk:Review ; fk:reviewer ?reviewer . OPTIONAL { ?review fk:reviews ?film }
                               OPTIONAL { ?review fk:publication ?pub } } }
            GROUP BY ?reviewer ORDER BY DESC(?reviews) ?reviewer LIMIT 300""";

    private final QueryRunner runner;
    /**
     * The home page and the overview aggregate over the whole corpus (5 and 13 s at 10,000 reviews): they run with a
     * longer timeout and are kept for a few minutes, so only the first visitor after a change waits.
     */
    private final QueryRunner corpusRunner;
    private static final long PAGE_TTL_MILLIS = 5 * 60_000;
    /** A corpus-wide page as rendered, and when. */
    private record Rendered(String html, long at) {
        boolean fresh() {
            return System.currentTimeMillis() - at < PAGE_TTL_MILLIS;
        }
    }
    private final java.util.concurrent.ConcurrentHashMap<String, Rendered> rendered = new java.util.concurrent.ConcurrentHashMap<>();
    private final String base;

    HomeServlet(DatasetGraph ds, String base, long timeoutMillis) {
        this.runner = new QueryRunner(ds, timeoutMillis);
        this.corpusRunner = new QueryRunner(ds, Math.max(timeoutMillis, 120_000));
        this.base = base;
    }

    /** A corpus-wide page from the cache while it is fresh, else rendered anew (one render at a time). */
    private String cached(String key, PageMaker make) throws KgDataException {
        Rendered r = rendered.get(key);
        if (r != null && r.fresh()) return r.html();
        synchronized (this) {
            r = rendered.get(key);
            if (r != null && r.fresh()) return r.html();
            String html = make.make();
            rendered.put(key, new Rendered(html, System.currentTimeMillis()));
            return html;
        }
    }

    private interface PageMaker {
        String make() throws KgDataException;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        try {
            if (req.getRequestURI().equals("/overview")) {
                resp.getWriter().write(cached("overview", this::overview));
                return;
            }
            if (req.getRequestURI().equals("/search")) {
                resp.getWriter().write(search(req.getParameter("q")));
                return;
            }
            resp.getWriter().write(cached("home", this::home));
        } catch (KgDataException e) {
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            resp.getWriter().write(Templates.message("Unavailable", e.getMessage()));
        }
    }

    record FilmRow(Pages.Link link, String reviews, String directors) {}

    record ReviewerRow(Pages.Link link, String publication, String reviews) {}

    record PersonRow(Pages.Link link, String reviews) {}

    record Hit(String kind, Pages.Link link, String writtenAs) {}

    private String home() throws KgDataException {
        List<FilmRow> films = new ArrayList<>();
        for (List<String> r : corpusRunner.table(QueryCatalog.parse("films", FILMS)).rows()) films.add(new FilmRow(link(r.get(0), r.get(1)), r.get(2), r.get(3)));
        List<ReviewerRow> reviewers = new ArrayList<>();
        for (List<String> r : corpusRunner.table(QueryCatalog.parse("reviewers", REVIEWERS)).rows()) reviewers.add(new ReviewerRow(link(r.get(3), r.get(0)), r.get(1), r.get(2)));
        List<PersonRow> people = new ArrayList<>();
        for (List<String> r : corpusRunner.table(QueryCatalog.parse("people", PEOPLE)).rows()) people.add(new PersonRow(link(r.get(0), r.get(1)), r.get(2)));
        List<Pages.Link> downloads = new ArrayList<>();
        DownloadServlet.PATHS.forEach((path, f) -> downloads.add(new Pages.Link(path, f[3])));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", "Film criticism graph");
        v.put("films", films);
        v.put("reviewers", reviewers);
        v.put("people", people);
        v.put("downloads", downloads);
        return Templates.render("home", v);
    }

    record Count(String kind, String n) {}

    /** The overview's names for our classes. */
    private static final Map<String, String> COUNT_NAMES = Map.of("Review", "Reviews", "Film", "Films", "Person", "People", "Character", "Characters",
            "Band", "Bands", "CastCredit", "Cast statements", "CrewCredit", "Crew statements", "BandStatement", "Band statements",
            "SongMention", "Song mentions", "Claim", "Claims");

    record FilmOverview(Pages.Link link, String reviews, String actors, String descriptions) {}

    record PersonOverview(Pages.Link link, String films, String roles) {}

    record ReviewerOverview(Pages.Link link, String reviews, String films, String publications) {}

    /** The corpus at a glance: how much of each kind there is, then the films, the people and the reviewers. */
    private String overview() throws KgDataException {
        List<Count> counts = new ArrayList<>();
        for (List<String> r : corpusRunner.table(QueryCatalog.parse("counts", COUNTS)).rows()) {
            String type = Pages.local(Pages.uri(r.get(0)));
            counts.add(new Count(COUNT_NAMES.getOrDefault(type, type), r.get(1)));
        }
        List<FilmOverview> films = new ArrayList<>();
        for (List<String> r : corpusRunner.table(QueryCatalog.parse("film-overview", FILM_OVERVIEW)).rows())
            films.add(new FilmOverview(link(r.get(0), r.get(1)), r.get(2), r.get(3), r.get(4)));
        List<PersonOverview> people = new ArrayList<>();
        for (List<String> r : corpusRunner.table(QueryCatalog.parse("people-overview", PEOPLE_OVERVIEW)).rows())
            people.add(new PersonOverview(link(r.get(0), r.get(1)), r.get(2),
                    String.join(", ", java.util.Arrays.stream(r.get(3).split("\\|")).filter(x -> !x.isEmpty()).toList())));
        List<ReviewerOverview> reviewers = new ArrayList<>();
        for (List<String> r : corpusRunner.table(QueryCatalog.parse("reviewer-overview", REVIEWER_OVERVIEW)).rows())
            reviewers.add(new ReviewerOverview(link(r.get(4), r.get(0)), r.get(1), r.get(2), r.get(3)));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", "Corpus overview");
        v.put("counts", counts);
        v.put("films", films);
        v.put("people", people);
        v.put("reviewers", reviewers);
        return Templates.render("overview", v);
    }

    private String search(String q) throws KgDataException {
        String query = q == null ? "" : q.strip();
        List<Hit> results = null;
        if (query.length() >= 2) {
            // the text goes in as a literal through the query builder, never spliced into SPARQL
            ParameterizedSparqlString pss = new ParameterizedSparqlString(SEARCH);
            pss.setParam("q", NodeFactory.createLiteralString(query.length() > 200 ? query.substring(0, 200) : query));
            results = new ArrayList<>();
            for (List<String> r : runner.table(QueryCatalog.parse("search", pss.toString())).rows())
                results.add(new Hit(r.get(2), link(r.get(0), r.get(1)), r.get(3).equals(r.get(1)) ? null : r.get(3)));
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", "Search" + (query.isEmpty() ? "" : ": " + query));
        v.put("query", query);
        v.put("results", results);
        v.put("tooShort", !query.isEmpty() && query.length() < 2);
        return Templates.render("search", v);
    }

    /** A link to an entity's page on this server: the IRI's path when it was minted under the base. */
    private Pages.Link link(String iri, String label) {
        return new Pages.Link(iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri, label.isEmpty() ? iri : label);
    }
}
