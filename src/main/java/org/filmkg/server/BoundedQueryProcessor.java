package org.filmkg.server;

import java.util.Iterator;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DataBag;
import org.apache.jena.atlas.data.ThresholdPolicyCount;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
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
 * Reading first also enforces a limit on rows, with a clear 400 that says to add LIMIT. Past 20,000 rows the result
 * spills to a temporary file (Jena's data bags, as its own sorting does), so memory stays bounded under many clients.
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    static final int DEFAULT_MAX_ROWS = 1_000_000;
    /** Rows held in memory per result before the rest spills to a temporary file. */
    static final int SPILL = 20_000;
    private final int maxRows;
    /**
     * Queries that run at once: one per core. The others wait their turn before they start, and their timeout starts
     * when they do: thirty-two heavy queries at once on two cores would otherwise share the cores until every one of
     * them passed its timeout together.
     */
    private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

    BoundedQueryProcessor(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ServletOps.error(503, "Interrupted while waiting to run");
        }
        try {
            return readWhole(action, qExec, query, queryStringLog);
        } catch (org.apache.jena.query.QueryExecException e) {
            // a refused SERVICE call is the client's request, answered in one line, not a server fault with a trace
            if (String.valueOf(e.getMessage()).contains("SERVICE")) ServletOps.error(403, e.getMessage());
            throw e;
        } finally {
            running.release();
        }
    }

    private QueryExecResult readWhole(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        QueryExecResult r = super.executeQuery(action, qExec, query, queryStringLog);
        if (!r.isRowSet()) return r;
        RowSet rows = r.rowSet();
        // past SPILL rows the result goes to a temporary file, so many clients asking for large results at once do
        // not hold them all in memory; the file goes when the result has been sent
        DataBag<Binding> read = BagFactory.newDefaultBag(new ThresholdPolicyCount<>(SPILL), SerializationFactoryFinder.bindingSerializationFactory());
        long n = 0;
        try {
            while (rows.hasNext()) {
                if (n++ >= maxRows) {
                    read.close();
                    ServletOps.error(400, "The result has more than " + maxRows + " rows; add LIMIT (or raise serve --max-rows)");
                }
                read.add(rows.next());
            }
        } catch (QueryCancelledException e) {
            read.close();
            ServletOps.error(503, "Query timed out (raise serve --timeout)");
        } catch (RuntimeException e) {
            read.close();
            throw e;
        }
        Iterator<Binding> it = read.iterator();
        Iterator<Binding> closing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = it.hasNext();
                if (!more) read.close();
                return more;
            }

            @Override
            public Binding next() {
                return it.next();
            }
        };
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), closing));
    }
}
