package org.filmkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.filmkg.KgDataException;
import org.filmkg.rdf.FK;

/**
 * Reading and writing datasets. TriG and Turtle are written by a small sorted writer so that the same
 * dataset always gives the same bytes; every file is written to a temporary file and then moved into place.
 */
public final class DatasetIO {
    private DatasetIO() {}

    /**
     * Whether a query may join by substitution (Jena's index join) rather than by hashing: a query with no aggregate and
     * no subquery reads each review graph once either way, and substituting a review's few rows into its OPTIONALs
     * beats building a hash table per graph (at 1,000 reviews, from TDB2: reviews 46 to 24 ms, comparisons 55 to 22).
     * An aggregate or a subquery joined with GRAPH patterns is where substitution re-reads every graph per row in
     * memory. A quad-indexed store (TDB2) finds such a row across all graphs in one index look-up, so there an
     * aggregate's rows are substituted too (disagreements at 1,000 reviews: 284 to 215 ms), unless the aggregate is
     * itself inside an OPTIONAL, which substitution would re-run per row (which-reviewer: 268 to 301 ms).
     */
    public static boolean substitutionJoins(org.apache.jena.query.Query q, DatasetGraph ds) {
        if (q.hasAggregators() || q.hasGroupBy() || q.hasHaving()) return false;
        boolean[] sub = {false}, optionalSub = {false};
        if (q.getQueryPattern() != null)
            org.apache.jena.sparql.syntax.ElementWalker.walk(q.getQueryPattern(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                    sub[0] = true;
                }

                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementOptional el) {
                    org.apache.jena.sparql.syntax.ElementWalker.walk(el.getOptionalElement(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                        @Override
                        public void visit(org.apache.jena.sparql.syntax.ElementSubQuery inner) {
                            optionalSub[0] = true;
                        }
                    });
                }
            });
        if (!sub[0]) return true;
        return ds != null && org.apache.jena.tdb2.sys.TDBInternal.isTDB2(ds) && !optionalSub[0];
    }

    public static DatasetGraph forQueries(DatasetGraph ds) {
        ds.getContext().set(org.apache.jena.query.ARQ.optIndexJoinStrategy, false);
        // no query reaches out: SERVICE is refused on every dataset we build, load or serve
        ds.getContext().set(org.apache.jena.query.ARQ.httpServiceAllowed, false);
        // and no REGEX outruns the timeout
        GuardedRegex.install();
        // JSON results in one pass (Jena's writer was 25 times slower than its CSV one)
        JsonResults.install();
        return ds;
    }

    /**
     * The view that queries and the server see: every statement lives in a named graph, and the default graph is their
     * union, as with TDB2's {@code unionDefaultGraph}, so {@code SELECT * WHERE { ?s ?p ?o }} gives rows. Queries
     * with GRAPH patterns (every saved query) see the same named graphs either way. A TDB2 store answers from its own
     * union index; other datasets through a wrapper. Exports read the dataset itself, not this view.
     */
    public static DatasetGraph unionDefaultView(DatasetGraph ds) {
        if (ds instanceof UnionDefaultGraph) return ds;
        if (org.apache.jena.tdb2.sys.TDBInternal.isTDB2(ds)) {
            ds.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
            return ds;
        }
        return new UnionDefaultGraph(ds);
    }

    /**
     * A dataset whose default graph reads as the union of its named graphs (read-only: a write to it is refused). A view,
     * so the query engine does not unwrap it to the dataset underneath.
     */
    static final class UnionDefaultGraph extends org.apache.jena.sparql.core.DatasetGraphWrapper
            implements org.apache.jena.sparql.core.DatasetGraphWrapperView {
        UnionDefaultGraph(DatasetGraph ds) {
            super(ds, ds.getContext());
        }

        @Override
        public org.apache.jena.graph.Graph getDefaultGraph() {
            return getUnionGraph();
        }

        @Override
        public java.util.Iterator<org.apache.jena.sparql.core.Quad> find(org.apache.jena.graph.Node g, org.apache.jena.graph.Node s,
                org.apache.jena.graph.Node p, org.apache.jena.graph.Node o) {
            if (g != null && org.apache.jena.sparql.core.Quad.isDefaultGraph(g))
                return org.apache.jena.atlas.iterator.Iter.map(getUnionGraph().find(s, p, o),
                        t -> org.apache.jena.sparql.core.Quad.create(org.apache.jena.sparql.core.Quad.defaultGraphIRI, t));
            return super.find(g, s, p, o);
        }
    }

    /** The dataset itself when an update on it can be rolled back (TDB2, Jena's transactional memory), else a copy that can. */
    public static DatasetGraph transactional(DatasetGraph ds) {
        if (ds.supportsTransactionAbort()) return ds;
        DatasetGraph copy = forQueries(DatasetGraphFactory.createTxnMem());
        org.apache.jena.system.Txn.executeWrite(copy, () -> ds.find().forEachRemaining(copy::add));
        return copy;
    }

    /** Export formats of {@code ./kg export}. */
    public enum Format {
        TRIG, TURTLE, JSONLD, NT, NQ;

        public static Format parse(String s) {
            return switch (s.toLowerCase(java.util.Locale.ROOT)) {
                case "trig" -> TRIG;
                case "turtle", "ttl" -> TURTLE;
                case "jsonld", "json-ld" -> JSONLD;
                case "nt", "ntriples", "n-triples" -> NT;
                case "nq", "nquads", "n-quads" -> NQ;
                default -> throw new IllegalArgumentException("Unknown format '" + s + "'; expected turtle, trig, jsonld, nt or nq");
            };
        }
    }

    /**
     * A TriG file as a dataset to read: a map of plain in-memory graphs, as a build makes (at 1,000 reviews it loads in
     * 1.0 s against 8.5 s for Jena's transactional in-memory dataset, and the saved queries run 1.5 to 10 times
     * faster). {@link #transactional} gives a copy that can roll an update back.
     */
    public static DatasetGraph load(Path file) throws KgDataException {
        if (!Files.isReadable(file)) throw new KgDataException(file + ": no such file (run ./kg build first, or give --data)");
        DatasetGraph ds = forQueries(DatasetGraphFactory.create());
        try {
            RDFParser.create().source(file).lang(Lang.TRIG).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging).parse(ds);
        } catch (RiotException e) {
            throw parseError(file, e);
        }
        return ds;
    }

    /** Jena's "[line: L, col: C ] message" as one line "file:L:C: message". */
    public static KgDataException parseError(Path file, RiotException e) {
        String msg = e.getMessage() == null ? "syntax error" : e.getMessage().replaceAll("\\s+", " ").trim();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*\\]\\s*(.*)").matcher(msg);
        return new KgDataException(m.matches() ? file + ":" + m.group(1) + ":" + m.group(2) + ": " + m.group(3) : file + ": " + msg);
    }

    public static String toString(DatasetGraph ds, Format format, String base) {
        StringWriter w = new StringWriter();
        try {
            write(ds, format, base, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** Writes atomically: a temporary file beside the target, then a move; a failure leaves the old file intact. */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeStaleTemporaries(dir, target.getFileName().toString());
        // a fresh name beside the target, created with the user's umask (createTempFile would make it 0600)
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** How old a temporary file must be before it counts as a killed writer's leftover, not a write under way. */
    static final java.time.Duration STALE = java.time.Duration.ofMinutes(10);

    /** Temporary files an earlier writer of this target left behind when it was killed (kill -9 runs no cleanup). */
    public static void removeStaleTemporaries(Path dir, String targetName) throws IOException {
        String prefix = "." + targetName + ".";
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(STALE));
        try (var files = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && n.length() > prefix.length() + 4;
        })) {
            for (Path f : files) {
                try {
                    if (Files.getLastModifiedTime(f).compareTo(before) < 0) Files.deleteIfExists(f);
                } catch (IOException e) {
                    // another process's file, or gone already: not ours to insist on
                }
            }
        }
    }

    public static void write(DatasetGraph ds, Format format, String base, Writer out) throws IOException {
        PrefixMapping pm = FK.prefixes(base);
        switch (format) {
            case TRIG -> writeSorted(ds, pm, true, out);
            case TURTLE -> writeSorted(ds, pm, false, out);
            // every statement with its graph, one line each, sorted (strNQ ends a line with " .", strNT does not)
            case NQ -> writeSortedLines(ds.stream().map(NodeFmtLib::strNQ), "\n", out);
            case NT -> writeSortedLines(union(ds).stream().map(NodeFmtLib::strNT), " .\n", out);
            // keys are plain terms under a real @context ("claimKind", not "fk:claimKind")
            case JSONLD -> out.write(org.filmkg.rdf.JsonLd.write(ds, base));
        }
    }

    /** Lines in sorted order, each once, each followed by {@code end}: byte-stable output. */
    private static void writeSortedLines(java.util.stream.Stream<String> lines, String end, Writer out) throws IOException {
        for (String l : lines.distinct().sorted().toList()) {
            out.write(l);
            out.write(end);
        }
    }

    private static List<Triple> union(DatasetGraph ds) {
        List<Triple> ts = new ArrayList<>();
        ds.find().forEachRemaining(q -> ts.add(q.asTriple()));
        return ts;
    }

    /** Sorted TriG (graph by graph) or Turtle (all graphs merged): subjects, predicates and objects in order. */
    private static void writeSorted(DatasetGraph ds, PrefixMapping pm, boolean trig, Writer out) throws IOException {
        PrefixMap prefixes = PrefixMapFactory.create(pm);
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(pm.getNsPrefixMap()).entrySet()) {
            out.write("@prefix " + e.getKey() + ": <" + e.getValue() + "> .\n");
        }
        if (trig) {
            List<Node> graphs = new ArrayList<>();
            ds.listGraphNodes().forEachRemaining(graphs::add);
            graphs.sort(Comparator.comparing(Node::getURI));
            for (Node g : graphs) {
                List<Triple> ts = new ArrayList<>();
                ds.getGraph(g).find().forEachRemaining(ts::add);
                out.write("\n" + NodeFmtLib.str(g, prefixes) + " {\n");
                writeTriples(ts, prefixes, "    ", out);
                out.write("}\n");
            }
        } else {
            out.write("\n");
            writeTriples(union(ds).stream().distinct().toList(), prefixes, "", out);
        }
    }

    private static void writeTriples(List<Triple> triples, PrefixMap prefixes, String indent, Writer out) throws IOException {
        Comparator<Node> byText = Comparator.comparing(n -> NodeFmtLib.strNT(n));
        Comparator<Triple> order = Comparator.<Triple, Node>comparing(Triple::getSubject, byText)
                .thenComparing(t -> !t.getPredicate().equals(FK.TYPE))
                .thenComparing(Triple::getPredicate, byText)
                .thenComparing(Triple::getObject, byText);
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(order);
        Node subject = null;
        Node predicate = null;
        for (Triple t : sorted) {
            String o = fmt(t.getObject(), prefixes);
            if (!t.getSubject().equals(subject)) {
                if (subject != null) out.write(" .\n");
                out.write(indent + fmt(t.getSubject(), prefixes) + "\n" + indent + "    " + pred(t.getPredicate(), prefixes) + " " + o);
                subject = t.getSubject();
                predicate = t.getPredicate();
            } else if (!t.getPredicate().equals(predicate)) {
                out.write(" ;\n" + indent + "    " + pred(t.getPredicate(), prefixes) + " " + o);
                predicate = t.getPredicate();
            } else {
                out.write(" , " + o);
            }
        }
        if (subject != null) out.write(" .\n");
    }

    private static String pred(Node p, PrefixMap prefixes) {
        return p.equals(FK.TYPE) ? "a" : fmt(p, prefixes);
    }

    private static String fmt(Node n, PrefixMap prefixes) {
        if (n.isURI()) {
            String s = NodeFmtLib.str(n, prefixes);
            // a prefixed name whose local part Turtle cannot carry falls back to a full IRI
            return s.startsWith("<") || s.matches("[A-Za-z][\\w-]*:[\\w\\-.]*[\\w\\-]|[A-Za-z][\\w-]*:") ? s : "<" + n.getURI() + ">";
        }
        return NodeFmtLib.str(n, prefixes);
    }

    public static void write(DatasetGraph ds, Format format, String base, OutputStream out) throws IOException {
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(ds, format, base, w);
        w.flush();
    }


    /** A Turtle file shipped on the classpath (the ontology, the shapes). */
    public static org.apache.jena.graph.Graph resourceGraph(String resource) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (java.io.InputStream in = DatasetIO.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing resource " + resource);
            org.apache.jena.riot.RDFParser.create().source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return g;
    }
}
