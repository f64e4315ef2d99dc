package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.filmkg.rdf.JsonLd;
import org.filmkg.store.DatasetIO;
import org.junit.jupiter.api.Test;

/** The JSON-LD export: plain terms as keys under a real context, and it reads back as the same dataset. */
class JsonLdTest {
    @Test
    void keysArePlainTermsAndTheDatasetReadsBackTheSame() throws Exception {
        DatasetGraph ds = Seeds.report().dataset();
        String json = DatasetIO.toString(ds, DatasetIO.Format.JSONLD, "http://localhost:3030/");
        for (String term : new String[] {"claimKind", "label", "actor", "roleDescription"})
            assertTrue(json.matches("(?s).*\\n\\s*\"" + term + "\"\\s*:\\s*[\"\\[{].*"), term + " is no plain key: " + json.substring(0, 2000));
        assertFalse(json.matches("(?s).*\"fk:claimKind\"\\s*:\\s*[\"\\[].*"), "a key is a prefixed name");
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(json)).lang(Lang.JSONLD).parse(back);
        assertTrue(IsoMatcher.isomorphic(ds, back), "the JSON-LD reads back as the same dataset");
        // the same for one entity's description
        var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> { if (q.getSubject().isURI() && q.getSubject().getURI().endsWith("/person/virginia-madsen")) g.add(q.asTriple()); });
        String one = JsonLd.write(g, "http://localhost:3030/");
        var gb = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(one)).lang(Lang.JSONLD).parse(gb);
        assertTrue(g.size() > 0 && g.isIsomorphicWith(gb), one);
    }
}
