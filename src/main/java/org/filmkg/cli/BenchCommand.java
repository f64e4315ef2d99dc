package org.filmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.filmkg.bench.Bench;
import org.filmkg.store.DatasetIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: build corpora of N reviews (names perturbed so no cache helps) cold and cached, against bare CoreNLP; 1 against 2 extraction threads; peak heap; serve to first answer; each saved query at 1, 8 and 32 clients from TriG (against a full scan, bare Fuseki and Oxigraph when node is present) and from TDB2. Writes out/bench/results.csv and out/bench/summary.md.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Corpus sizes (default: ${DEFAULT-VALUE}).", defaultValue = "5,100,1000")
    int[] sizes;

    @Option(names = "--clients", split = ",", paramLabel = "C", description = "Concurrent clients (default: ${DEFAULT-VALUE}).", defaultValue = "1,8,32")
    int[] clients;

    @Option(names = "--requests", paramLabel = "R", description = "Requests per query and concurrency (default: ${DEFAULT-VALUE}).", defaultValue = "64")
    int requests;

    @Option(names = "--texts", paramLabel = "DIR", description = "Folders of texts to make corpora from (default: seeds/ and ../shared/dev/reviews when present).")
    List<Path> texts;

    @Option(names = "--out", paramLabel = "DIR", description = "Where results go (default: out/bench).")
    Path out;

    @Option(names = "--store", paramLabel = "DIR", description = "Measure only the endpoint of this TDB2 store (made by ./kg build --db DIR): first answer and every saved query.")
    Path store;

    @Override
    public Integer call() throws Exception {
        for (int[] values : List.of(sizes, clients))
            for (int v : values) if (v < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--sizes and --clients take whole numbers of 1 or more, not " + v);
        if (requests < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--requests must be 1 or more");
        List<Path> from = texts != null ? texts : new ArrayList<>(List.of(Common.defaultInput(), Common.home().resolve("../shared/dev/reviews")));
        Path dir = out != null ? out : Common.home().resolve("out").resolve("bench");
        Files.createDirectories(dir);
        int[] sorted = Arrays.stream(sizes).sorted().toArray();
        Bench bench = new Bench(Bench.texts(from), dir.resolve("work"), Common.home().resolve("queries"), spec.commandLine().getErr());
        if (store != null && !Files.isDirectory(store)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--store " + store + ": no such folder");
        List<Bench.Row> rows = store != null ? bench.store(store, clients, requests) : bench.run(sorted, clients, requests);
        DatasetIO.writeAtomically(dir.resolve("results.csv"), Bench.csv(rows));
        String summary = "# Benchmark\n\n" + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MiB, Java " + System.getProperty("java.version") + "\n\n" + Bench.summary(rows);
        DatasetIO.writeAtomically(dir.resolve("summary.md"), summary);
        spec.commandLine().getOut().print(summary);
        spec.commandLine().getOut().println("\nWrote " + dir.resolve("results.csv") + " and " + dir.resolve("summary.md"));
        return Main.OK;
    }
}
