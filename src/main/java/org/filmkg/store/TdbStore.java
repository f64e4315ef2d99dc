package org.filmkg.store;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.filmkg.rdf.FK;

/**
 * A persistent dataset in TDB2 (--db DIR). A build is synced into it graph by graph, each in its own write
 * transaction: a graph whose content is unchanged (same digest) is left alone, a changed one is replaced, a
 * graph no longer built is dropped. So a crash loses nothing committed, and rebuilding one changed review
 * rewrites only its graph (and the cross-review entities graph).
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

    public static Sync sync(DatasetGraph built, Path dir) {
        DatasetGraph db = open(dir);
        Map<Node, String> digests = new LinkedHashMap<>();
        built.listGraphNodes().forEachRemaining(g -> digests.put(g, digest(built, g)));
        Map<Node, String> stored = Txn.calculateRead(db, () -> {
            Map<Node, String> m = new LinkedHashMap<>();
            db.find(META, Node.ANY, DIGEST, Node.ANY).forEachRemaining(q -> m.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
            return m;
        });
        int written = 0;
        int unchanged = 0;
        for (Map.Entry<Node, String> e : digests.entrySet()) {
            Node g = e.getKey();
            if (e.getValue().equals(stored.get(g))) {
                unchanged++;
                continue;
            }
            Txn.executeWrite(db, () -> {
                db.removeGraph(g);
                Iterator<Quad> it = built.find(g, Node.ANY, Node.ANY, Node.ANY);
                while (it.hasNext()) db.add(it.next());
                db.deleteAny(META, g, DIGEST, Node.ANY);
                db.add(META, g, DIGEST, NodeFactory.createLiteralString(e.getValue()));
            });
            written++;
        }
        List<Node> gone = new ArrayList<>();
        for (Node g : stored.keySet()) if (!digests.containsKey(g)) gone.add(g);
        for (Node g : gone) {
            Txn.executeWrite(db, () -> {
                db.removeGraph(g);
                db.deleteAny(META, g, DIGEST, Node.ANY);
            });
        }
        return new Sync(written, unchanged, gone.size());
    }

    /** A digest of one graph's content: its triples sorted as N-Triples. */
    static String digest(DatasetGraph ds, Node g) {
        var graph = GraphFactory.createDefaultGraph();
        ds.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, graph, Lang.NTRIPLES);
        List<String> lines = new ArrayList<>(w.toString().lines().toList());
        lines.sort(null);
        return ExtractionCache.sha256(String.join("\n", lines));
    }
}
