package org.filmkg.server;

import java.util.Iterator;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DataBag;
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
 * Reading first also enforces a limit on rows, with a clear 400 that says to add LIMIT. Results share a budget of rows
 * held in memory (an eighth of the heap, at about a kilobyte a row); a result past 20,000 rows that would overdraw it
 * spills to a temporary file (Jena's data bags, as its own sorting does), so memory stays bounded under many clients
 * while one client's large result does not pay for the file (at 10,000 reviews, writing and reading back evidence's
 * 178,000 rows took about a second).
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    static final int DEFAULT_MAX_ROWS = 1_000_000;
    /** Rows any result may hold in memory; past them it holds more only within the shared budget. */
    static final int SPILL = 20_000;
    /** Rows all results together may hold in memory ({@code -Dkg.resultMemoryRows} sets it). */
    private final long budgetRows = Long.getLong("kg.resultMemoryRows", Math.max(SPILL, Runtime.getRuntime().maxMemory() / 8 / 1024));
    private static final java.util.concurrent.atomic.AtomicLong HELD = new java.util.concurrent.atomic.AtomicLong();
    /** Results that spilled to a file, since start (for tests and logs). */
    static final java.util.concurrent.atomic.AtomicLong SPILLED = new java.util.concurrent.atomic.AtomicLong();
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();
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
        qExec.getContext().set(org.apache.jena.query.ARQ.optIndexJoinStrategy, org.filmkg.store.DatasetIO.substitutionJoins(query, qExec.getDataset()));
        QueryExecResult r = super.executeQuery(action, qExec, query, queryStringLog);
        if (!r.isRowSet()) return r;
        RowSet rows = r.rowSet();
        // past SPILL rows, when results together hold more than the budget, the rest goes to a temporary file, so many
        // clients asking for large results at once do not hold them all in memory; the file goes when the result is sent
        Budget budget = new Budget(budgetRows);
        DataBag<Binding> read = BagFactory.newDefaultBag(budget, SerializationFactoryFinder.bindingSerializationFactory());
        long n = 0;
        try {
            while (rows.hasNext()) {
                if (n++ >= maxRows) {
                    budget.close(read);
                    ServletOps.error(400, "The result has more than " + maxRows + " rows; add LIMIT (or raise serve --max-rows)");
                }
                read.add(rows.next());
            }
        } catch (QueryCancelledException e) {
            budget.close(read);
            ServletOps.error(503, "Query timed out (raise serve --timeout)");
        } catch (RuntimeException e) {
            budget.close(read);
            throw e;
        }
        Iterator<Binding> it = read.iterator();
        Iterator<Binding> closing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = it.hasNext();
                if (!more) budget.close(read);
                return more;
            }

            @Override
            public Binding next() {
                return it.next();
            }
        };
        // a response that breaks off (the client went away) never reaches the end: the budget comes back when the
        // result is unreachable
        CLEANER.register(closing, () -> budget.close(read));
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), closing));
    }

    /**
     * One result's share of the rows held in memory: its first {@link #SPILL} rows, then what the shared budget allows.
     * Once it says "exceeded", the bag writes what it holds to its file and every later row goes there too.
     */
    private static final class Budget implements org.apache.jena.atlas.data.ThresholdPolicy<Binding> {
        private final long budgetRows;
        private long mine;
        private boolean spilled;
        private boolean closed;

        Budget(long budgetRows) {
            this.budgetRows = budgetRows;
        }

        @Override
        public synchronized void increment(Binding b) {
            if (spilled || closed) return;
            mine++;
            HELD.incrementAndGet();
        }

        @Override
        public synchronized boolean isThresholdExceeded() {
            if (!spilled && mine > SPILL && HELD.get() > budgetRows) {
                spilled = true;
                SPILLED.incrementAndGet();
                give();
            }
            return spilled;
        }

        @Override
        public synchronized void reset() {
            // (the bag never calls it: its rows stay where they went until it closes)
        }

        synchronized void close(DataBag<Binding> bag) {
            if (closed) return;
            closed = true;
            give();
            bag.close();
        }

        private void give() {
            HELD.addAndGet(-mine);
            mine = 0;
        }
    }
}
