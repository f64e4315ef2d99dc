package org.filmkg.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import org.filmkg.rdf.FK;
import org.filmkg.store.DatasetIO;

/**
 * A SPARQL console: multi-line queries that run at a line ending in ";" (or at an empty line once the query parses),
 * the ontology's prefixes added when a query does not declare them, commands (:run, :save, :export, :help, :quit),
 * results as aligned tables cut to the terminal width. A bad query prints its error and the session goes on.
 * The line source is pluggable: JLine for a terminal, a plain reader when input is piped.
 */
public final class Console {
    public static final List<String> COMMANDS = List.of(":run", ":save", ":export", ":format", ":x", ":help", ":quit");
    public static final List<String> FORMATS = List.of("table", "csv", "tsv", "json", "turtle");
    private static final String HELP = """
            Type SPARQL; it runs at a line ending in ';' (or an empty line once the query is complete).
            The prefixes fk:, schema:, rdfs:, oa:, prov:, skos: … are added when a query does not declare them.
            Tab completes commands, saved queries, prefixes, ontology terms (fk:rat → fk:rating) and ?variables.
            Ctrl-C cancels a running query; the console stays open.
              :run NAME       run a saved query from queries/
              :save NAME      save the last query as queries/NAME.rq
              :export FILE    write the last result (.csv .tsv .json) or the dataset (.ttl .trig .nt .jsonld)
              :format FMT     show results as table (default), csv, tsv, json or turtle (CONSTRUCT and DESCRIBE)
              :x              expanded view on/off: one record per block, long cells whole (as psql's \\x)
              :help           this text
              :quit           leave (also Ctrl-D)""";

    private final DatasetGraph ds;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final PrintWriter out;
    private final Supplier<Integer> width;
    private final PrefixMapping prefixes;
    private final List<String> terms;
    private String lastQuery;
    private QueryRunner.Table lastTable;
    private String format = "table";
    private boolean expanded;
    private boolean stopOnError;
    private boolean failed;
    /** The lines typed so far of a query not yet run (completion offers its ?variables). */
    private final StringBuilder buf = new StringBuilder();

    public Console(DatasetGraph ds, QueryCatalog catalog, long timeoutMillis, PrintWriter out, Supplier<Integer> width) {
        this.ds = ds;
        this.catalog = catalog;
        this.runner = new QueryRunner(ds, timeoutMillis);
        this.out = out;
        this.width = width;
        this.prefixes = FK.prefixes(org.filmkg.rdf.Iris.baseOf(ds));
        this.terms = ontologyTerms(prefixes);
    }

    /** Shows a long result page by page; false when it could not (then the result is printed as it is). */
    public interface Pager {
        boolean show(String text);
    }

    private Pager pager;
    private Supplier<Integer> height = () -> Integer.MAX_VALUE;

    /** A pager for results taller than the terminal ({@code height} rows), as psql and mysql page theirs. */
    public Console pager(Pager pager, Supplier<Integer> height) {
        this.pager = pager;
        this.height = height;
        return this;
    }

    /** Piped input: stop at the first query or command that fails, as psql's ON_ERROR_STOP and sqlite3's -bail. */
    public Console stopOnError(boolean stop) {
        this.stopOnError = stop;
        return this;
    }

    /** Whether a query or command failed in this session. */
    public boolean failed() {
        return failed;
    }

    /** Cancels the running query, if any (Ctrl-C); the session goes on. */
    public void cancel() {
        runner.cancel();
    }

    /** The ontology's classes and properties as prefixed names ("fk:rating"), for completion. */
    private static List<String> ontologyTerms(PrefixMapping prefixes) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        org.apache.jena.graph.Graph onto = org.filmkg.build.Corpus.ontology();
        onto.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                String q = prefixes.shortForm(t.getSubject().getURI());
                if (!q.equals(t.getSubject().getURI())) out.add(q);
            }
        });
        return List.copyOf(out);
    }

    /** Ontology terms ("fk:rating") for completion. */
    public List<String> terms() {
        return terms;
    }

    /** The ?variables of the query being typed, and of {@code line}, for completion. */
    public List<String> variables(String line) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?$]\\w+").matcher(buf + "\n" + line);
        while (m.find()) out.add("?" + m.group().substring(1));
        return List.copyOf(out);
    }

    /** A source of input lines; null at end of input. */
    public interface Lines {
        String read(String prompt) throws IOException;
    }

    public static Lines of(BufferedReader in) {
        return prompt -> in.readLine();
    }

    /** Prefix names for completion ("fk:"). */
    public List<String> prefixNames() {
        return prefixes.getNsPrefixMap().keySet().stream().filter(p -> !p.isEmpty()).map(p -> p + ":").sorted().toList();
    }

    public List<String> queryNames() {
        try {
            return catalog.names();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads and runs until :quit, end of input, or (with {@link #stopOnError}) the first failure. */
    public void run(Lines lines, boolean interactive) throws IOException {
        if (interactive) out.println("kg console — SPARQL over the film-criticism graph. :help for commands, :quit to leave.");
        buf.setLength(0);
        while (!(stopOnError && failed)) {
            String line = lines.read(buf.length() == 0 ? "kg> " : "  > ");
            if (line == null) {
                if (!buf.toString().isBlank()) runQuery(buf.toString());
                break;
            }
            String t = line.strip();
            if (buf.length() == 0 && t.startsWith(":")) {
                if (!command(t)) break;
                out.flush();
                continue;
            }
            if (t.isEmpty()) {
                // an empty line runs a complete query, and lets an incomplete one go on
                if (buf.length() > 0 && parses(buf.toString())) {
                    String q = buf.toString();
                    buf.setLength(0);
                    runQuery(q);
                }
                continue;
            }
            if (t.endsWith(";")) {
                buf.append(line, 0, line.lastIndexOf(';')).append('\n');
                String q = buf.toString();
                buf.setLength(0);
                runQuery(q);
            } else {
                buf.append(line).append('\n');
            }
            out.flush();
        }
        out.flush();
    }

    /** Drops the lines typed so far (Ctrl-C at the continuation prompt). */
    public void clearInput() {
        buf.setLength(0);
    }

    private boolean parses(String text) {
        try {
            parseTyped(text);
            return true;
        } catch (KgDataException e) {
            return false;
        }
    }

    /** The PREFIX declarations, one per line, for every known prefix the text uses but does not declare. */
    private String prefixLines(String text) {
        StringBuilder pre = new StringBuilder();
        for (Map.Entry<String, String> p : prefixes.getNsPrefixMap().entrySet()) {
            if (p.getKey().isEmpty()) continue;
            boolean used = text.contains(p.getKey() + ":");
            boolean declared = text.matches("(?is).*PREFIX\\s+" + java.util.regex.Pattern.quote(p.getKey()) + "\\s*:.*");
            if (used && !declared) pre.append("PREFIX ").append(p.getKey()).append(": <").append(p.getValue()).append(">\n");
        }
        return pre.toString();
    }

    /** The query with the prefixes it needs; an error's position is given in the lines as typed. */
    Query parseTyped(String text) throws KgDataException {
        String pre = prefixLines(text);
        return QueryCatalog.parse("query", pre + text, (int) pre.chars().filter(c -> c == '\n').count());
    }

    void runQuery(String text) {
        if (text.isBlank()) return;
        long t0 = System.nanoTime();
        try {
            Query q = parseTyped(text);
            lastQuery = text.strip() + "\n";
            String shown;
            int rows = -1;
            if (q.isSelectType()) {
                // one run of the query, rendered as asked
                ResultSetRewindable rs = runner.select(q);
                QueryRunner.Table table = QueryRunner.table(rs);
                lastTable = table;
                rows = table.rows().size();
                shown = switch (format) {
                    case "csv" -> runner.render(rs, QueryRunner.Format.CSV, q);
                    case "tsv" -> runner.render(rs, QueryRunner.Format.TSV, q);
                    case "json" -> runner.render(rs, QueryRunner.Format.JSON, q);
                    default -> {
                        QueryRunner.Table c = TableView.compact(table, runner.prefixesFor(q));
                        yield expanded ? TableView.expanded(c, width.get()) : TableView.table(c, width.get());
                    }
                };
            } else {
                shown = runner.run(q, QueryRunner.Format.TABLE);
            }
            long ms = Math.round((System.nanoTime() - t0) / 1e6);
            out.flush();
            if (pager == null || shown.lines().count() < height.get() - 2 || !pager.show(shown)) out.print(shown);
            out.println(rows < 0 ? "(" + ms + " ms)" : rows + (rows == 1 ? " row" : " rows") + " (" + ms + " ms)");
        } catch (KgDataException e) {
            failed = true;
            out.println("error: " + e.getMessage());
        } catch (RuntimeException e) {
            failed = true;
            out.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        out.flush();
    }

    /** Returns false on :quit. */
    boolean command(String line) {
        String[] p = line.split("\\s+", 2);
        String arg = p.length > 1 ? p[1].strip() : "";
        try {
            switch (p[0]) {
                case ":quit", ":q", ":exit" -> {
                    return false;
                }
                case ":help" -> out.println(HELP);
                case ":run" -> {
                    if (arg.isEmpty()) out.println("usage: :run NAME  (one of: " + String.join(", ", queryNames()) + ")");
                    else runQuery(Files.readString(catalog.resolve(arg)));
                }
                case ":save" -> {
                    if (!arg.matches("[A-Za-z0-9_\\-]+")) out.println("usage: :save NAME  (letters, digits, - and _)");
                    else if (lastQuery == null) out.println("error: no query to save yet");
                    else {
                        Path f = catalog.dir().resolve(arg + ".rq");
                        String body = lastQuery.startsWith("#") ? lastQuery : "# Saved from the kg console.\n" + lastQuery;
                        DatasetIO.writeAtomically(f, body);
                        out.println("saved " + f);
                    }
                }
                case ":export" -> export(arg);
                case ":format" -> {
                    if (!FORMATS.contains(arg)) {
                        failed = true;
                        out.println("usage: :format " + String.join("|", FORMATS) + "  (now " + format + ")");
                    } else {
                        format = arg;
                        out.println("format " + format);
                    }
                }
                case ":x", ":expanded" -> {
                    expanded = arg.isEmpty() ? !expanded : arg.equals("on");
                    out.println("expanded view " + (expanded ? "on" : "off"));
                }
                default -> {
                    failed = true;
                    out.println("error: unknown command " + p[0] + " (:help lists them)");
                }
            }
        } catch (KgDataException | IOException e) {
            failed = true;
            out.println("error: " + e.getMessage());
        }
        return true;
    }

    private void export(String file) throws IOException {
        if (file.isEmpty()) {
            out.println("usage: :export FILE  (.csv .tsv .json for the last result; .ttl .trig .nt .jsonld for the dataset)");
            return;
        }
        Path f = Path.of(file);
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".json")) {
            if (lastTable == null || lastQuery == null) {
                out.println("error: no result to export yet");
                return;
            }
            QueryRunner.Format fmt = lower.endsWith(".csv") ? QueryRunner.Format.CSV : lower.endsWith(".tsv") ? QueryRunner.Format.TSV : QueryRunner.Format.JSON;
            try {
                DatasetIO.writeAtomically(f, runner.run(parseTyped(lastQuery), fmt));
            } catch (KgDataException e) {
                out.println("error: " + e.getMessage());
                return;
            }
        } else {
            DatasetIO.Format fmt;
            try {
                fmt = DatasetIO.Format.parse(lower.endsWith(".ttl") ? "turtle" : lower.substring(lower.lastIndexOf('.') + 1));
            } catch (IllegalArgumentException e) {
                out.println("error: " + e.getMessage());
                return;
            }
            String base = org.filmkg.rdf.Iris.baseOf(ds);
            DatasetIO.writeAtomically(f, org.apache.jena.system.Txn.calculateRead(ds, () -> DatasetIO.toString(ds, fmt, base)));
        }
        out.println("wrote " + f);
    }
}
