package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.exec.RowSet;
import org.filmkg.store.JsonResults;
import org.junit.jupiter.api.Test;

/** Our SPARQL JSON results writer: what any SPARQL JSON reader reads back is the rows that were written. */
class JsonResultsTest {
    private static final String DATA = """
            PREFIX ex: <http://example.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            INSERT DATA {
              ex:a ex:p "plain" , "tab\\tquote\\"back\\\\slash\\nnew line\\u0001 ünï “curly” 日本"@en , 42 , "2024-01-01"^^xsd:date , _:b1 .
              GRAPH ex:g { _:b1 ex:q ex:c }
            }""";

    private static ResultSetRewindable query(String q) {
        var ds = DatasetFactory.createTxnMem();
        org.apache.jena.update.UpdateAction.parseExecute(DATA, ds);
        try (var qe = QueryExecutionFactory.create(q, ds)) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    @Test
    void everyKindOfTermReadsBackTheSame() {
        ResultSetRewindable rows = query("SELECT ?s ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?o <http://example.org/none> ?missing } } ORDER BY ?o");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResults().write(out, RowSet.adapt(rows), null);
        rows.reset();
        var back = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON);
        assertTrue(ResultSetCompare.equalsByTerm(rows, ResultSetFactory.copyResults(back)), out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(5, rows.size());
    }

    @Test
    void installedItIsTheWriterJenaUses() {
        JsonResults.install();
        ResultSetRewindable rows = query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, rows, ResultSetLang.RS_JSON);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        // compact, as ours writes it (Jena's own writer indents)
        assertTrue(json.startsWith("{\"head\":{\"vars\":[\"o\"]},\"results\":{\"bindings\":["), json);
    }

    @Test
    void askAnswersInJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResults().write(out, true, null);
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
    }
}
