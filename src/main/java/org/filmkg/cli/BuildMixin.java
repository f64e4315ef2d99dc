package org.filmkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.filmkg.KgDataException;
import org.filmkg.build.Corpus;
import org.filmkg.build.ExtractionCache;
import org.filmkg.resolve.Overrides;
import picocli.CommandLine.Option;

/** Options every command that builds shares: the extraction cache and strictness. */
final class BuildMixin {
    @Option(names = "--no-cache", description = "Extract every review again, ignoring (and refreshing) the cache in .kg-cache/.")
    boolean noCache;

    @Option(names = "--strict", description = "Stop at the first review that cannot be read or extracted.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    int threads;

    Corpus.Options options(Path input, String base, PrintWriter err) throws KgDataException {
        if (threads < 0) throw new KgDataException("--threads takes a whole number of 1 or more, not " + threads);
        ExtractionCache cache = new ExtractionCache(Common.home().resolve(".kg-cache"), !noCache);
        return new Corpus.Options(base, Overrides.in(input), cache, strict, new ProgressReporter(err), threads);
    }
}
