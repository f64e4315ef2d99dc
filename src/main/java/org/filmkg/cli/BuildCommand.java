package org.filmkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.filmkg.build.Corpus;
import org.filmkg.store.DatasetIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract every *.txt review under --input and write a TriG dataset: one named graph per review, plus the ontology and the cross-review entities.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of reviews (default: seeds/).")
    Path input;

    @Option(names = "--out", paramLabel = "FILE.trig", description = "Output file (default: out/kg.trig).")
    Path out;

    @picocli.CommandLine.Mixin
    BuildMixin build;

    @Option(names = "--db", paramLabel = "DIR", description = "Keep the dataset in a TDB2 store, written graph by graph as they are made in one transaction; only changed graphs are rewritten (no TriG unless --out is given).")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", description = "Base for minted IRIs (default: ${DEFAULT-VALUE}).", defaultValue = "http://localhost:3030/")
    String base;

    @Override
    public Integer call() throws Exception {
        Path in = input == null ? Common.defaultInput() : input;
        Path target = out == null ? Common.defaultOut() : out;
        // a build killed with kill -9 leaves its temporary file beside the output: cleared as the next build starts
        if (Files.isDirectory(target.toAbsolutePath().getParent())) DatasetIO.removeStaleTemporaries(target.toAbsolutePath().getParent(), target.getFileName().toString());
        var err = spec.commandLine().getErr();
        String mint = base.endsWith("/") ? base : base + "/";
        Corpus.Prepared prepared = Corpus.prepare(in, build.options(in, mint, err));
        // every review is extracted: the models' heap goes to writing the graphs
        org.filmkg.nlp.NlpPipeline.release();
        if (prepared.results().isEmpty() && prepared.failures().isEmpty()) {
            err.println("kg: warning: " + in + " holds no *.txt review; nothing built");
            return Main.FAILED;
        }
        prepared.warnings().forEach(w -> err.println("kg: warning: " + w));
        prepared.failures().forEach(f -> err.println("kg: " + f));
        String where;
        if (db != null) {
            // graph by graph into the store: the dataset is never whole in memory
            org.filmkg.store.TdbStore.Sync s;
            try {
                s = Corpus.buildInto(db, prepared, mint);
            } catch (InternalError | RuntimeException e) {
                // a full disk reaches TDB2's memory-mapped files as an InternalError (or an IOException inside a
                // runtime one); the write transaction was aborted, so the store keeps its last committed build
                if (!diskFull(e)) throw e;
                throw new org.filmkg.KgDataException(db + ": the disk is full; nothing of this build was committed, the store keeps its last build");
            }
            where = db + " (" + s.written() + " graph(s) written, " + s.unchanged() + " unchanged, " + s.dropped() + " dropped)";
        } else {
            where = target.toString();
        }
        if (db == null || out != null) {
            var ds = new org.filmkg.rdf.GraphBuilder(mint).build(prepared.results(), prepared.resolution(), Corpus.ontology());
            DatasetIO.writeAtomically(target, DatasetIO.toString(ds, DatasetIO.Format.TRIG, mint));
            if (db != null) where += " and " + target;
        }
        spec.commandLine().getOut().println("Built " + prepared.results().size() + " review(s) into " + where
                + (prepared.failures().isEmpty() ? "" : "; " + prepared.failures().size() + " failed"));
        return prepared.failures().isEmpty() ? Main.OK : Main.FAILED;
    }

    /** An error that means no space was left: an unsafe memory fault on a mapped file, or "No space left on device". */
    static boolean diskFull(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (c instanceof InternalError && m.contains("unsafe memory access") || m.contains("No space left on device")) return true;
        }
        return false;
    }
}
