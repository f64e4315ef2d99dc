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
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.store.KgDataException;

/** Runs SPARQL against a dataset with a timeout and formats the results. */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON }

    private final Dataset dataset;
    private final long timeoutMillis;

    public QueryRunner(DatasetGraph ds, long timeoutMillis) {
        Describer.register();
        this.dataset = DatasetFactory.wrap(org.filmkg.store.DatasetIO.unionDefaultView(ds));
        this.timeoutMillis = timeoutMillis;
    }

    /** A SELECT result: variable names and rows of plain values ("" for unbound). */
    public record Table(List<String> vars, List<List<String>> rows) {}

    public ResultSetRewindable select(Query q) throws KgDataException {
        try {
            return org.apache.jena.system.Txn.calculateRead(dataset, () -> selectInTxn(q));
        } catch (Timeout e) {
            throw new KgDataException(e.getMessage());
        }
    }

    /** A timeout, carried out of a transaction's lambda. */
    private static final class Timeout extends RuntimeException {
        Timeout(String m) {
            super(m);
        }
    }

    private ResultSetRewindable selectInTxn(Query q) {
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(dataset).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
            return ResultSetFactory.copyResults(qe.execSelect());
        } catch (QueryCancelledException e) {
            throw new Timeout("query timed out after " + timeoutMillis + " ms (raise --timeout)");
        }
    }

    public Table table(Query q) throws KgDataException {
        return table(select(q));
    }

    /** Runs any query form and renders it; SELECT/ASK in {@code format}, graphs as Turtle. */
    public String run(Query q, Format format) throws KgDataException {
        if (q.isSelectType()) {
            ResultSetRewindable rs = select(q);
            return switch (format) {
                case TABLE -> ResultSetFormatter.asText(rs, q.getPrologue());
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
        try {
            return org.apache.jena.system.Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.create().query(q).dataset(dataset).timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                    if (q.isAskType()) return String.valueOf(qe.execAsk()) + "\n";
                    Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    RDFDataMgr.write(out, m, Lang.TURTLE);
                    return out.toString(StandardCharsets.UTF_8);
                } catch (QueryCancelledException e) {
                    throw new Timeout("query timed out after " + timeoutMillis + " ms (raise --timeout)");
                }
            });
        } catch (Timeout e) {
            throw new KgDataException(e.getMessage());
        }
    }

    private static Table table(ResultSetRewindable rs) {
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
