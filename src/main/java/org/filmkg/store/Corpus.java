package org.filmkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.filmkg.extract.Extraction;
import org.filmkg.rdf.GraphBuilder;
import org.filmkg.resolve.Overrides;
import org.filmkg.resolve.Resolution;
import org.filmkg.resolve.Resolver;
import org.filmkg.review.Review;
import org.filmkg.review.ReviewReadException;
import org.filmkg.review.ReviewReader;

/** Builds the dataset of a folder of reviews: read, extract (in parallel), resolve, write RDF. */
public final class Corpus {
    private Corpus() {}

    /** What a build produced, and what it could not use. */
    public record Report(DatasetGraph dataset, List<Extraction.Result> results, Resolution resolution,
                         List<String> failures, List<String> warnings) {}

    /** Builds a folder, honouring the {@code resolve-overrides.ttl} beside its reviews when there is one. */
    public static Report build(Path inputDir, String base) throws IOException, KgDataException {
        return build(inputDir, base, Overrides.in(inputDir));
    }

    public static Report build(Path inputDir, String base, Overrides overrides) throws IOException {
        ReviewReader.Result read = ReviewReader.readDirectory(inputDir);
        List<String> failures = new ArrayList<>();
        for (ReviewReadException e : read.failures()) failures.add(e.getMessage());
        List<Extraction.Result> results = extractAll(read.reviews(), failures);
        Resolution resolution = new Resolver(overrides).resolve(results);
        DatasetGraph ds = new GraphBuilder(base).build(results, resolution, ontology());
        return new Report(ds, results, resolution, failures, read.warnings());
    }

    /** Extracts every review on all cores; a review that fails is reported and left out. */
    public static List<Extraction.Result> extractAll(List<Review> reviews, List<String> failures) {
        Extraction extraction = new Extraction();
        int threads = Math.max(1, Math.min(reviews.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Extraction.Result>> futures = new ArrayList<>();
            for (Review r : reviews) futures.add(pool.submit(() -> extraction.run(r)));
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
            pool.shutdownNow();
        }
    }

    /** The ontology shipped with the program (ontology/filmkg.ttl). */
    public static Graph ontology() {
        return resourceGraph("/ontology/filmkg.ttl");
    }

    public static Graph resourceGraph(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing resource " + resource);
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return g;
    }

    public static String defaultBase() {
        return GraphBuilder.DEFAULT_BASE;
    }
}
