package org.filmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.store.DatasetIO;

/**
 * The whole dataset as one file (VoID's data dumps): TriG, N-Quads or JSON-LD, the same sorted, byte-stable output
 * that {@code ./kg export} writes.
 */
final class DownloadServlet extends HttpServlet {
    static final String PATH = "/dataset.trig";
    /** The download paths, each with its format, content type and file name. */
    static final java.util.Map<String, String[]> PATHS = new java.util.LinkedHashMap<>();

    static {
        PATHS.put("/dataset.trig", new String[] {"trig", "application/trig", "kg.trig", "TriG"});
        PATHS.put("/dataset.nq", new String[] {"nq", "application/n-quads", "kg.nq", "N-Quads"});
        PATHS.put("/dataset.jsonld", new String[] {"jsonld", "application/ld+json", "kg.jsonld", "JSON-LD"});
    }
    private final DatasetGraph ds;
    private final String base;

    DownloadServlet(DatasetGraph ds, String base) {
        this.ds = ds;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] f = PATHS.getOrDefault(req.getServletPath(), PATHS.get(PATH));
        resp.setContentType(f[1] + "; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + f[2] + "\"");
        var out = resp.getWriter();
        try {
            org.apache.jena.system.Txn.executeRead(ds, () -> {
                try {
                    DatasetIO.write(ds, DatasetIO.Format.parse(f[0]), base, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
