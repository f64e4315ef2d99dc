package org.filmkg.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.filmkg.KgDataException;
import org.filmkg.extract.Names;

/**
 * A user's corrections to resolution, read from a small Turtle file ({@code resolve-overrides.ttl}): each
 * {@code fk:KeepApart} node lists spellings ({@code fk:name}) that must never end up in one entity.
 * <pre>
 * [] a fk:KeepApart ; fk:name "Jane Roe", "Jane Rowe" .
 * </pre>
 */
public final class Overrides {
    public static final String FILE_NAME = "resolve-overrides.ttl";
    private static final String NS = "https://w3id.org/filmkg/ns#";

    /** Pairs of folded spellings ("a\u0000b", a &lt; b) that must stay apart. */
    private final Set<String> apart;

    private Overrides(Set<String> apart) {
        this.apart = Set.copyOf(apart);
    }

    public static Overrides none() {
        return new Overrides(Set.of());
    }

    /** Spellings to keep apart, given directly (tests, callers without a file). */
    public static Overrides keepApart(List<List<String>> groups) {
        Set<String> pairs = new TreeSet<>();
        for (List<String> g : groups) addPairs(g, pairs);
        return new Overrides(pairs);
    }

    public static Overrides load(Path file) throws KgDataException {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.create().source(file).lang(Lang.TURTLE).errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerNoLogging).parse(g);
        } catch (RiotException e) {
            throw org.filmkg.store.DatasetIO.parseError(file, e);
        } catch (Exception e) {
            throw new KgDataException(file + ": cannot read: " + e.getMessage());
        }
        Node keepApart = NodeFactory.createURI(NS + "KeepApart");
        Node name = NodeFactory.createURI(NS + "name");
        Set<String> pairs = new TreeSet<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), keepApart).toList()) {
            List<String> names = new ArrayList<>();
            for (Triple n : g.find(t.getSubject(), name, Node.ANY).toList())
                if (n.getObject().isLiteral()) names.add(n.getObject().getLiteralLexicalForm());
            if (names.size() < 2) throw new KgDataException(file + ": a fk:KeepApart needs at least two fk:name values, found " + names);
            addPairs(names, pairs);
        }
        return new Overrides(pairs);
    }

    /** The overrides file in a folder, or none when there is no such file. */
    public static Overrides in(Path dir) throws KgDataException {
        Path f = dir.resolve(FILE_NAME);
        return Files.isRegularFile(f) ? load(f) : none();
    }

    private static void addPairs(List<String> names, Set<String> pairs) {
        for (String a : names) for (String b : names) if (Names.fold(a).compareTo(Names.fold(b)) < 0) pairs.add(Names.fold(a) + "\u0000" + Names.fold(b));
    }

    public boolean apart(String a, String b) {
        String fa = Names.fold(a);
        String fb = Names.fold(b);
        int c = fa.compareTo(fb);
        return c != 0 && apart.contains(c < 0 ? fa + "\u0000" + fb : fb + "\u0000" + fa);
    }

    public boolean isEmpty() {
        return apart.isEmpty();
    }
}
