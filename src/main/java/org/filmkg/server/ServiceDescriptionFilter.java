package org.filmkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * A SPARQL 1.1 Service Description at the endpoint: a GET on /kg/sparql without a query describes the service
 * (read-only query, its languages and result formats, the dataset's named graphs, VoID) instead of an error.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private final Model model;

    ServiceDescriptionFilter(String endpoint, String voidIri) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", "http://rdfs.org/ns/void#");
        Resource s = m.createResource(endpoint + "#service");
        s.addProperty(RDF.type, m.createResource(SD + "Service"));
        s.addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint));
        s.addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        for (String f : new String[] {"http://www.w3.org/ns/formats/SPARQL_Results_JSON", "http://www.w3.org/ns/formats/SPARQL_Results_XML",
                "http://www.w3.org/ns/formats/SPARQL_Results_CSV", "http://www.w3.org/ns/formats/SPARQL_Results_TSV",
                "http://www.w3.org/ns/formats/Turtle", "http://www.w3.org/ns/formats/JSON-LD", "http://www.w3.org/ns/formats/N-Triples"})
            s.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(f));
        s.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        Resource ds = m.createResource(endpoint + "#dataset");
        s.addProperty(m.createProperty(SD, "defaultDataset"), ds);
        ds.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        ds.addProperty(m.createProperty("http://rdfs.org/ns/void#", "inDataset"), m.createResource(voidIri));
        this.model = m;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean plainGet = "GET".equals(req.getMethod()) && req.getParameter("query") == null;
        if (!plainGet) {
            chain.doFilter(request, response);
            return;
        }
        LinkedDataServlet.Format f = LinkedDataServlet.negotiate(req);
        if (f == null || f == LinkedDataServlet.Format.HTML) f = LinkedDataServlet.Format.TURTLE;
        LinkedDataServlet.write((HttpServletResponse) response, f, model, null);
    }
}
