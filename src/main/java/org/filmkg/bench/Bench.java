package org.filmkg.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.filmkg.nlp.NlpPipeline;
import org.filmkg.query.QueryCatalog;
import org.filmkg.review.Review;
import org.filmkg.review.ReviewReader;
import org.filmkg.server.KgServer;
import org.filmkg.store.Corpus;
import org.filmkg.store.DatasetIO;
import org.filmkg.store.ExtractionCache;
import org.filmkg.store.KgDataException;

/**
 * The benchmark: corpora of N reviews made from the given texts with names perturbed (so no cache helps), built
 * cold and then rebuilt from the cache; extraction set against the bare CoreNLP pipeline on the same texts; TriG load
 * speed; peak heap; and each saved query's throughput and latency at several concurrencies, set against a bare
 * Fuseki serving the same data. Writes a CSV of every measurement and returns a Markdown summary.
 */
public final class Bench {
    public record Row(String section, String name, String metric, double value, String unit) {}

    private final List<Review> sources;
    private final Path work;
    private final Path queries;
    private final PrintWriter log;
    private final List<Row> rows = new ArrayList<>();

    public Bench(List<Review> sources, Path work, Path queries, PrintWriter log) {
        if (sources.isEmpty()) throw new IllegalArgumentException("no texts to make corpora from");
        this.sources = sources;
        this.work = work;
        this.queries = queries;
        this.log = log;
    }

    public static List<Review> texts(List<Path> dirs) throws IOException {
        List<Review> out = new ArrayList<>();
        for (Path d : dirs) if (Files.isDirectory(d)) out.addAll(ReviewReader.readDirectory(d).reviews());
        return out;
    }

    /** Copy k of a text: every capitalised word of four letters or more gets a suffix, so names (and the text) differ per copy. */
    public static String perturb(String text, int k) {
        if (k == 0) return text;
        String suffix = Integer.toString(k, 26).chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 26)))).reduce("", String::concat);
        Matcher m = Pattern.compile("\\b(\\p{Lu}\\p{Ll}{3,})\\b").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + suffix));
        m.appendTail(sb);
        return sb.toString();
    }

    /** Writes N reviews into a folder and returns it. */
    Path corpus(int n) throws IOException {
        Path dir = Files.createDirectories(work.resolve("corpus-" + n));
        for (int i = 0; i < n; i++) {
            Review r = sources.get(i % sources.size());
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "r%05d.txt", i)), perturb(r.text(), i / sources.size()));
        }
        return dir;
    }

    public List<Row> run(int[] sizes, int[] concurrency, int requestsPerLevel) throws IOException, KgDataException {
        for (int n : sizes) extraction(n);
        // the endpoint is measured on the largest corpus: query times grow with the data, and that is where they fail
        int onto = sizes[0];
        for (int n : sizes) onto = Math.max(onto, n);
        endpoint(onto, concurrency, requestsPerLevel);
        return rows;
    }

    private void add(String section, String name, String metric, double value, String unit) {
        rows.add(new Row(section, name, metric, value, unit));
        log.printf(Locale.ROOT, "bench: %-10s %-28s %-26s %12.3f %s%n", section, name, metric, value, unit);
        log.flush();
    }

    private void extraction(int n) throws IOException, KgDataException {
        Path dir = corpus(n);
        List<Review> reviews = ReviewReader.readDirectory(dir).reviews();
        long tokens = 0;
        NlpPipeline.shared(); // models load once, outside every timing
        // bare CoreNLP: the same annotators and properties, the same texts, on the same number of threads
        StanfordCoreNLP bare = new StanfordCoreNLP(NlpPipeline.properties());
        long t0 = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> fs = new ArrayList<>();
        for (Review r : reviews) fs.add(pool.submit(() -> {
            Annotation a = new Annotation(r.text());
            bare.annotate(a);
            return a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
        }));
        for (Future<Integer> f : fs) {
            try {
                tokens += f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        pool.shutdown();
        double bareSecs = (System.nanoTime() - t0) / 1e9;

        Path cacheDir = work.resolve("cache-" + n);
        deleteTree(cacheDir);
        PeakHeap heap = new PeakHeap();
        long t1 = System.nanoTime();
        Corpus.Report cold = Corpus.build(dir, new Corpus.Options(Corpus.defaultBase(), org.filmkg.resolve.Overrides.none(),
                new ExtractionCache(cacheDir, true), false, null));
        double coldSecs = (System.nanoTime() - t1) / 1e9;
        long peak = heap.stop();
        long t2 = System.nanoTime();
        Corpus.build(dir, new Corpus.Options(Corpus.defaultBase(), org.filmkg.resolve.Overrides.none(), new ExtractionCache(cacheDir, true), false, null));
        double warmSecs = (System.nanoTime() - t2) / 1e9;

        String name = "N=" + n;
        add("build", name, "bare CoreNLP time", bareSecs, "s");
        add("build", name, "cold build time", coldSecs, "s");
        add("build", name, "extraction reviews/s", n / coldSecs, "reviews/s");
        add("build", name, "extraction tokens/s", tokens / coldSecs, "tokens/s");
        add("build", name, "overhead vs bare CoreNLP", coldSecs / bareSecs, "x (target <= 1.3)");
        add("build", name, "unchanged rebuild time", warmSecs, "s");
        add("build", name, "rebuild speed-up", coldSecs / warmSecs, "x (target >= 20 at N=1000)");
        add("build", name, "peak heap", peak / 1048576.0, "MiB");

        Path trig = work.resolve("corpus-" + n + ".trig");
        DatasetIO.writeAtomically(trig, DatasetIO.toString(cold.dataset(), DatasetIO.Format.TRIG, Corpus.defaultBase()));
        long t3 = System.nanoTime();
        DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(trig).lang(Lang.TRIG).parse(loaded);
        double loadSecs = (System.nanoTime() - t3) / 1e9;
        long triples = loaded.stream().count();
        add("load", name, "triples", triples, "triples");
        add("load", name, "TriG load triples/s", triples / loadSecs, "triples/s");
    }

    private void endpoint(int n, int[] concurrency, int requests) throws IOException, KgDataException {
        DatasetGraph ds = DatasetIO.load(work.resolve("corpus-" + n + ".trig"));
        QueryCatalog catalog = new QueryCatalog(queries);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(64)).build();
        try (KgServer ours = KgServer.start(ds, 0, 60_000, queries)) {
            FusekiServer bare = FusekiServer.create().port(0).loopback(true).add("/kg", ds, false).build().start();
            try {
                // the floor every query pays: a count of every quad in the named graphs
                double[] scan = load(http, ours.url() + "kg/sparql", FULL_SCAN, 1, Math.max(4, requests / 4));
                add("endpoint", "full scan N=" + n, "p50 latency", scan[1], "ms");
                for (String q : catalog.names()) {
                    String text = Files.readString(catalog.resolve(q));
                    for (int c : concurrency) {
                        double[] a = load(http, ours.url() + "kg/sparql", text, c, requests);
                        double[] b = load(http, "http://127.0.0.1:" + bare.getHttpPort() + "/kg/sparql", text, c, requests);
                        String name = q + " c=" + c;
                        add("endpoint", name, "throughput", a[0], "req/s");
                        add("endpoint", name, "p50 latency", a[1], "ms");
                        add("endpoint", name, "p99 latency", a[2], "ms");
                        if (c == 1) add("endpoint", name, "p50 vs full scan", a[1] / scan[1], "x (target <= 3)");
                        add("endpoint", name, "bare Fuseki throughput", b[0], "req/s");
                        add("endpoint", name, "throughput vs bare Fuseki", a[0] / b[0], "x (target >= 0.9)");
                    }
                }
            } finally {
                bare.stop();
            }
        }
    }

    private static final String FULL_SCAN = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    /** {requests/s, p50 ms, p99 ms} for {@code requests} queries sent by {@code clients} concurrent clients. */
    private static double[] load(HttpClient http, String endpoint, String query, int clients, int requests) {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> fs = new ArrayList<>();
        int each = Math.max(1, requests / clients);
        // one warm-up request so neither server pays for its first query in the figures
        send(http, uri);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) fs.add(pool.submit(() -> {
            long[] lat = new long[each];
            for (int i = 0; i < each; i++) {
                long s = System.nanoTime();
                if (!send(http, uri)) throw new IllegalStateException("request failed: " + endpoint);
                lat[i] = System.nanoTime() - s;
            }
            return lat;
        }));
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : fs) {
            try {
                for (long l : f.get()) all.add(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {sorted.length / secs, sorted[(int) Math.floor(0.5 * (sorted.length - 1))] / 1e6,
                sorted[(int) Math.floor(0.99 * (sorted.length - 1))] / 1e6};
    }

    private static boolean send(HttpClient http, URI uri) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Samples the used heap every 50 ms until stopped; returns the highest figure seen. */
    private static final class PeakHeap {
        private volatile boolean running = true;
        private volatile long peak;
        private final Thread t;

        PeakHeap() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
            t = new Thread(() -> {
                while (running) {
                    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
                    peak = Math.max(peak, used);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }

        long stop() {
            running = false;
            long pools = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) pools += p.getPeakUsage().getUsed();
            return Math.max(peak, pools);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(x);
        }
    }

    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("section,name,metric,value,unit\r\n");
        for (Row r : rows)
            sb.append(String.join(",", Arrays.asList(r.section(), r.name(), r.metric(), String.format(Locale.ROOT, "%.4f", r.value()), r.unit().replace(",", ";"))))
                    .append("\r\n");
        return sb.toString();
    }

    /** The summary: every build and load figure, and for the endpoint the mean ratio per concurrency with its worst query. */
    public static String summary(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| section | name | metric | value | unit |\n| --- | --- | --- | ---: | --- |\n");
        for (Row r : rows) {
            if (r.section().equals("endpoint") && !r.metric().startsWith("throughput vs") && !r.metric().startsWith("p50")) continue;
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %s |%n", r.section(), r.name(), r.metric(), r.value(), r.unit()));
        }
        return sb.toString();
    }
}
