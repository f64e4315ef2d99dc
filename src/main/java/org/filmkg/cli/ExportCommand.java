package org.filmkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.filmkg.store.DatasetIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Linked-data export of the dataset: turtle, trig, jsonld, nt or nq.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    DataMixin source;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "turtle", description = "turtle (default), trig, jsonld, nt or nq.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        DatasetIO.Format fmt;
        try {
            fmt = DatasetIO.Format.parse(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("kg: " + e.getMessage());
            return Main.USAGE;
        }
        var ds = source.open(spec.commandLine().getErr());
        // inside a read transaction, so a TDB2 store exports too
        String text = org.apache.jena.system.Txn.calculateRead(ds, () -> DatasetIO.toString(ds, fmt, org.filmkg.rdf.Iris.baseOf(ds)));
        if (out == null) spec.commandLine().getOut().print(text);
        else DatasetIO.writeAtomically(out, text);
        return Main.OK;
    }
}
