package org.filmkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import org.filmkg.build.Corpus;
import org.filmkg.store.DatasetIO;

/** What several commands share: where the project's folders are, and getting a dataset (built or loaded). */
final class Common {
    private Common() {}

    /** The project folder ({@code kg.home}, set by the launcher), where seeds/ and queries/ live. */
    static Path home() {
        return Path.of(System.getProperty("kg.home", "."));
    }

    static Path defaultInput() {
        return home().resolve("seeds");
    }

    static Path defaultOut() {
        return home().resolve("out").resolve("kg.trig");
    }

    /**
     * The dataset to query or serve: --data if given, else the build of --input (default seeds/), reusing
     * out/kg.trig when it is newer than every review in the default input.
     */
    static DatasetGraph dataset(Path data, Path input, PrintWriter err) throws IOException, KgDataException {
        return dataset(data, input, Corpus.defaultBase(), new BuildMixin(), err);
    }

    /** As above, minting IRIs under {@code base} when it builds (the default build is reused only for the default base). */
    static DatasetGraph dataset(Path data, Path input, String base, BuildMixin build, PrintWriter err) throws IOException, KgDataException {
        if (data != null) return DatasetIO.load(data);
        Path in = input == null ? defaultInput() : input;
        Path cached = defaultOut();
        boolean defaults = input == null && base.equals(Corpus.defaultBase());
        if (defaults && Files.isRegularFile(cached) && newerThanAll(cached, in) && newerThanProgram(cached)) return DatasetIO.load(cached);
        Corpus.Report report = Corpus.build(in, build.options(in, base, err));
        report.warnings().forEach(w -> err.println("kg: warning: " + w));
        report.failures().forEach(f -> err.println("kg: " + f));
        if (defaults) DatasetIO.writeAtomically(cached, DatasetIO.toString(report.dataset(), DatasetIO.Format.TRIG, base));
        return report.dataset();
    }

    /** A TDB2 store made by {@code ./kg build --db DIR}. */
    static DatasetGraph database(Path db) throws KgDataException {
        if (!Files.isDirectory(db)) throw new KgDataException(db + ": no such database (run ./kg build --db " + db + " first)");
        return org.filmkg.store.TdbStore.open(db);
    }

    /** A build made by an older version of the program (its jar or classes) is stale too. */
    private static boolean newerThanProgram(Path file) {
        try {
            Path code = Path.of(Common.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.getLastModifiedTime(code).compareTo(Files.getLastModifiedTime(file)) < 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean newerThanAll(Path file, Path dir) throws IOException {
        FileTime t = Files.getLastModifiedTime(file);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).allMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).compareTo(t) < 0;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
