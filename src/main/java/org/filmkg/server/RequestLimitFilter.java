package org.filmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses oversized requests to the dataset with 413 before Fuseki reads them: a query string or a declared body
 * larger than the limit. Guards the endpoint against a runaway client as the query timeout guards it against a
 * runaway query.
 */
final class RequestLimitFilter implements Filter {
    static final int DEFAULT_LIMIT = 256 * 1024;
    private final long limit;

    RequestLimitFilter(long limitBytes) {
        this.limit = limitBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String qs = req.getQueryString();
        long body = req.getContentLengthLong();
        if ((qs != null && qs.length() > limit) || body > limit) {
            ((HttpServletResponse) response).sendError(413, "Request larger than " + limit + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
