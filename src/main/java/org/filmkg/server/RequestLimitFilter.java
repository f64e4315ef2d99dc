package org.filmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses oversized requests to the dataset with 413 before Fuseki parses them: a query string or a body larger than
 * the limit. A body of declared length is judged by its header; a chunked body (no declared length) is read up to the
 * limit here, so no size of body reaches the parser, whose time grows faster than the text. Guards the endpoint
 * against a runaway client as the query timeout guards it against a runaway query.
 */
final class RequestLimitFilter implements Filter {
    static final int DEFAULT_LIMIT = 256 * 1024;
    private final int limit;

    RequestLimitFilter(int limitBytes) {
        this.limit = limitBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String qs = req.getQueryString();
        long declared = req.getContentLengthLong();
        if ((qs != null && qs.length() > limit) || declared > limit) {
            tooLarge(response);
            return;
        }
        if (declared < 0 && hasBody(req)) {
            BufferedBody body = BufferedBody.read(req, limit);
            if (body == null) {
                tooLarge(response);
                return;
            }
            chain.doFilter(body, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(ServletResponse response) throws IOException {
        tooLarge(response, limit);
    }

    static void tooLarge(ServletResponse response, int limit) throws IOException {
        ((HttpServletResponse) response).sendError(413, "Request larger than " + limit + " bytes");
    }

    private static boolean hasBody(HttpServletRequest req) {
        return req.getMethod().equals("POST") || req.getMethod().equals("PUT") || req.getHeader("Transfer-Encoding") != null;
    }

    /** The request with its (chunked) body read into memory: the stream, the reader and form parameters come from it. */
    static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;
        private Map<String, String[]> params;

        BufferedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        /** The request with its body read (at most {@code limit} bytes), or null when the body is larger. */
        static BufferedBody read(HttpServletRequest req, int limit) throws IOException {
            if (req instanceof BufferedBody b) return b;
            byte[] body = req.getInputStream().readNBytes(limit + 1);
            return body.length > limit ? null : new BufferedBody(req, body);
        }

        byte[] body() {
            return body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        private Charset charset() {
            String enc = getCharacterEncoding();
            try {
                return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }

        /** Parameters of the query string and, for a form, of the body. */
        @Override
        public Map<String, String[]> getParameterMap() {
            if (params == null) {
                Map<String, List<String>> all = new LinkedHashMap<>();
                parse(getQueryString(), all);
                String type = getContentType();
                if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) parse(new String(body, charset()), all);
                Map<String, String[]> out = new LinkedHashMap<>();
                all.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
                params = Collections.unmodifiableMap(out);
            }
            return params;
        }

        private void parse(String encoded, Map<String, List<String>> into) {
            if (encoded == null || encoded.isEmpty()) return;
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset());
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset());
                into.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }

        @Override
        public String getParameter(String name) {
            String[] v = getParameterMap().get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
