package org.filmkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD whose keys are plain terms ("claimKind", "label", "actor") under a real {@code @context}, not compact IRIs
 * under a context of prefixes only. Each property seen in the data gets a term: its local name, or its prefixed name
 * when two namespaces share a local name; a property whose values are all IRIs is typed {@code @id}, so its values
 * read as plain strings too. Built with Jena's JSON library; subjects, keys and values are sorted, so the output is
 * the same on every run. Reads back as the same RDF with any JSON-LD 1.1 processor.
 */
public final class JsonLd {
    private JsonLd() {}

    /** A whole dataset: one entry per named graph, each with its own "@graph". */
    public static String write(DatasetGraph ds, String base) {
        Map<Node, List<Triple>> graphs = new TreeMap<>(Comparator.comparing(Node::toString));
        ds.find().forEachRemaining(q -> graphs.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(q.asTriple()));
        List<Triple> all = new ArrayList<>();
        graphs.values().forEach(all::addAll);
        Context cx = context(all, base);
        JsonArray out = new JsonArray();
        graphs.forEach((g, ts) -> {
            JsonObject named = new JsonObject();
            named.put("@id", cx.iri(g));
            named.put("@graph", nodes(ts, cx));
            out.add(named);
        });
        JsonObject doc = new JsonObject();
        doc.put("@context", cx.json);
        doc.put("@graph", out);
        return doc.toString() + "\n";
    }

    /** One graph (an entity's description). */
    public static String write(org.apache.jena.graph.Graph graph, String base) {
        List<Triple> ts = graph.find().toList();
        Context cx = context(ts, base);
        JsonObject doc = new JsonObject();
        doc.put("@context", cx.json);
        doc.put("@graph", nodes(ts, cx));
        return doc.toString() + "\n";
    }

    private record Term(String name, boolean iriValued) {}

    private static final class Context {
        final JsonObject json = new JsonObject();
        final Map<Node, Term> terms = new HashMap<>();
        final PrefixMapping pm;

        Context(PrefixMapping pm) {
            this.pm = pm;
        }

        /** An IRI as a compact IRI where a prefix fits (the context defines the prefixes), else in full. */
        String iri(Node n) {
            if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
            String u = n.getURI();
            String short_ = pm.shortForm(u);
            return short_.equals(u) ? u : short_;
        }
    }

    private static Context context(List<Triple> ts, String base) {
        PrefixMapping pm = FK.prefixes(base);
        Context cx = new Context(pm);
        new TreeMap<>(pm.getNsPrefixMap()).forEach(cx.json::put);
        Map<String, List<Node>> byLocal = new TreeMap<>();
        Map<Node, Boolean> iriValued = new HashMap<>();
        for (Triple t : ts) {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode())) continue;
            iriValued.merge(p, !t.getObject().isLiteral(), Boolean::logicalAnd);
            List<Node> ps = byLocal.computeIfAbsent(local(p), k -> new ArrayList<>());
            if (!ps.contains(p)) ps.add(p);
        }
        byLocal.forEach((local, ps) -> {
            for (Node p : ps) {
                // a local name two namespaces share (schema:name, foaf:name) keeps its prefix
                String name = ps.size() == 1 && !pm.getNsPrefixMap().containsKey(local) ? local : cx.iri(p);
                Term term = new Term(name, iriValued.get(p));
                cx.terms.put(p, term);
                JsonObject def = new JsonObject();
                def.put("@id", cx.iri(p));
                if (term.iriValued()) def.put("@type", "@id");
                cx.json.put(name, def);
            }
        });
        return cx;
    }

    private static JsonArray nodes(List<Triple> ts, Context cx) {
        Map<String, Map<String, List<JsonValue>>> bySubject = new TreeMap<>();
        for (Triple t : ts) {
            Map<String, List<JsonValue>> props = bySubject.computeIfAbsent(cx.iri(t.getSubject()), k -> new TreeMap<>());
            if (t.getPredicate().equals(RDF.type.asNode())) {
                props.computeIfAbsent("@type", k -> new ArrayList<>()).add(new JsonString(cx.iri(t.getObject())));
                continue;
            }
            Term term = cx.terms.get(t.getPredicate());
            props.computeIfAbsent(term.name(), k -> new ArrayList<>()).add(value(t.getObject(), term, cx));
        }
        JsonArray out = new JsonArray();
        bySubject.forEach((id, props) -> {
            JsonObject o = new JsonObject();
            o.put("@id", id);
            props.forEach((k, vs) -> {
                vs.sort(Comparator.comparing(JsonValue::toString));
                if (vs.size() == 1) o.put(k, vs.get(0));
                else {
                    JsonArray a = new JsonArray();
                    vs.forEach(a::add);
                    o.put(k, a);
                }
            });
            out.add(o);
        });
        return out;
    }

    private static JsonValue value(Node o, Term term, Context cx) {
        if (!o.isLiteral()) {
            if (term.iriValued()) return new JsonString(cx.iri(o));
            JsonObject ref = new JsonObject();
            ref.put("@id", cx.iri(o));
            return ref;
        }
        String lex = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        String dt = o.getLiteralDatatypeURI();
        if (lang != null && !lang.isEmpty()) {
            JsonObject v = new JsonObject();
            v.put("@value", lex);
            v.put("@language", lang);
            return v;
        }
        if (dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string")) return new JsonString(lex);
        JsonObject v = new JsonObject();
        v.put("@value", lex);
        v.put("@type", cx.iri(org.apache.jena.graph.NodeFactory.createURI(dt)));
        return v;
    }

    private static String local(Node p) {
        String u = p.getURI();
        int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return cut >= 0 ? u.substring(cut + 1) : u;
    }
}
