package org.filmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.query.Describer;

/**
 * The embedded Fuseki: the dataset at /kg (SPARQL at /kg/sparql, read-only), the Fuseki UI at /, on 127.0.0.1
 * unless told otherwise, with a query timeout.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    private final FusekiServer server;

    private KgServer(FusekiServer server) {
        this.server = server;
    }

    /** How many query results have spilled to a temporary file in this JVM (their rows overdrew the memory budget). */
    public static long resultsSpilled() {
        return BoundedQueryProcessor.SPILLED.get();
    }

    /**
     * How to serve: port (0 picks a free one), query timeout, saved-query folder, whether to listen beyond 127.0.0.1,
     * the one user allowed to update (null: read-only), the most rows a result may have, the SERVICE endpoints a query
     * may call (none by default), and whether LOAD may read files or URLs (no by default).
     */
    public record Config(int port, long timeoutMillis, Path queriesDir, boolean allInterfaces, String updateUser, String updatePassword,
            int maxRows, List<String> allowedServices, boolean allowLoad) {
        public Config {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("Port must be between 0 and 65535: " + port);
            if (updateUser != null && (updatePassword == null || updatePassword.isEmpty()))
                throw new IllegalArgumentException("an update user needs a password");
            if (maxRows <= 0) throw new IllegalArgumentException("max rows must be positive: " + maxRows);
            allowedServices = List.copyOf(allowedServices);
        }

        public Config(int port, long timeoutMillis, Path queriesDir, boolean allInterfaces, String updateUser, String updatePassword) {
            this(port, timeoutMillis, queriesDir, allInterfaces, updateUser, updatePassword, BoundedQueryProcessor.DEFAULT_MAX_ROWS, List.of(), false);
        }

        public static Config readOnly(int port, long timeoutMillis, Path queriesDir) {
            return new Config(port, timeoutMillis, queriesDir, false, null, null);
        }

        public Config withMaxRows(int rows) {
            return new Config(port, timeoutMillis, queriesDir, allInterfaces, updateUser, updatePassword, rows, allowedServices, allowLoad);
        }

        public Config withAllowedServices(List<String> endpoints) {
            return new Config(port, timeoutMillis, queriesDir, allInterfaces, updateUser, updatePassword, maxRows, endpoints, allowLoad);
        }

        public Config withLoad(boolean allowed) {
            return new Config(port, timeoutMillis, queriesDir, allInterfaces, updateUser, updatePassword, maxRows, allowedServices, allowed);
        }
    }

    /** Starts a read-only server on 127.0.0.1; port 0 picks a free port. Saved queries are read from {@code queries/}. */
    public static KgServer start(DatasetGraph ds, int port, long timeoutMillis) {
        return start(ds, Config.readOnly(port, timeoutMillis, Path.of("queries")));
    }

    public static KgServer start(DatasetGraph ds, int port, long timeoutMillis, Path queriesDir) {
        return start(ds, Config.readOnly(port, timeoutMillis, queriesDir));
    }

    public static KgServer start(DatasetGraph ds, Config c) {
        long timeoutMillis = c.timeoutMillis();
        ds.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        ServiceGuard.apply(ds.getContext(), c.allowedServices());
        Describer.register();
        String base = org.filmkg.rdf.Iris.baseOf(ds);
        FusekiServer.Builder b = FusekiServer.create()
                .port(c.port())
                .loopback(!c.allInterfaces())
                .add(DATASET, dataService(ds, c))
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ServerInfo())
                .addServlet("/$/datasets/*", new ServerInfo())
                .addServlet("/$/datasets", new ServerInfo());
        if (c.updateUser() != null) {
            // basic auth for updates and graph-store writes; queries stay open. The user store is in memory: no
            // password file on disk to leak or to be left behind by a killed server
            var users = org.apache.jena.fuseki.main.JettySecurityLib.makeUserStore(c.updateUser(), c.updatePassword());
            var security = org.apache.jena.fuseki.main.JettySecurityLib.makeSecurityHandler("kg", users, AuthScheme.BASIC);
            org.apache.jena.fuseki.main.JettySecurityLib.addPathConstraint(security, DATASET + "/update");
            org.apache.jena.fuseki.main.JettySecurityLib.addPathConstraint(security, DATASET + "/data");
            b.auth(AuthScheme.BASIC).securityHandler(security);
        }
        // entity and review IRIs resolve here, whatever host and port they were minted with
        LinkedDataServlet ld = new LinkedDataServlet(ds, base);
        for (String prefix : LinkedDataServlet.PREFIXES) b.addServlet("/" + prefix + "/*", ld);
        b.addServlet("/.well-known/void", new VoidServlet(ds, base, base + "kg/sparql"));
        b.addFilter(DATASET + "/*", new RequestLimitFilter(RequestLimitFilter.DEFAULT_LIMIT));
        // SELECT results are read whole before they are sent: a timeout is a 503, never a 200 cut off half-way
        b.registerOperation(Operation.Query, org.apache.jena.riot.WebContent.contentTypeSPARQLQuery, new BoundedQueryProcessor(c.maxRows()));
        if (!c.allowLoad()) b.addFilter(DATASET + "/update", new NoLoadFilter(RequestLimitFilter.DEFAULT_LIMIT));
        b.addFilter(DATASET + "/sparql", new ServiceDescriptionFilter(base + "kg/sparql", base + ".well-known/void#dataset"));
        QueriesServlet queries = new QueriesServlet(ds, c.queriesDir(), timeoutMillis, base);
        b.addServlet("/queries", queries);
        b.addServlet("/queries/*", queries);
        b.addServlet("/kg-static/*", new LinkedDataServlet.Static()); // not /static/: the Fuseki UI lives there
        // our home page at exactly "/" and the search; the Fuseki UI moves to /ui/
        b.addFilter("/*", new UiFilter());
        HomeServlet home = new HomeServlet(ds, base, timeoutMillis);
        b.addServlet("", home);
        b.addServlet("/search", home);
        b.addServlet("/overview", home);
        DownloadServlet download = new DownloadServlet(ds, base);
        for (String path : DownloadServlet.PATHS.keySet()) b.addServlet(path, download);
        URL ui = KgServer.class.getClassLoader().getResource("webapp/index.html");
        if (ui != null) {
            String s = ui.toExternalForm();
            b.staticFileBase(s.substring(0, s.length() - "index.html".length()));
        }
        FusekiServer server = b.build();
        // a result is read whole before its first byte is sent: the connection must stay open longer than a query may run
        for (var connector : server.getJettyServer().getConnectors())
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector ac) ac.setIdleTimeout(Math.max(ac.getIdleTimeout(), timeoutMillis + 60_000));
        server.start();
        return new KgServer(server);
    }

    /**
     * Fuseki's standard read-only services (withStdServices(false): query, sparql, get, data for reading); update and
     * read-write graph store only for the named user.
     */
    private static DataService.Builder dataService(DatasetGraph ds, Config c) {
        DataService.Builder d = DataService.newBuilder().dataset(org.filmkg.store.DatasetIO.unionDefaultView(ds)).withStdServices(false);
        if (c.updateUser() != null) {
            AuthPolicy only = Auth.policyAllowSpecific(c.updateUser());
            d.addEndpoint(Operation.Update, "update", only);
            d.addEndpoint(Operation.GSP_RW, "data", only);
        }
        return d;
    }

    /** A page worth opening first: a film's path on this server, if the dataset has a film. */
    public java.util.Optional<String> example() {
        DatasetGraph ds = server.getDataAccessPointRegistry().get(DATASET).getDataService().getDataset();
        String base = org.filmkg.rdf.Iris.baseOf(ds);
        return org.apache.jena.system.Txn.calculateRead(ds, () -> {
            var it = ds.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.filmkg.rdf.FK.TYPE, org.filmkg.rdf.FK.Film);
            while (it.hasNext()) {
                String u = it.next().getSubject().getURI();
                if (u != null && u.startsWith(base)) return java.util.Optional.of(u.substring(base.length()));
            }
            return java.util.Optional.<String>empty();
        });
    }

    public int port() {
        return server.getHttpPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Read-only answers to the UI's /$/server and /$/datasets: the one dataset and its services. */
    static final class ServerInfo extends HttpServlet {
        private static final String DATASET_JSON = "{ \"ds.name\": \"" + DATASET + "\", \"ds.state\": true, \"ds.services\": ["
                + "{ \"srv.type\": \"query\", \"srv.description\": \"SPARQL Query\", \"srv.endpoints\": [ \"sparql\", \"query\", \"\" ] },"
                + "{ \"srv.type\": \"gsp-r\", \"srv.description\": \"Graph Store Protocol (Read)\", \"srv.endpoints\": [ \"get\", \"\" ] } ] }";

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("application/json");
            resp.setCharacterEncoding("UTF-8");
            String path = req.getRequestURI();
            String body;
            if (path.startsWith("/$/datasets/")) body = DATASET_JSON;
            else if (path.startsWith("/$/datasets")) body = "{ \"datasets\": [ " + DATASET_JSON + " ] }";
            else body = "{ \"version\": \"5.6.0\", \"built\": \"\", \"startDateTime\": \"\", \"uptime\": 0, \"datasets\": [ " + DATASET_JSON + " ] }";
            resp.getWriter().write(body);
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "This server is read-only");
        }

        @Override
        protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "This server is read-only");
        }
    }
}
