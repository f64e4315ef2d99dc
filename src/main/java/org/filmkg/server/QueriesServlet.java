package org.filmkg.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;

/**
 * The saved queries of queries/: /queries lists them; /queries/NAME runs one and shows a table, with CSV and JSON
 * downloads (?format=csv|json) and a link that opens it in the Fuseki UI's editor.
 */
final class QueriesServlet extends HttpServlet {
    private final DatasetGraph ds;
    private final QueryCatalog catalog;
    private final long timeoutMillis;
    private final Pages pages;

    QueriesServlet(DatasetGraph ds, Path dir, long timeoutMillis, String base) {
        this.ds = ds;
        this.pages = new Pages(ds, base);
        this.catalog = new QueryCatalog(dir);
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        resp.setCharacterEncoding("UTF-8");
        try {
            if (path.equals("/queries") || path.equals("/queries/")) {
                list(resp);
                return;
            }
            String name = path.substring("/queries/".length());
            if (!name.matches("[A-Za-z0-9_\\-]+") || !catalog.names().contains(name)) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No saved query " + name);
                return;
            }
            Path file = catalog.resolve(name);
            Query q = QueryCatalog.parse(file);
            QueryRunner runner = new QueryRunner(ds, timeoutMillis);
            String format = req.getParameter("format") == null ? "html" : req.getParameter("format");
            switch (format) {
                case "csv" -> {
                    resp.setContentType("text/csv; charset=utf-8");
                    resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
                    resp.getWriter().write(runner.run(q, QueryRunner.Format.CSV));
                }
                case "json" -> {
                    resp.setContentType("application/sparql-results+json; charset=utf-8");
                    resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".json\"");
                    resp.getWriter().write(runner.run(q, QueryRunner.Format.JSON));
                }
                default -> {
                    resp.setContentType("text/html; charset=utf-8");
                    resp.getWriter().write(table(name, runner.table(q)));
                }
            }
        } catch (org.filmkg.query.QueryTimeoutException e) {
            // as the SPARQL endpoint answers a timeout: the service is there, the query was too slow
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
        } catch (KgDataException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    /** A saved query as the pages show it: its name, what it answers, its text and the editor link. */
    record Saved(String name, String description, String text, String editor) {}

    private Saved saved(String name) throws IOException {
        Path file = catalog.dir().resolve(name + ".rq");
        String text = Files.readString(file);
        return new Saved(name, QueryCatalog.description(file), text, HomeServlet.EDITOR + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    private void list(HttpServletResponse resp) throws IOException {
        List<Saved> queries = new java.util.ArrayList<>();
        for (String n : catalog.names()) queries.add(saved(n));
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(Templates.render("queries", Map.of("title", "Saved queries", "queries", queries)));
    }

    /** The rows as a table; a cell holding one of the dataset's IRIs links to its page on this server. */
    private String table(String name, QueryRunner.Table t) throws IOException {
        List<List<Pages.Link>> rows = new java.util.ArrayList<>();
        for (List<String> r : t.rows()) {
            List<Pages.Link> cells = new java.util.ArrayList<>();
            for (String c : r) cells.add(new Pages.Link(c.startsWith("http://") || c.startsWith("https://") ? pages.href(Pages.uri(c)) : null, c));
            rows.add(cells);
        }
        return Templates.render("query", Map.of("title", name, "q", saved(name), "vars", t.vars(), "rows", rows));
    }
}
