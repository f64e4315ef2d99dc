package org.filmkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.build.Corpus;
import org.filmkg.eval.DevSplit;
import org.filmkg.eval.Evaluator;
import org.filmkg.eval.Gold;
import org.filmkg.query.QueryCatalog;
import org.filmkg.store.DatasetIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Build --input (or load --data), run the contract queries and print precision, recall and F1 against gold CSVs, then the misses and false positives.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "Folder with cast.csv, crew.csv, bands.csv, facts.csv (and aliases.csv).")
    Path gold;

    @Option(names = "--dev", paramLabel = "DIR", description = "The shared folder holding dev/ and dev2/: evaluate one half of them (with --half).")
    Path dev;

    @Option(names = "--half", paramLabel = "tuning|checking", description = "With --dev: the tuning half (odd file numbers) or the checking half (even).")
    String half;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of reviews to build (default: seeds/).")
    Path input;

    @Option(names = "--data", paramLabel = "FILE.trig", description = "Evaluate an existing build instead of building.")
    Path data;

    @picocli.CommandLine.Mixin
    BuildMixin build;

    @Option(names = "--brief", description = "Print the scores only, not the misses and false positives.")
    boolean brief;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if ((gold == null) == (dev == null) || (dev == null) != (half == null))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --gold DIR, or --dev DIR with --half tuning|checking");
        if (dev != null) {
            DevSplit.Half h;
            try {
                h = DevSplit.Half.parse(half);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            Path copies = java.nio.file.Files.createTempDirectory("kg-" + h.name().toLowerCase(java.util.Locale.ROOT) + "-");
            try {
                input = copies;
                return evaluate(DevSplit.prepare(dev, h, copies), err);
            } finally {
                deleteCopies(copies);
            }
        }
        return evaluate(Gold.load(gold), err);
    }

    private int evaluate(Gold g, java.io.PrintWriter err) throws Exception {
        DatasetGraph ds;
        if (data != null) {
            ds = DatasetIO.load(data);
        } else {
            Path in = input == null ? Common.defaultInput() : input;
            Corpus.Report report = Corpus.build(in, build.options(in, Corpus.defaultBase(), err));
            report.warnings().forEach(w -> err.println("kg: warning: " + w));
            report.failures().forEach(f -> err.println("kg: " + f));
            ds = report.dataset();
        }
        Evaluator.Report r = new Evaluator(g).evaluate(ds, new QueryCatalog(Common.home().resolve("queries")), 60_000);
        spec.commandLine().getOut().print(Evaluator.format(r, brief));
        return Main.OK;
    }

    /** The half's copied reviews, once built (the build cache keeps what it needs). */
    private static void deleteCopies(Path dir) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.toList()) java.nio.file.Files.deleteIfExists(f);
        }
        java.nio.file.Files.deleteIfExists(dir);
    }
}
