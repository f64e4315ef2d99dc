package org.filmkg.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX that a query's timeout stops. Java's regex engine never looks at the clock, so a pattern that backtracks
 * without end ("(.*x){12}y") would run long past the timeout. Every REGEX in a query is replaced, as the query is
 * optimised, by this one: it matches over a view of the string that checks, every few thousand characters read,
 * whether the query was cancelled (the timeout sets that flag) or has run past its timeout, and then stops it.
 */
public final class GuardedRegex extends E_Regex {
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static volatile boolean installed;

    private GuardedRegex(Expr expr, Expr pattern, Expr flags) {
        super(expr, pattern, flags);
    }

    private GuardedRegex(Expr expr, Expr pattern) {
        super(expr, pattern);
    }

    private static GuardedRegex of(ExprList args) {
        return args.size() > 2 ? new GuardedRegex(args.get(0), args.get(1), args.get(2)) : new GuardedRegex(args.get(0), args.get(1));
    }

    /** Makes every query in this JVM use the guarded REGEX (idempotent). */
    public static synchronized void install() {
        if (installed) return;
        Optimize.setFactory(context -> {
            Rewrite standard = Optimize.stdOptimizationFactory.create(context);
            return op -> standard.rewrite(guard(op));
        });
        installed = true;
    }

    /** The operator with every REGEX replaced by the guarded one. */
    static Op guard(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof GuardedRegex))
                    return of(args);
                return super.transform(func, args);
            }
        }, op);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return of(newArgs);
    }

    /** Without an execution (the optimiser folding constants) there is no timeout to watch: left to run time. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated when the query runs");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node arg = args.get(0).asNode();
        if (!arg.isLiteral()) throw new ExprEvalException("REGEX: not a string: " + arg);
        String text = arg.getLiteralLexicalForm();
        NodeValue p = args.get(1);
        if (!p.isString()) throw new ExprEvalException("REGEX: pattern is not a string: " + p);
        String flags = args.size() > 2 ? args.get(2).getString() : null;
        Pattern pattern = PATTERNS.computeIfAbsent(p.getString() + "\u0000" + (flags == null ? "" : flags),
                k -> RegexEngine.makePattern("REGEX", p.getString(), flags));
        if (PATTERNS.size() > 1000) PATTERNS.clear();
        Context cx = env == null ? null : env.getContext();
        AtomicBoolean cancel = env instanceof org.apache.jena.sparql.engine.ExecutionContext ec ? ec.getCancelSignal() : null;
        if (cancel == null && cx != null && cx.get(ARQConstants.symCancelQuery) instanceof AtomicBoolean b) cancel = b;
        long deadline = System.nanoTime() + timeoutNanos(cx);
        return NodeValue.booleanReturn(pattern.matcher(new Watched(text, cancel, deadline)).find());
    }

    /** The query's timeout from its context (a number of milliseconds, or "first,overall"), else ten seconds. */
    private static long timeoutNanos(Context cx) {
        Object t = cx == null ? null : cx.get(ARQ.queryTimeout);
        long ms = 10_000;
        if (t instanceof Number n) ms = n.longValue();
        else if (t != null) {
            String s = t.toString();
            try {
                ms = Long.parseLong(s.contains(",") ? s.substring(s.indexOf(',') + 1).strip() : s.strip());
            } catch (NumberFormatException e) {
                // keep the default
            }
        }
        return (ms <= 0 ? 10_000 : ms) * 1_000_000L;
    }

    /** The string, read through a check of the cancel flag and the deadline every few thousand characters. */
    private static final class Watched implements CharSequence {
        private final String s;
        private final AtomicBoolean cancel;
        private final long deadline;
        private int reads;

        Watched(String s, AtomicBoolean cancel, long deadline) {
            this.s = s;
            this.cancel = cancel;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && (cancel != null && cancel.get() || System.nanoTime() > deadline))
                throw new QueryCancelledException();
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(s.substring(start, end), cancel, deadline);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
