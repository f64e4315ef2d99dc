package org.filmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Refuses an update that holds LOAD (403) unless the user allowed it: LOAD reads any file or URL the server can reach
 * (LOAD &lt;file:///…&gt;) into data that anonymous readers can then query.
 */
final class NoLoadFilter implements Filter {
    private final int limit;

    NoLoadFilter(int limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!req.getMethod().equals("POST")) {
            chain.doFilter(request, response);
            return;
        }
        RequestLimitFilter.BufferedBody buffered = RequestLimitFilter.BufferedBody.read(req, limit);
        if (buffered == null) {
            RequestLimitFilter.tooLarge(response, limit);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase();
        String update = type.startsWith("application/sparql-update") ? new String(buffered.body(), StandardCharsets.UTF_8) : buffered.getParameter("update");
        if (update != null) {
            try {
                UpdateRequest u = UpdateFactory.create(update);
                if (u.getOperations().stream().anyMatch(op -> op instanceof UpdateLoad)) {
                    ((HttpServletResponse) response).sendError(403, "LOAD is off: it would read files or URLs from the server (serve --allow-load turns it on)");
                    return;
                }
            } catch (QueryParseException e) {
                // not ours to judge: Fuseki reports the syntax error
            }
        }
        chain.doFilter(buffered, response);
    }
}
