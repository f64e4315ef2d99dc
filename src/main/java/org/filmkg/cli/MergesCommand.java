package org.filmkg.cli;

import java.util.concurrent.Callable;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "merges", mixinStandardHelpOptions = true, description = "List every entity-resolution merge: the spellings joined, why, and the score.")
final class MergesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    DataMixin source;

    @Override
    public Integer call() throws Exception {
        var q = QueryCatalog.parse(new QueryCatalog(Common.home().resolve("queries")).resolve("merges"));
        spec.commandLine().getOut().print(new QueryRunner(source.open(spec.commandLine().getErr()), 10_000).run(q, QueryRunner.Format.TABLE));
        return Main.OK;
    }
}
