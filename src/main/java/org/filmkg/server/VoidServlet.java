package org.filmkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.filmkg.rdf.FK;

/**
 * Self-description at /.well-known/void: a VoID dataset with its SPARQL endpoint, size, classes, named graphs and
 * licence. Counted once, on the first request (the served dataset is read-only).
 */
final class VoidServlet extends HttpServlet {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private final DatasetGraph ds;
    private final String base;
    private final String endpoint;
    private Model model;
    /** The description as seen at each address the server is reached at. */
    private final java.util.Map<String, Model> byAddress = new java.util.concurrent.ConcurrentHashMap<>();

    VoidServlet(DatasetGraph ds, String base, String endpoint) {
        this.ds = ds;
        this.base = base;
        this.endpoint = endpoint;
    }

    /** Counted on the first request, not at start-up: a large store would otherwise delay the server's first answer. */
    private synchronized Model model() {
        if (model == null) model = org.apache.jena.system.Txn.calculateRead(ds, () -> build(ds, base, endpoint));
        return model;
    }

    static Model build(DatasetGraph ds, String base, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("fk", FK.NS);
        Resource d = m.createResource(base + ".well-known/void#dataset");
        d.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
        d.addProperty(DCTerms.title, "Film criticism knowledge graph");
        d.addProperty(DCTerms.description, "Films, people, characters, bands and claims extracted from film reviews, one named graph per review, every statement with its quote and offsets.");
        d.addProperty(DCTerms.license, m.createResource("https://www.gnu.org/licenses/gpl-3.0.html"));
        d.addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(endpoint));
        for (String path : DownloadServlet.PATHS.keySet()) d.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(base + path.substring(1)));
        d.addProperty(m.createProperty(VOID, "uriSpace"), base);
        d.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(FK.NS));
        long triples = 0;
        Set<Node> entities = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        Map<String, Long> perGraph = new TreeMap<>();
        Map<String, Set<String>> perClass = new TreeMap<>();
        Iterator<Quad> it = ds.find();
        while (it.hasNext()) {
            Quad q = it.next();
            triples++;
            perGraph.merge(q.getGraph().getURI(), 1L, Long::sum);
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith(base)) entities.add(q.getSubject());
            if (q.getPredicate().equals(FK.TYPE) && q.getObject().isURI())
                perClass.computeIfAbsent(q.getObject().getURI(), k -> new TreeSet<>()).add(q.getSubject().toString());
        }
        d.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(String.valueOf(triples), XSDDatatype.XSDinteger));
        d.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(String.valueOf(entities.size()), XSDDatatype.XSDinteger));
        d.addLiteral(m.createProperty(VOID, "classes"), m.createTypedLiteral(String.valueOf(perClass.size()), XSDDatatype.XSDinteger));
        for (Map.Entry<String, Set<String>> c : perClass.entrySet()) {
            Resource part = m.createResource(base + ".well-known/void#class-" + Pages.local(NodeFactory.createURI(c.getKey())));
            d.addProperty(m.createProperty(VOID, "classPartition"), part);
            part.addProperty(m.createProperty(VOID, "class"), m.createResource(c.getKey()));
            part.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(String.valueOf(c.getValue().size()), XSDDatatype.XSDinteger));
        }
        for (Map.Entry<String, Long> g : perGraph.entrySet()) {
            Resource sub = m.createResource(g.getKey() + "#void");
            d.addProperty(m.createProperty(VOID, "subset"), sub);
            sub.addProperty(RDF.type, m.createResource(VOID + "Dataset"));
            sub.addProperty(m.createProperty("http://www.w3.org/ns/sparql-service-description#", "name"), m.createResource(g.getKey()));
            sub.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(String.valueOf(g.getValue()), XSDDatatype.XSDinteger));
        }
        entities.stream().filter(n -> n.getURI().contains("/film/")).findFirst()
                .ifPresent(n -> d.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(n.getURI())));
        return m;
    }

    /**
     * The description as this request sees the server: the endpoint and the data dumps at the address the request came
     * to (a build minted for port 3030 and served on another port must not point readers at 3030).
     */
    private Model modelFor(HttpServletRequest req) {
        String own = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/";
        // one copy per address the server is reached at, not one per request (the description has a part per graph)
        // (the address comes from the client's Host header: a few are kept, any further one is described afresh)
        Model cached = byAddress.get(own);
        if (cached != null) return cached;
        Model m = describedAt(own);
        if (byAddress.size() < 8) byAddress.put(own, m);
        return m;
    }

    private Model describedAt(String own) {
        Model m = ModelFactory.createDefaultModel().add(model());
        m.setNsPrefixes(model().getNsPrefixMap());
        Resource d = m.createResource(base + ".well-known/void#dataset");
        d.removeAll(m.createProperty(VOID, "sparqlEndpoint"));
        d.removeAll(m.createProperty(VOID, "dataDump"));
        d.addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(own + "kg/sparql"));
        for (String path : DownloadServlet.PATHS.keySet()) d.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(own + path.substring(1)));
        return m;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataServlet.Format f = LinkedDataServlet.negotiate(req);
        if (f == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "format must be turtle, jsonld, nt or html");
            return;
        }
        String html = null;
        if (f == LinkedDataServlet.Format.HTML) {
            java.io.StringWriter w = new java.io.StringWriter();
            org.apache.jena.riot.RDFDataMgr.write(w, modelFor(req), org.apache.jena.riot.Lang.TURTLE);
            html = Templates.preformatted("Dataset description (VoID)", w.toString());
        }
        resp.setHeader("Vary", "Accept");
        LinkedDataServlet.write(resp, f, modelFor(req), html);
    }
}
