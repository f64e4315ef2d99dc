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
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.rdf.FK;
import org.filmkg.store.DatasetIO;
import org.filmkg.store.KgDataException;

/**
 * A SPARQL console: multi-line queries that run at a line ending in ";" (or at an empty line once the query parses),
 * the ontology's prefixes added when a query does not declare them, commands (:run, :save, :export, :help, :quit),
 * results as aligned tables cut to the terminal width. A bad query prints its error and the session goes on.
 * The line source is pluggable: JLine for a terminal, a plain reader when input is piped.
 */
public final class Console {
    public static final List<String> COMMANDS = List.of(":run", ":save", ":export", ":help", ":quit");
    private static final String HELP = """
            Type SPARQL; it runs at a line ending in ';' (or an empty line once the query is complete).
            The prefixes fk:, schema:, rdfs:, oa:, prov:, skos: … are added when a query does not declare them.
              :run NAME       run a saved query from queries/
              :save NAME      save the last query as queries/NAME.rq
              :export FILE    write the last result (.csv .tsv .json) or the dataset (.ttl .trig .nt .jsonld)
              :help           this text
              :quit           leave (also Ctrl-D)""";

    private final DatasetGraph ds;
    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final PrintWriter out;
    private final Supplier<Integer> width;
    private final PrefixMapping prefixes;
    private String lastQuery;
    private QueryRunner.Table lastTable;

    public Console(DatasetGraph ds, QueryCatalog catalog, long timeoutMillis, PrintWriter out, Supplier<Integer> width) {
        this.ds = ds;
        this.catalog = catalog;
        this.runner = new QueryRunner(ds, timeoutMillis);
        this.out = out;
        this.width = width;
        this.prefixes = FK.prefixes(Describer.baseOf(ds));
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

    /** Reads and runs until :quit or end of input. */
    public void run(Lines lines, boolean interactive) throws IOException {
        if (interactive) out.println("kg console — SPARQL over the film-criticism graph. :help for commands, :quit to leave.");
        StringBuilder buf = new StringBuilder();
        while (true) {
            String line = lines.read(buf.length() == 0 ? "kg> " : "  > ");
            if (line == null) {
                if (buf.toString().isBlank()) break;
                runQuery(buf.toString());
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
                    runQuery(buf.toString());
                    buf.setLength(0);
                }
                continue;
            }
            if (t.endsWith(";")) {
                buf.append(line, 0, line.lastIndexOf(';')).append('\n');
                runQuery(buf.toString());
                buf.setLength(0);
            } else {
                buf.append(line).append('\n');
            }
            out.flush();
        }
        out.flush();
    }

    private boolean parses(String text) {
        try {
            QueryCatalog.parse("query", withPrefixes(text));
            return true;
        } catch (KgDataException e) {
            return false;
        }
    }

    /** The query with PREFIX lines for every known prefix it uses but does not declare; line numbers are kept by putting them on line 1. */
    String withPrefixes(String text) {
        StringBuilder pre = new StringBuilder();
        for (Map.Entry<String, String> p : prefixes.getNsPrefixMap().entrySet()) {
            if (p.getKey().isEmpty()) continue;
            boolean used = text.contains(p.getKey() + ":");
            boolean declared = text.matches("(?is).*PREFIX\\s+" + java.util.regex.Pattern.quote(p.getKey()) + "\\s*:.*");
            if (used && !declared) pre.append("PREFIX ").append(p.getKey()).append(": <").append(p.getValue()).append("> ");
        }
        return pre + text;
    }

    void runQuery(String text) {
        if (text.isBlank()) return;
        try {
            Query q = QueryCatalog.parse("query", withPrefixes(text));
            lastQuery = text.strip() + "\n";
            if (q.isSelectType()) {
                lastTable = runner.table(q);
                out.print(format(lastTable, width.get()));
            } else {
                out.print(runner.run(q, QueryRunner.Format.TABLE));
            }
        } catch (KgDataException e) {
            // the prefixes sit on line 1 ahead of the text, so columns on line 1 shift; the message keeps Jena's numbers
            out.println("error: " + e.getMessage());
        } catch (RuntimeException e) {
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
                default -> out.println("error: unknown command " + p[0] + " (:help lists them)");
            }
        } catch (KgDataException | IOException e) {
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
                DatasetIO.writeAtomically(f, runner.run(QueryCatalog.parse("query", withPrefixes(lastQuery)), fmt));
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
            String base = Describer.baseOf(ds);
            DatasetIO.writeAtomically(f, org.apache.jena.system.Txn.calculateRead(ds, () -> DatasetIO.toString(ds, fmt, base)));
        }
        out.println("wrote " + f);
    }

    /** An aligned table no wider than {@code width}: long cells are cut with "…", narrow columns keep their size. */
    public static String format(QueryRunner.Table t, int width) {
        int n = t.vars().size();
        if (n == 0) return "(no columns)\n";
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = t.vars().get(i).length();
        for (List<String> r : t.rows()) for (int i = 0; i < n; i++) w[i] = Math.max(w[i], oneLine(r.get(i)).length());
        int budget = Math.max(n * 4, width - (3 * n + 1));
        // shrink the widest column until the table fits
        while (sum(w) > budget) {
            int widest = 0;
            for (int i = 1; i < n; i++) if (w[i] > w[widest]) widest = i;
            if (w[widest] <= 4) break;
            w[widest]--;
        }
        StringBuilder sb = new StringBuilder();
        String rule = rule(w);
        sb.append(rule);
        sb.append(row(t.vars(), w));
        sb.append(rule);
        for (List<String> r : t.rows()) sb.append(row(r, w));
        sb.append(rule);
        sb.append(t.rows().size()).append(t.rows().size() == 1 ? " row\n" : " rows\n");
        return sb.toString();
    }

    private static int sum(int[] w) {
        int s = 0;
        for (int x : w) s += x;
        return s;
    }

    private static String rule(int[] w) {
        StringBuilder sb = new StringBuilder("+");
        for (int x : w) sb.append("-".repeat(x + 2)).append('+');
        return sb.append('\n').toString();
    }

    private static String row(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < w.length; i++) {
            String c = oneLine(cells.get(i));
            if (c.length() > w[i]) c = c.substring(0, Math.max(0, w[i] - 1)) + "…";
            sb.append(' ').append(c).append(" ".repeat(w[i] - c.length())).append(" |");
        }
        return sb.append('\n').toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
