package org.filmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import picocli.CommandLine.Option;

/** Where a command reads the dataset from: a TriG file, a TDB2 store, or (by default) the build of seeds/. */
final class DataMixin {
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--data", paramLabel = "FILE.trig", description = "A TriG dataset (default: build of seeds/).")
    Path data;

    @Option(names = "--db", paramLabel = "DIR", description = "A TDB2 store made by ./kg build --db DIR.")
    Path db;

    DatasetGraph open(PrintWriter err) throws IOException, KgDataException {
        if (data != null && db != null) throw new picocli.CommandLine.ParameterException(mixee.commandLine(), "give --data or --db, not both");
        return db != null ? Common.database(db) : Common.dataset(data, null, err);
    }
}
