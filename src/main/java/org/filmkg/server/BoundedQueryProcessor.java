package org.filmkg.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query operation, with the whole SELECT result read before the first byte is sent: a query that
 * times out part-way then answers 503 with an error document, never a 200 whose CSV or JSON breaks off in the middle.
 * Reading first also enforces a limit on rows, with a clear 400 that says to add LIMIT.
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    static final int DEFAULT_MAX_ROWS = 1_000_000;
    private final int maxRows;

    BoundedQueryProcessor(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        QueryExecResult r = super.executeQuery(action, qExec, query, queryStringLog);
        if (!r.isRowSet()) return r;
        RowSet rows = r.rowSet();
        List<Binding> read = new ArrayList<>();
        try {
            while (rows.hasNext()) {
                if (read.size() >= maxRows)
                    ServletOps.error(400, "The result has more than " + maxRows + " rows; add LIMIT (or raise serve --max-rows)");
                read.add(rows.next());
            }
        } catch (QueryCancelledException e) {
            ServletOps.error(503, "Query timed out (raise serve --timeout)");
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), read.iterator()));
    }
}
