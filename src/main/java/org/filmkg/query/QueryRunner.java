package org.filmkg.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;

/** Runs SPARQL against a dataset with a timeout and formats the results. */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON }

    private final Dataset dataset;
    private final long timeoutMillis;
    private final java.util.concurrent.atomic.AtomicReference<QueryExecution> running = new java.util.concurrent.atomic.AtomicReference<>();
    private volatile boolean cancelled;
    private int width = Integer.MAX_VALUE / 4;

    public QueryRunner(DatasetGraph ds, long timeoutMillis) {
        Describer.register();
        this.dataset = DatasetFactory.wrap(org.filmkg.store.DatasetIO.unionDefaultView(ds));
        this.timeoutMillis = timeoutMillis;
    }

    /** Tables ({@link Format#TABLE}) no wider than this. */
    public QueryRunner width(int columns) {
        this.width = columns;
        return this;
    }

    /** Stops the running query, if any: it ends with "query cancelled". */
    public void cancel() {
        QueryExecution qe = running.get();
        if (qe != null) {
            cancelled = true;
            qe.abort();
        }
    }

    private QueryExecution start(Query q) {
        cancelled = false;
        QueryExecution qe = QueryExecution.create().query(q).dataset(dataset).timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .set(org.apache.jena.query.ARQ.optIndexJoinStrategy, org.filmkg.store.DatasetIO.substitutionJoins(q, dataset.asDatasetGraph())).build();
        running.set(qe);
        return qe;
    }

    private String stopped() {
        return cancelled ? "query cancelled" : "query timed out after " + timeoutMillis + " ms (raise --timeout)";
    }

    /** A SELECT result: variable names and rows of plain values ("" for unbound). */
    public record Table(List<String> vars, List<List<String>> rows) {}

    public ResultSetRewindable select(Query q) throws KgDataException {
        try {
            return org.apache.jena.system.Txn.calculateRead(dataset, () -> selectInTxn(q));
        } catch (Timeout e) {
            throw new QueryTimeoutException(e.getMessage());
        }
    }

    /** A timeout, carried out of a transaction's lambda. */
    private static final class Timeout extends RuntimeException {
        Timeout(String m) {
            super(m);
        }
    }

    private ResultSetRewindable selectInTxn(Query q) {
        try (QueryExecution qe = start(q)) {
            return ResultSetFactory.copyResults(qe.execSelect());
        } catch (QueryCancelledException e) {
            throw new Timeout(stopped());
        } finally {
            running.set(null);
        }
    }

    public Table table(Query q) throws KgDataException {
        return table(select(q));
    }

    /** Runs any query form and renders it; SELECT/ASK in {@code format}, graphs as Turtle. */
    public String run(Query q, Format format) throws KgDataException {
        if (q.isSelectType()) return render(select(q), format, q);
        try {
            return org.apache.jena.system.Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = start(q)) {
                    if (q.isAskType()) return String.valueOf(qe.execAsk()) + "\n";
                    Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    // Turtle with our prefixes and the query's, not full IRIs everywhere
                    m.setNsPrefixes(org.filmkg.rdf.FK.prefixes(org.filmkg.rdf.Iris.baseOf(dataset.asDatasetGraph())));
                    m.setNsPrefixes(q.getPrologue().getPrefixMapping());
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    RDFDataMgr.write(out, m, Lang.TURTLE);
                    return out.toString(StandardCharsets.UTF_8);
                } catch (QueryCancelledException e) {
                    throw new Timeout(stopped());
                } finally {
                    running.set(null);
                }
            });
        } catch (Timeout e) {
            throw new QueryTimeoutException(e.getMessage());
        }
    }

    /** A SELECT result of {@code q} in a format (the result is read from its start, and can be read again). */
    public String render(ResultSetRewindable rs, Format format, Query q) {
        rs.reset();
        return switch (format) {
            case TABLE -> {
                // the console's renderer: prefixed IRIs, plain literals, cut to the width
                Table t = table(rs);
                yield TableView.table(TableView.compact(t, prefixesFor(q)), width) + t.rows().size() + (t.rows().size() == 1 ? " row\n" : " rows\n");
            }
            case CSV -> Csv.write(table(rs));
            case TSV -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsTSV(out, rs);
                yield out.toString(StandardCharsets.UTF_8);
            }
            case JSON -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsJSON(out, rs);
                yield out.toString(StandardCharsets.UTF_8);
            }
        };
    }

    /** Our prefixes for this dataset, and those the query declares: how tables write IRIs. */
    public org.apache.jena.shared.PrefixMapping prefixesFor(Query q) {
        org.apache.jena.shared.PrefixMapping pm = org.filmkg.rdf.FK.prefixes(org.filmkg.rdf.Iris.baseOf(dataset.asDatasetGraph()));
        pm.setNsPrefixes(q.getPrologue().getPrefixMapping());
        return pm;
    }

    static Table table(ResultSetRewindable rs) {
        rs.reset();
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) row.add(plain(s.get(v)));
            rows.add(row);
        }
        rs.reset();
        return new Table(vars, rows);
    }

    /** IRIs without angle brackets, literals without quotes or datatypes. */
    public static String plain(RDFNode n) {
        if (n == null) return "";
        if (n.isURIResource()) return n.asResource().getURI();
        if (n.isLiteral()) return n.asLiteral().getLexicalForm();
        return "_:" + n.asResource().getId().getLabelString();
    }
}
