package org.filmkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;

/** SHACL validation of every review graph against ontology/shapes.ttl. */
public final class Validation {
    private Validation() {}

    /** One line per violation, "graph: focus path: message"; empty when every review graph conforms. */
    public static List<String> validate(DatasetGraph ds) {
        Shapes shapes = Shapes.parse(DatasetIO.resourceGraph("/ontology/shapes.ttl"));
        List<String> problems = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(java.util.Comparator.comparing(Node::getURI));
        for (Node g : graphs) {
            if (!g.getURI().contains("/graph/review/")) continue;
            Graph graph = ds.getGraph(g);
            ValidationReport report = ShaclValidator.get().validate(shapes, graph);
            report.getEntries().forEach(e -> problems.add(g.getURI() + ": " + e.focusNode() + " " + e.resultPath() + ": " + e.message()));
        }
        return problems;
    }
}
