package org.filmkg.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import org.filmkg.extract.Extraction;
import org.filmkg.rdf.GraphBuilder;
import org.filmkg.resolve.Overrides;
import org.filmkg.resolve.Resolution;
import org.filmkg.resolve.Resolver;
import org.filmkg.review.Review;
import org.filmkg.review.ReviewReadException;
import org.filmkg.review.ReviewReader;
import org.filmkg.store.DatasetIO;
import org.filmkg.store.TdbStore;

/** Builds the dataset of a folder of reviews: read, extract (in parallel), resolve, write RDF. */
public final class Corpus {
    private Corpus() {}

    /** What a build produced, and what it could not use. */
    public record Report(DatasetGraph dataset, List<Extraction.Result> results, Resolution resolution,
                         List<String> failures, List<String> warnings) {}

    /** Reports progress of extraction: reviews done out of total. */
    public interface Progress {
        void update(int done, int total);

        /** A stage begins that takes a while before any review is done ("loading NLP models"). */
        default void stage(String what) {}
    }

    /**
     * How to build: the IRI base, the user's resolution overrides, the extraction cache (null: none), whether to stop
     * at the first bad review, a progress listener (null: none) and the number of extraction threads (0: one per core).
     */
    public record Options(String base, Overrides overrides, ExtractionCache cache, boolean strict, Progress progress, int threads) {
        /** Extraction on every core. */
        public Options(String base, Overrides overrides, ExtractionCache cache, boolean strict, Progress progress) {
            this(base, overrides, cache, strict, progress, 0);
        }

        /** The extraction threads: as given, or one per core when 0. */
        public int threadCount() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** Builds a folder, honouring the {@code resolve-overrides.ttl} beside its reviews when there is one. */
    public static Report build(Path inputDir, String base) throws IOException, KgDataException {
        return build(inputDir, new Options(base, Overrides.in(inputDir), null, false, null));
    }

    public static Report build(Path inputDir, Options o) throws IOException, KgDataException {
        Prepared p = prepare(inputDir, o);
        DatasetGraph ds = DatasetIO.forQueries(new GraphBuilder(o.base()).build(p.results(), p.resolution(), ontology()));
        return new Report(ds, p.results(), p.resolution(), p.failures(), p.warnings());
    }

    /** What a build knows before it writes any RDF: the facts of every review and how their names resolve. */
    public record Prepared(List<Extraction.Result> results, Resolution resolution, List<String> failures, List<String> warnings) {}

    /** Builds a folder straight into a TDB2 store, graph by graph, without the whole dataset in memory. */
    public static TdbStore.Sync buildInto(Path db, Prepared p, String base) {
        return TdbStore.sync(db, sink -> new GraphBuilder(base).emit(p.results(), p.resolution(), ontology(), sink));
    }

    /** Reads, extracts and resolves a folder of reviews. */
    public static Prepared prepare(Path inputDir, Options o) throws IOException, KgDataException {
        ReviewReader.Result read = ReviewReader.readDirectory(inputDir);
        List<String> failures = new ArrayList<>();
        for (ReviewReadException e : read.failures()) failures.add(e.getMessage());
        if (o.strict() && !failures.isEmpty()) throw new KgDataException(failures.get(0) + " (--strict stops at the first bad review)");
        // what one review says can support another review of the same film (extracted and cached review by review)
        List<Extraction.Result> results = org.filmkg.extract.CorpusCues.apply(extractAll(read.reviews(), failures, o.cache(), o.progress(), o.threadCount()));
        if (o.strict() && !failures.isEmpty()) throw new KgDataException(failures.get(0) + " (--strict stops at the first bad review)");
        List<String> warnings = new ArrayList<>(read.warnings());
        for (Extraction.Result r : results)
            if (r.facts().stream().noneMatch(f -> f instanceof org.filmkg.extract.Fact.Film))
                warnings.add(r.review().source() + ": names no film that could be found; its statements are kept without one");
        Resolution resolution = new Resolver(o.overrides()).resolve(results);
        return new Prepared(results, resolution, failures, warnings);
    }

    /**
     * Extracts every review on {@code threads} threads, taking unchanged texts from the cache (then NLP models are never loaded
     * for them); a review that fails is reported and left out.
     */
    public static List<Extraction.Result> extractAll(List<Review> reviews, List<String> failures, ExtractionCache cache, Progress progress, int threads) {
        Extraction extraction = new Extraction();
        int total = reviews.size();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<Future<Extraction.Result>> futures = new ArrayList<>();
        ExecutorService pool = null;
        try {
            for (Review r : reviews) {
                java.util.Optional<List<org.filmkg.extract.Fact>> hit = cache == null ? java.util.Optional.empty() : cache.get(r.text());
                if (hit.isPresent()) {
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(new Extraction.Result(r, hit.get())));
                    if (progress != null) progress.update(done.incrementAndGet(), total);
                    continue;
                }
                if (pool == null) {
                    pool = Executors.newFixedThreadPool(Math.max(1, Math.min(total, threads)));
                    if (progress != null) progress.stage("loading NLP models (about 20 s) for the reviews not in the cache");
                }
                futures.add(pool.submit(() -> {
                    org.slf4j.MDC.put("review", r.source());
                    Extraction.Result res;
                    try {
                        res = extraction.run(r);
                    } finally {
                        org.slf4j.MDC.remove("review");
                    }
                    if (cache != null) cache.put(r.text(), res.facts());
                    if (progress != null) progress.update(done.incrementAndGet(), total);
                    return res;
                }));
            }
            List<Extraction.Result> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    failures.add(reviews.get(i).source() + ": extraction failed: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while extracting", e);
                }
            }
            return out;
        } finally {
            if (pool != null) pool.shutdownNow();
        }
    }

    /** The ontology shipped with the program (ontology/filmkg.ttl). */
    public static Graph ontology() {
        return DatasetIO.resourceGraph("/ontology/filmkg.ttl");
    }

    public static String defaultBase() {
        return org.filmkg.rdf.Iris.DEFAULT_BASE;
    }
}
