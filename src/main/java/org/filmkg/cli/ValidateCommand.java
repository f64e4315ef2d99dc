package org.filmkg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.filmkg.store.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check every review graph against the SHACL shapes in ontology/shapes.ttl (and, for a --db store, each graph against its recorded digest).")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    DataMixin source;

    @Override
    public Integer call() throws Exception {
        var ds = source.open(spec.commandLine().getErr());
        List<String> problems = new java.util.ArrayList<>(org.apache.jena.system.Txn.calculateRead(ds, () -> Validation.validate(ds)));
        // a TDB2 store also records each graph's digest: they must match what the graphs hold
        if (source.db != null) problems.addAll(org.apache.jena.system.Txn.calculateRead(ds, () -> org.filmkg.store.TdbStore.digestProblems(ds)));
        problems.forEach(p -> spec.commandLine().getOut().println(p));
        spec.commandLine().getOut().println(problems.isEmpty() ? "All review graphs conform." : problems.size() + " violation(s).");
        return problems.isEmpty() ? Main.OK : Main.FAILED;
    }
}
