package org.filmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.query.Describer;

/**
 * Dereferenceable IRIs: GET on an entity or review path returns its description ({@link Describer}) as Turtle,
 * JSON-LD, N-Triples or HTML, by the Accept header or a {@code ?format=} override.
 */
final class LinkedDataServlet extends HttpServlet {
    /** Path prefixes the graph mints IRIs under. */
    static final java.util.List<String> PREFIXES = org.filmkg.rdf.Iris.PAGE_PATHS;

    /** Statements pointing at a resource that its HTML page reads (a film reviewed thousands of times has far more). */
    static final int HTML_STATEMENTS = 3000;
    private final DatasetGraph ds;
    private final String base;
    private final Pages pages;

    LinkedDataServlet(DatasetGraph ds, String base) {
        this.ds = ds;
        this.base = base;
        this.pages = new Pages(ds, base);
    }

    enum Format {
        TURTLE("text/turtle", Lang.TURTLE), JSONLD("application/ld+json", Lang.JSONLD), NT("application/n-triples", Lang.NTRIPLES), HTML("text/html", null);

        final String mime;
        final Lang lang;

        Format(String mime, Lang lang) {
            this.mime = mime;
            this.lang = lang;
        }
    }

    /** ?format= wins; else the Accept header's first type we serve (by q, then order); else Turtle. */
    static Format negotiate(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            return switch (f.toLowerCase(Locale.ROOT)) {
                case "ttl", "turtle" -> Format.TURTLE;
                case "jsonld", "json-ld", "json" -> Format.JSONLD;
                case "nt", "ntriples", "n-triples" -> Format.NT;
                case "html" -> Format.HTML;
                default -> null;
            };
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return Format.TURTLE;
        Format best = null;
        double bestQ = -1;
        for (String part : accept.split(",")) {
            String[] bits = part.trim().split(";");
            String type = bits[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            Format match = switch (type) {
                case "text/turtle", "application/x-turtle" -> Format.TURTLE;
                case "application/ld+json" -> Format.JSONLD;
                case "application/n-triples", "text/plain" -> Format.NT;
                case "text/html", "application/xhtml+xml" -> Format.HTML;
                default -> null;
            };
            if (match != null && q > bestQ) {
                best = match;
                bestQ = q;
            }
        }
        return best == null ? Format.TURTLE : best;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        Node iri = Pages.uri(base + path.substring(1));
        Format f = negotiate(req);
        if (f == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be turtle, jsonld, nt or html");
            return;
        }
        // the HTML page shows a sample of the statements (capped per kind anyway); the RDF formats give them all
        Model m = f == Format.HTML ? Describer.describe(ds, iri, HTML_STATEMENTS) : Describer.describe(ds, iri);
        resp.setHeader("Vary", "Accept");
        if (m.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about " + iri.getURI());
            return;
        }
        String html = f == Format.HTML ? org.apache.jena.system.Txn.calculateRead(ds, () -> pages.page(iri, m)) : null;
        write(resp, f, m, html);
    }

    static void write(HttpServletResponse resp, Format f, Model m, String html) throws IOException {
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(f.mime + "; charset=utf-8");
        if (f == Format.HTML) {
            resp.getWriter().write(html);
            return;
        }
        if (f == Format.JSONLD) {
            resp.getOutputStream().write(org.filmkg.rdf.JsonLd.write(m.getGraph(), base(m)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, f.lang);
        resp.getOutputStream().write(out.toByteArray());
    }

    /** The base the model's prefixes carry (the describer sets them), for the JSON-LD context. */
    private static String base(Model m) {
        String film = m.getNsPrefixURI("film");
        return film != null && film.endsWith("film/") ? film.substring(0, film.length() - "film/".length()) : "http://localhost:3030/";
    }

    /** Static files the pages use: Cytoscape.js from its WebJar and the page script. */
    static final class Static extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getRequestURI().substring("/kg-static/".length());
            String resource = switch (name) {
                case "cytoscape.min.js" -> "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
                case "network.js" -> "org/filmkg/server/network.js";
                default -> null;
            };
            InputStream in = resource == null ? null : Static.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType("text/javascript; charset=utf-8");
            resp.setHeader("Cache-Control", "max-age=3600");
            try (in) {
                in.transferTo(resp.getOutputStream());
            }
        }
    }
}
