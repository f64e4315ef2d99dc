package org.filmkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.filmkg.KgDataException;
import org.filmkg.server.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dataset with embedded Fuseki on 127.0.0.1: the Fuseki UI at /, SPARQL at /kg/sparql (read-only).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of reviews to build (default: seeds/).")
    Path input;

    @Option(names = "--data", paramLabel = "FILE.trig", description = "Serve this dataset instead of building.")
    Path data;

    @Option(names = "--db", paramLabel = "DIR", description = "Serve a TDB2 store made by ./kg build --db DIR.")
    Path db;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "3030")
    int port;

    @picocli.CommandLine.Mixin
    BuildMixin build;

    @Option(names = "--base", paramLabel = "IRI", description = "Base for minted IRIs when building (default: this server's address).")
    String base;

    @Option(names = "--host", paramLabel = "HOST", description = "Listen on 127.0.0.1 (default) or, given any other address, on all interfaces.", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--allow-update", paramLabel = "USER", description = "Open /kg/update and graph-store writes to USER, with basic auth; the password comes from KG_PASSWORD or a prompt.")
    String allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    double timeout;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows a SELECT result may have (default: ${DEFAULT-VALUE}).", defaultValue = "1000000")
    int maxRows;

    @Option(names = "--allow-service", paramLabel = "URL", split = ",",
            description = "SPARQL endpoints that SERVICE may call (default: none; SERVICE is refused).")
    java.util.List<String> allowService = new java.util.ArrayList<>();

    @Option(names = "--allow-load", description = "Let LOAD in updates read files and URLs from this machine (default: refused).")
    boolean allowLoad;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        if (data != null && input != null) {
            spec.commandLine().getErr().println("kg: give --input or --data, not both");
            return Main.USAGE;
        }
        // IRIs minted for this server's own address, so they dereference here (unless --base says otherwise)
        String mint = base != null ? (base.endsWith("/") ? base : base + "/") : "http://localhost:" + (port == 0 ? 3030 : port) + "/";
        // the port first: finding it taken after minutes of building or loading wastes them
        if (port != 0) portFree(host.equals("127.0.0.1") || host.equals("localhost") ? host : "0.0.0.0", port);
        var ds = db != null ? Common.database(db) : Common.dataset(data, input, mint, build, spec.commandLine().getErr());
        boolean local = host.equals("127.0.0.1") || host.equals("localhost");
        String password = null;
        if (allowUpdate != null) {
            password = System.getenv("KG_PASSWORD");
            if ((password == null || password.isEmpty()) && System.console() != null)
                password = new String(System.console().readPassword("Password for %s: ", allowUpdate));
            if (password == null || password.isEmpty()) {
                spec.commandLine().getErr().println("kg: --allow-update needs a password: set KG_PASSWORD or run on a terminal");
                return Main.USAGE;
            }
        }
        if (maxRows <= 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-rows must be positive, not " + maxRows);
        // an update that fails half-way must leave nothing behind: the data it writes to can roll back
        if (allowUpdate != null) ds = org.filmkg.store.DatasetIO.transactional(ds);
        KgServer server = KgServer.start(ds, new KgServer.Config(port, (long) (timeout * 1000), Common.home().resolve("queries"),
                !local, allowUpdate, password).withMaxRows(maxRows).withAllowedServices(allowService).withLoad(allowLoad));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        var out = spec.commandLine().getOut();
        out.println("Home page (films, search):  " + server.url());
        out.println("Query editor (Fuseki UI):   " + server.url() + "ui/#/dataset/kg/query");
        out.println("SPARQL endpoint:            " + server.url() + "kg/sparql");
        out.println("Saved queries:              " + server.url() + "queries");
        server.example().ifPresent(path -> out.println("Entity pages, e.g.:         " + server.url() + path));
        if (!local) out.println("Listening on all interfaces (--host " + host + "); anyone who can reach this machine can query it.");
        out.println((allowUpdate == null ? "Read-only" : "Updates at /kg/update for user " + allowUpdate + " (HTTP basic auth)") + "; press Ctrl-C to stop.");
        out.flush();
        server.join();
        return Main.OK;
    }

    private static void portFree(String host, int port) throws KgDataException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw new KgDataException("port " + port + " is in use; try --port " + (port == 65535 ? port - 1 : port + 1) + " (or --port 0 for any free one)");
        }
    }
}
