package org.filmkg.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The one place that knows the IRIs: every path the build mints under the base, the prefixes for them, the review
 * identifiers, and how to read the base back from a dataset. The base is explicit configuration ({@code --base}, or
 * the server's own address).
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    /** Entity kinds' path segments, as the resolver mints slugs ("film/her-smell"). */
    public static final String FILM = "film/";
    public static final String PERSON = "person/";
    public static final String CHARACTER = "character/";
    public static final String BAND = "band/";
    private static final String REVIEW = "review/";
    private static final String GRAPH = "graph/";
    /** The first path segments of every IRI that has a page on the server. */
    public static final List<String> PAGE_PATHS = List.of("film", "person", "character", "band", "review", "work", "place", "era", "merge");

    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/")) throw new IllegalArgumentException("Base IRI must end with '/': " + base);
        this.base = base;
    }

    public String base() {
        return base;
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    public Node review(String id) {
        return iri(REVIEW + id);
    }

    public Node reviewGraph(String id) {
        return iri(GRAPH + REVIEW + id);
    }

    public Node entitiesGraph() {
        return iri(GRAPH + "entities");
    }

    public Node ontologyGraph() {
        return iri(GRAPH + "ontology");
    }

    /** An entity by the slug the resolver gave it ("person/virginia-madsen"). */
    public Node entity(String slug) {
        return iri(slug);
    }

    /** One written form of an entity's name. */
    public Node variant(String slug, String writtenAs) {
        return iri(slug + "/variant/" + slugify(writtenAs));
    }

    /** A record of a resolution join, named by what it joined. */
    public Node merge(String key) {
        return iri("merge/" + hash(key));
    }

    /** A statement of a review, named by its kind and a hash of the fact. */
    public Node statement(String reviewId, String kind, String factKey) {
        return iri(REVIEW + reviewId + "/" + kind + "/" + hash(factKey));
    }

    /** A part of a review's record: its "rating", its "runtime". */
    public Node reviewPart(String reviewId, String part) {
        return iri(REVIEW + reviewId + "/" + part);
    }

    public Node claim(String reviewId, String key) {
        return iri(REVIEW + reviewId + "/claim/" + hash(key));
    }

    /** Works, places and eras that claims name ("work/citizen-kane"). */
    public Node work(String name) {
        return iri("work/" + slugify(name));
    }

    public Node place(String name) {
        return iri("place/" + slugify(name));
    }

    public Node era(String name) {
        return iri("era/" + slugify(name));
    }

    /** The prefixes of the minted paths ("person:", "film:" …) for output and for queries typed in the consoles. */
    public void addPrefixes(PrefixMapping pm) {
        pm.setNsPrefix("person", base + PERSON);
        pm.setNsPrefix("film", base + FILM);
        pm.setNsPrefix("character", base + CHARACTER);
        pm.setNsPrefix("band", base + BAND);
        pm.setNsPrefix("review", base + REVIEW);
        pm.setNsPrefix("graph", base + GRAPH);
    }

    /**
     * A review's identifier: its file name (or path under the input folder) without extension, as it is when that is
     * safe in an IRI; otherwise slugified with a hash of the name, so that names differing only in case, spaces,
     * folders or non-Latin letters ("My Review", "my-review", "a/r", "b/r") never share one.
     */
    public static String idOf(String source) {
        int dot = source.lastIndexOf('.');
        String id = dot > 0 && dot > source.lastIndexOf('/') ? source.substring(0, dot) : source;
        return id.matches("[A-Za-z0-9_.\\-]+") ? id : slugify(id) + "-" + hash(source);
    }

    /** The base a dataset's IRIs were minted under: what precedes "review/" in a review's IRI (else the default). */
    public static String baseOf(DatasetGraph ds) {
        return org.apache.jena.system.Txn.calculateRead(ds, () -> {
            var it = ds.find(Node.ANY, Node.ANY, FK.TYPE, FK.Review);
            while (it.hasNext()) {
                String u = it.next().getSubject().getURI();
                int i = u == null ? -1 : u.lastIndexOf(REVIEW);
                if (i > 0) return u.substring(0, i);
            }
            return DEFAULT_BASE;
        });
    }

    /** A name as a path segment: accents and case folded, anything else between letters and digits a hyphen. */
    public static String slugify(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        n = n.replace("&", " and ").replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "x" : n;
    }

    /** A short hash (the first 12 hex digits of SHA-256) that names a statement, a claim or a merge. */
    private static String hash(String s) {
        return org.filmkg.Hashes.sha256(s).substring(0, 12);
    }
}
