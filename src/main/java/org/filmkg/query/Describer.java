package org.filmkg.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;
import org.filmkg.rdf.FK;

/**
 * The description of a resource across all named graphs: its own triples, the nodes it owns (name variants,
 * ratings), and every statement or claim that points at it, with their evidence. Entity pages, content negotiation
 * and SPARQL DESCRIBE all use this, so they give the same triples.
 */
public final class Describer {
    /** Properties by which a statement or claim points at the thing it is about. */
    private static final Set<Node> POINTERS = Set.of(FK.actor, FK.person, FK.character, FK.band, FK.member, FK.songwriter,
            FK.about, FK.comparedWith, FK.place, FK.era, FK.mergedInto, FK.film, FK.reviews, FK.inReview);
    /** Objects that are part of their subject's description (followed one step further). */
    private static final Set<Node> OWNED = Set.of(FK.evidence, FK.roleEvidence, FK.variant, FK.rating);
    private static boolean registered;

    private Describer() {}

    public static Model describe(DatasetGraph ds, Node iri) {
        return describe(ds, iri, Integer.MAX_VALUE);
    }

    /**
     * As {@link #describe(DatasetGraph, Node)}, with at most {@code maxStatements} of the statements pointing at the
     * resource (an HTML page of a film reviewed thousands of times needs a sample, not every statement).
     */
    public static Model describe(DatasetGraph ds, Node iri, int maxStatements) {
        // a read transaction, so a TDB2 store (--db) can be described too; inside one already, it is reused
        return org.apache.jena.system.Txn.calculateRead(ds, () -> describeInTxn(ds, iri, maxStatements));
    }

    private static Model describeInTxn(DatasetGraph ds, Node iri, int maxStatements) {
        Model m = ModelFactory.createDefaultModel();
        Set<Node> done = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(iri);
        // statements about the resource
        Iterator<Quad> pointing = ds.find(Node.ANY, Node.ANY, Node.ANY, iri);
        while (pointing.hasNext()) {
            Quad q = pointing.next();
            // a review's statements point at it with fk:inReview; the review page lists them, so they belong here too
            if (POINTERS.contains(q.getPredicate())) todo.add(q.getSubject());
            if (todo.size() > maxStatements) break;
        }
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!done.add(s)) continue;
            Iterator<Quad> it = ds.find(Node.ANY, s, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                m.getGraph().add(q.asTriple());
                if (OWNED.contains(q.getPredicate()) && (q.getObject().isURI() || q.getObject().isBlank())) todo.add(q.getObject());
            }
        }
        m.setNsPrefixes(FK.prefixes(org.filmkg.rdf.Iris.baseOf(ds)));
        return m;
    }

    public static Model describe(DatasetGraph ds, String iri) {
        return describe(ds, NodeFactory.createURI(iri));
    }

    /** Makes SPARQL DESCRIBE use this description (once per JVM; Jena's registry is global). */
    public static synchronized void register() {
        if (registered) return;
        DescribeHandlerRegistry.get().add(() -> new DescribeHandler() {
            private Model acc;
            private DatasetGraph ds;

            @Override
            public void start(Model accumulateResultModel, Context qContext) {
                acc = accumulateResultModel;
                Object d = qContext.get(ARQConstants.sysCurrentDataset);
                ds = d instanceof Dataset dataset ? dataset.asDatasetGraph() : d instanceof DatasetGraph g ? g : null;
            }

            @Override
            public void describe(Resource r) {
                if (ds != null && r.isURIResource()) acc.add(Describer.describe(ds, r.asNode()));
            }

            @Override
            public void finish() {}
        });
        registered = true;
    }
}
