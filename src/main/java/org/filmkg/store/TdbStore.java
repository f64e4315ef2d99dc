package org.filmkg.store;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.filmkg.rdf.FK;

/**
 * A persistent dataset in TDB2 (--db DIR). A build is synced into it graph by graph as the graphs are made, in one
 * write transaction: a graph whose content is unchanged (same digest) is left alone, a changed one is replaced, a
 * graph no longer built is dropped. So a crash leaves the last committed build whole, and rebuilding one changed
 * review rewrites only its graph (and the cross-review entities graph).
 */
public final class TdbStore {
    /** Holds each named graph's digest, so unchanged graphs are recognised without comparing them. */
    static final Node META = NodeFactory.createURI("urn:filmkg:meta");
    static final Node DIGEST = NodeFactory.createURI(FK.NS + "digest");

    private TdbStore() {}

    public static DatasetGraph open(Path dir) {
        return DatasetIO.forQueries(TDB2Factory.connectDataset(dir.toString()).asDatasetGraph());
    }

    /** What a sync did: graphs written, left as they were, and dropped. */
    public record Sync(int written, int unchanged, int dropped) {}

    /** Syncs a dataset built in memory into the store. */
    public static Sync sync(DatasetGraph built, Path dir) {
        return sync(dir, sink -> built.listGraphNodes().forEachRemaining(g -> sink.accept(g, built.getGraph(g))));
    }

    /**
     * Syncs the graphs a producer emits, one at a time, into the store, so the dataset is never whole in memory. All of
     * it is one write transaction: a crash or a full disk leaves the store as it was, never half old and half new.
     */
    public static Sync sync(Path dir, java.util.function.Consumer<org.filmkg.rdf.GraphBuilder.GraphSink> producer) {
        DatasetGraph db = open(dir);
        int[] written = {0};
        int[] unchanged = {0};
        java.util.Set<Node> made = new java.util.HashSet<>();
        List<Node> gone = new ArrayList<>();
        Txn.executeWrite(db, () -> {
            Map<Node, String> stored = new LinkedHashMap<>();
            db.find(META, Node.ANY, DIGEST, Node.ANY).forEachRemaining(q -> stored.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
            producer.accept((g, graph) -> {
                made.add(g);
                String digest = digest(graph);
                if (digest.equals(stored.get(g))) {
                    unchanged[0]++;
                    return;
                }
                db.removeGraph(g);
                graph.find().forEachRemaining(t -> db.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                db.deleteAny(META, g, DIGEST, Node.ANY);
                db.add(META, g, DIGEST, NodeFactory.createLiteralString(digest));
                written[0]++;
            });
            for (Node g : stored.keySet()) if (!made.contains(g)) gone.add(g);
            for (Node g : gone) {
                db.removeGraph(g);
                db.deleteAny(META, g, DIGEST, Node.ANY);
            }
        });
        return new Sync(written[0], unchanged[0], gone.size());
    }

    /**
     * The graphs whose content does not match the digest the store recorded for it, and graphs with no digest: a store
     * changed outside a build, or damaged. Call inside a read transaction.
     */
    public static List<String> digestProblems(DatasetGraph db) {
        Map<Node, String> stored = new LinkedHashMap<>();
        db.find(META, Node.ANY, DIGEST, Node.ANY).forEachRemaining(q -> stored.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
        List<String> out = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        db.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            if (g.equals(META)) continue;
            String want = stored.remove(g);
            if (want == null) out.add(g + ": no digest recorded (changed outside a build?)");
            else if (!want.equals(digest(db.getGraph(g)))) out.add(g + ": content does not match its recorded digest");
        }
        for (Node g : stored.keySet()) out.add(g + ": a digest is recorded but the graph is missing");
        return out;
    }

    /**
     * A digest of one graph's content: its triples as N-Triples, sorted. A blank node has no stable label (the store
     * gives it a new one), so each is named by a hash of its own statements; literals are written in canonical form.
     * The same content then gives the same digest in memory and read back from the store.
     */
    static String digest(org.apache.jena.graph.Graph graph) {
        Map<Node, List<String>> own = new LinkedHashMap<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank())
                own.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(str(t.getPredicate()) + " " + (t.getObject().isBlank() ? "_" : str(t.getObject())));
        });
        Map<Node, String> label = new java.util.HashMap<>();
        own.forEach((b, props) -> {
            props.sort(null);
            label.put(b, "_:" + org.filmkg.Hashes.sha256(String.join("\n", props)).substring(0, 16));
        });
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(name(t.getSubject(), label) + " " + str(t.getPredicate()) + " " + name(t.getObject(), label) + " ."));
        lines.sort(null);
        return org.filmkg.Hashes.sha256(String.join("\n", lines));
    }

    private static String name(Node n, Map<Node, String> label) {
        return n.isBlank() ? label.getOrDefault(n, "_:leaf") : str(n);
    }

    /** A node in N-Triples, literals in canonical form: TDB2 keeps numbers and dates as values and gives them back so. */
    private static String str(Node n) {
        return org.apache.jena.riot.out.NodeFmtLib.strNT(n.isLiteral() ? org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get().apply(n) : n);
    }
}
