package org.filmkg.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                    resp.getWriter().write(table(name, file, runner.table(q)));
                }
            }
        } catch (org.filmkg.query.QueryTimeoutException e) {
            // as the SPARQL endpoint answers a timeout: the service is there, the query was too slow
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
        } catch (KgDataException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private void list(HttpServletResponse resp) throws IOException {
        StringBuilder sb = new StringBuilder("<h1>Saved queries</h1>\n<table>\n<tr><th>query</th><th>what it answers</th><th>run</th></tr>\n");
        for (String n : catalog.names()) {
            Path file = catalog.dir().resolve(n + ".rq");
            sb.append("<tr><td><a href=\"/queries/").append(Pages.esc(n)).append("\">").append(Pages.esc(n)).append("</a></td><td>")
                    .append(Pages.esc(QueryCatalog.description(file))).append("</td><td>")
                    .append(links(n, Files.readString(file))).append("</td></tr>\n");
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(Pages.html("Saved queries", sb.append("</table>\n").toString()));
    }

    private static String links(String name, String text) {
        String n = Pages.esc(name);
        String editor = HomeServlet.EDITOR + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        return "<a href=\"/queries/" + n + "\">table</a> · <a href=\"/queries/" + n + "?format=csv\">CSV</a> · <a href=\"/queries/" + n
                + "?format=json\">JSON</a> · <a href=\"" + Pages.esc(editor) + "\">open in editor</a>";
    }

    private String table(String name, Path file, QueryRunner.Table t) throws IOException {
        StringBuilder sb = new StringBuilder("<h1>").append(Pages.esc(name)).append("</h1>\n<p>")
                .append(Pages.esc(QueryCatalog.description(file))).append("</p>\n<p>").append(links(name, Files.readString(file)))
                .append(" · ").append(t.rows().size()).append(" rows</p>\n<table>\n<tr>");
        for (String v : t.vars()) sb.append("<th>").append(Pages.esc(v)).append("</th>");
        sb.append("</tr>\n");
        for (List<String> r : t.rows()) {
            sb.append("<tr>");
            for (String c : r) {
                String cell = Pages.esc(c);
                if (c.startsWith("http://") || c.startsWith("https://")) cell = "<a href=\"" + Pages.esc(pages.href(Pages.uri(c))) + "\">" + cell + "</a>";
                sb.append("<td>").append(cell).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n<h2>SPARQL</h2>\n<pre>").append(Pages.esc(Files.readString(file))).append("</pre>\n");
        return Pages.html(name, sb.toString());
    }
}
