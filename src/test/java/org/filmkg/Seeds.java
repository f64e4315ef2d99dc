package org.filmkg;

import java.nio.file.Path;
import org.filmkg.build.Corpus;

/** The seeds built once per test JVM: CoreNLP loads once, and every test reads the same dataset. */
public final class Seeds {
    private static Corpus.Report report;

    private Seeds() {}

    public static synchronized Corpus.Report report() {
        if (report == null) {
            try {
                report = Corpus.build(Path.of("seeds"), Corpus.defaultBase());
            } catch (java.io.IOException | org.filmkg.KgDataException e) {
                throw new IllegalStateException(e);
            }
        }
        return report;
    }
}
