package org.filmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The Fuseki UI under {@code /ui/}, so that {@code /} can be our home page. The UI finds the server from its own
 * address, so its calls come to {@code /ui/$/…} and {@code /ui/kg/…}: they go on as {@code /$/…} and {@code /kg/…},
 * and its files are served from the fuseki-ui jar. The server's servlets take a forward; dataset operations, which
 * Fuseki dispatches on the original request, get a 307 to the same path without the prefix.
 */
final class UiFilter implements Filter {
    static final String PREFIX = "/ui";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (!path.startsWith(PREFIX + "/") && !path.equals(PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        String rest = path.substring(PREFIX.length());
        if (rest.isEmpty()) {
            resp.sendRedirect(PREFIX + "/");
            return;
        }
        String query = req.getQueryString();
        if (rest.startsWith("/$/")) {
            // the server's own servlets take a forward
            req.getServletContext().getRequestDispatcher(rest + (query == null ? "" : "?" + query)).forward(new Moved(req, rest), response);
            return;
        }
        if (rest.startsWith("/kg/") || rest.equals("/kg")) {
            // dataset operations are dispatched on the original request only: a 307 keeps the method and the body
            resp.setStatus(307);
            resp.setHeader("Location", rest + (query == null ? "" : "?" + query));
            return;
        }
        String file = rest.equals("/") ? "/index.html" : rest;
        if (file.contains("..") || !file.matches("/[A-Za-z0-9_./\\-]+")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = UiFilter.class.getClassLoader().getResourceAsStream("webapp" + file)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css" : file.endsWith(".html") ? "text/html; charset=utf-8"
                    : file.endsWith(".svg") ? "image/svg+xml" : file.endsWith(".ico") ? "image/x-icon" : file.endsWith(".png") ? "image/png"
                    : file.endsWith(".woff2") ? "font/woff2" : "application/octet-stream");
            in.transferTo(resp.getOutputStream());
        }
    }

    /** The request as if it had come without the /ui prefix. */
    private static final class Moved extends HttpServletRequestWrapper {
        private final String path;

        Moved(HttpServletRequest req, String path) {
            super(req);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer u = super.getRequestURL();
            int at = u.indexOf(PREFIX + "/");
            return at < 0 ? u : new StringBuffer(u.substring(0, at)).append(path);
        }

        @Override
        public String getServletPath() {
            return "";
        }

        @Override
        public String getPathInfo() {
            return path;
        }
    }
}
