package org.filmkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a saved query (its name in queries/) or an .rq file against the dataset (default: the seeds).")
final class QueryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE.rq", description = "A saved query name or a path to a SPARQL file.")
    String query;

    @picocli.CommandLine.Mixin
    DataMixin source;

    @Option(names = "--format", paramLabel = "FMT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).", defaultValue = "table")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    double timeout;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("kg: unknown --format '" + format + "'; expected table, csv, tsv or json");
            return Main.USAGE;
        }
        QueryCatalog catalog = new QueryCatalog(Common.home().resolve("queries"));
        Query q = QueryCatalog.parse(catalog.resolve(query));
        var ds = source.open(spec.commandLine().getErr());
        // tables fit the terminal ($COLUMNS, else 120 columns); piped, they keep every character
        int width = System.console() == null ? Integer.MAX_VALUE / 4 : columns();
        spec.commandLine().getOut().print(new QueryRunner(ds, (long) (timeout * 1000)).width(width).run(q, fmt));
        return Main.OK;
    }

    private static int columns() {
        try {
            return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120")));
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
