package org.filmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.store.DatasetIO;

/** The whole dataset as one TriG file (VoID's data dump): the same sorted, byte-stable TriG that {@code ./kg export} writes. */
final class DownloadServlet extends HttpServlet {
    static final String PATH = "/dataset.trig";
    private final DatasetGraph ds;
    private final String base;

    DownloadServlet(DatasetGraph ds, String base) {
        this.ds = ds;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/trig; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"kg.trig\"");
        var out = resp.getWriter();
        try {
            org.apache.jena.system.Txn.executeRead(ds, () -> {
                try {
                    DatasetIO.write(ds, DatasetIO.Format.TRIG, base, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
