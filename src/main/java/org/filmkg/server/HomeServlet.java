package org.filmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;

/**
 * The way in: the home page at {@code /} (films with their review counts and directors, reviewers and publications,
 * people, a search box, the query editor one click away) and {@code /search?q=} over labels and every written form
 * of a name. Links are paths on this server, so they work whatever host and port the data was minted with.
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
            GROUP BY ?film ?title ORDER BY DESC(?reviews) ?title""";
    private static final String REVIEWERS = PREFIXES + """
            SELECT ?reviewer (SAMPLE(?pub) AS ?publication) (COUNT(DISTINCT ?review) AS ?reviews) (SAMPLE(?review) AS ?one)
            WHERE { GRAPH ?g { ?review a fk:Review ; fk:reviewer ?reviewer . OPTIONAL { ?review fk:publication ?pub } } }
            GROUP BY ?reviewer ORDER BY DESC(?reviews) ?reviewer""";
    private static final String PEOPLE = PREFIXES + """
            SELECT ?person ?name (COUNT(DISTINCT ?g) AS ?reviews)
            WHERE { VALUES ?role { fk:actor fk:person fk:member fk:songwriter } GRAPH ?g { ?statement ?role ?person . ?person rdfs:label ?name } }
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

    private final QueryRunner runner;
    private final String base;

    HomeServlet(DatasetGraph ds, String base, long timeoutMillis) {
        this.runner = new QueryRunner(ds, timeoutMillis);
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        try {
            if (req.getRequestURI().equals("/search")) {
                search(req.getParameter("q"), resp);
                return;
            }
            resp.getWriter().write(Pages.html("Film criticism graph", home()));
        } catch (KgDataException e) {
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            resp.getWriter().write(Pages.html("Unavailable", "<p>" + Pages.esc(e.getMessage()) + "</p>"));
        }
    }

    private String home() throws KgDataException {
        StringBuilder sb = new StringBuilder("<h1>Film criticism graph</h1>\n");
        sb.append(searchBox(""));
        sb.append("<p><a href=\"").append(Pages.esc(EDITOR_START)).append("\">Open the query editor</a> · <a href=\"/queries\">saved queries</a>"
                + " (start with <a href=\"/queries/which-reviewer-called-which-role\">which reviewer called which role what</a>)"
                + " · download the dataset as " + downloads() + "</p>\n");
        QueryRunner.Table films = runner.table(QueryCatalog.parse("films", FILMS));
        sb.append("<h2>Films</h2>\n<table><tr><th>film</th><th>reviews</th><th>director</th></tr>\n");
        for (List<String> r : films.rows()) row(sb, link(r.get(0), r.get(1)), r.get(2), r.get(3));
        sb.append("</table>\n");
        QueryRunner.Table reviewers = runner.table(QueryCatalog.parse("reviewers", REVIEWERS));
        sb.append("<h2>Reviewers and publications</h2>\n<table><tr><th>reviewer</th><th>publication</th><th>reviews</th></tr>\n");
        for (List<String> r : reviewers.rows()) row(sb, link(r.get(3), r.get(0)), r.get(1), r.get(2));
        sb.append("</table>\n");
        QueryRunner.Table people = runner.table(QueryCatalog.parse("people", PEOPLE));
        sb.append("<h2>People</h2>\n<p>");
        for (int i = 0; i < people.rows().size(); i++) {
            List<String> r = people.rows().get(i);
            sb.append(i == 0 ? "" : " · ").append(link(r.get(0), r.get(1))).append(" <small>(").append(Pages.esc(r.get(2))).append(")</small>");
        }
        sb.append("</p>\n");
        return sb.toString();
    }

    private void search(String q, HttpServletResponse resp) throws IOException, KgDataException {
        String query = q == null ? "" : q.strip();
        StringBuilder sb = new StringBuilder("<h1>Search</h1>\n").append(searchBox(query));
        if (query.length() >= 2) {
            // the text goes in as a literal through the query builder, never spliced into SPARQL
            ParameterizedSparqlString pss = new ParameterizedSparqlString(SEARCH);
            pss.setParam("q", NodeFactory.createLiteralString(query.length() > 200 ? query.substring(0, 200) : query));
            QueryRunner.Table t = runner.table(QueryCatalog.parse("search", pss.toString()));
            sb.append("<p>").append(t.rows().size()).append(t.rows().size() == 1 ? " match" : " matches").append("</p>\n<table>\n");
            for (List<String> r : t.rows()) {
                String also = r.get(3).equals(r.get(1)) ? "" : " <small>written “" + Pages.esc(r.get(3)) + "”</small>";
                sb.append("<tr><td>").append(Pages.esc(r.get(2))).append("</td><td>").append(link(r.get(0), r.get(1))).append(also).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        } else if (!query.isEmpty()) {
            sb.append("<p>Type at least two letters.</p>\n");
        }
        resp.getWriter().write(Pages.html("Search" + (query.isEmpty() ? "" : ": " + query), sb.toString()));
    }

    /** A table row: a link, then plain cells (escaped). */
    private static void row(StringBuilder sb, String link, String... cells) {
        sb.append("<tr><td>").append(link).append("</td>");
        for (String c : cells) sb.append("<td>").append(Pages.esc(c)).append("</td>");
        sb.append("</tr>\n");
    }

    private static String searchBox(String q) {
        return "<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" value=\"" + Pages.esc(q)
                + "\" placeholder=\"a film, a person, a character, a band…\" aria-label=\"Search\"> <button>Search</button></form>\n";
    }

    /** A link to an entity's page on this server: the IRI's path when it was minted under the base. */
    private String link(String iri, String label) {
        String href = iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri;
        return "<a href=\"" + Pages.esc(href) + "\">" + Pages.esc(label.isEmpty() ? iri : label) + "</a>";
    }

    private static String downloads() {
        java.util.List<String> links = new java.util.ArrayList<>();
        DownloadServlet.PATHS.forEach((path, f) -> links.add("<a href=\"" + path + "\">" + f[3] + "</a>"));
        return String.join(", ", links);
    }
}
