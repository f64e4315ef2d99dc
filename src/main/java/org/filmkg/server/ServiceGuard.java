package org.filmkg.server;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * SERVICE for the endpoints the user names and nothing else. With none named (the default) SERVICE is off altogether;
 * with some, every SERVICE call is checked against the list, after its variable (SERVICE ?u) is bound, before any
 * connection is made.
 */
final class ServiceGuard {
    private ServiceGuard() {}

    static void apply(Context cx, List<String> allowed) {
        if (allowed.isEmpty()) {
            cx.set(ARQ.httpServiceAllowed, false);
            return;
        }
        Set<String> endpoints = Set.copyOf(allowed);
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.standardRegistry().copy();
        registry.addSingleLink((opExecute, original, binding, execCxt, chain) -> {
            Node service = opExecute.getService();
            if (service == null || !service.isURI() || !endpoints.contains(service.getURI()))
                throw new QueryExecException("SERVICE " + (service == null ? "?" : service) + " is not allowed (serve --allow-service names the endpoints that are)");
            return chain.createExecution(opExecute, original, binding, execCxt);
        });
        ServiceExecutorRegistry.set(cx, registry);
        cx.set(ARQ.httpServiceAllowed, true);
    }
}
