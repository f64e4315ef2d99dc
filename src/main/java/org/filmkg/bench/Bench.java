package org.filmkg.bench;

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
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import org.filmkg.build.Corpus;
import org.filmkg.build.ExtractionCache;
import org.filmkg.nlp.NlpPipeline;
import org.filmkg.query.QueryCatalog;
import org.filmkg.review.Review;
import org.filmkg.review.ReviewReader;
import org.filmkg.server.KgServer;
import org.filmkg.store.DatasetIO;
import org.filmkg.store.TdbStore;

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

    /** The largest corpus served from memory (a TriG file); bigger ones are served from TDB2 only, as users would. */
    static final int MEMORY_LIMIT = 1000;
    /** Reviews the bare pipeline and the thread comparison run on: enough for a steady rate, far fewer than 10,000. */
    static final int BARE_SAMPLE = 1000;
    static final int THREAD_SAMPLE = 200;

    public List<Row> run(int[] sizes, int[] concurrency, int requestsPerLevel) throws IOException, KgDataException {
        for (int n : sizes) extraction(n);
        int largest = Arrays.stream(sizes).max().orElseThrow();
        threads(largest);
        // the endpoint is measured on the largest corpus: query times grow with the data, and that is where they fail
        int inMemory = Arrays.stream(sizes).filter(n -> n <= MEMORY_LIMIT).max().orElse(0);
        if (inMemory > 0) endpoint("TriG", inMemory, concurrency, requestsPerLevel);
        endpoint("TDB2", largest, concurrency, requestsPerLevel);
        if (inMemory > 0) oxigraph(inMemory, requestsPerLevel);
        return rows;
    }

    private void add(String section, String name, String metric, double value, String unit) {
        rows.add(new Row(section, name, metric, value, unit));
        log.printf(Locale.ROOT, "bench: %-10s %-28s %-26s %12.3f %s%n", section, name, metric, value, unit);
        log.flush();
    }

    private static Corpus.Options options(ExtractionCache cache, int threads) {
        return new Corpus.Options(Corpus.defaultBase(), org.filmkg.resolve.Overrides.none(), cache, false, null, threads);
    }

    /** Seconds the bare CoreNLP pipeline (same annotators and properties, one thread per core) takes per review, and the tokens. */
    private static double[] bare(List<Review> reviews) {
        StanfordCoreNLP bare = new StanfordCoreNLP(NlpPipeline.properties());
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Integer>> fs = new ArrayList<>();
        for (Review r : reviews) fs.add(pool.submit(() -> {
            Annotation a = new Annotation(r.text());
            bare.annotate(a);
            return a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
        }));
        long tokens = 0;
        for (Future<Integer> f : fs) {
            try {
                tokens += f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        pool.shutdown();
        return new double[] {(System.nanoTime() - t0) / 1e9 / reviews.size(), tokens};
    }

    private void extraction(int n) throws IOException, KgDataException {
        Path dir = corpus(n);
        List<Review> reviews = ReviewReader.readDirectory(dir).reviews();
        NlpPipeline.shared(); // models load once, outside every timing
        List<Review> sample = reviews.subList(0, Math.min(reviews.size(), BARE_SAMPLE));
        double[] bare = bare(sample);

        Path cacheDir = work.resolve("cache-" + n);
        deleteTree(cacheDir);
        Path db = work.resolve("db-" + n);
        deleteTree(db);
        PeakHeap heap = new PeakHeap();
        long t1 = System.nanoTime();
        Corpus.Prepared cold = Corpus.prepare(dir, options(new ExtractionCache(cacheDir, true), 0));
        double extractSecs = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        Corpus.buildInto(db, cold, Corpus.defaultBase());
        double tdbSecs = (System.nanoTime() - t2) / 1e9;
        long peak = heap.stop();
        long t3 = System.nanoTime();
        Corpus.buildInto(db, Corpus.prepare(dir, options(new ExtractionCache(cacheDir, true), 0)), Corpus.defaultBase());
        double warmSecs = (System.nanoTime() - t3) / 1e9;

        String name = "N=" + n;
        add("build", name, "bare CoreNLP per review", bare[0], "s (on " + sample.size() + " reviews)");
        add("build", name, "cold extraction time", extractSecs, "s");
        add("build", name, "extraction reviews/s", n / extractSecs, "reviews/s");
        add("build", name, "overhead vs bare CoreNLP", extractSecs / n / bare[0], "x (target <= 1.5)");
        add("build", name, "TDB2 write time", tdbSecs, "s");
        add("build", name, "cold build time", extractSecs + tdbSecs, "s");
        add("build", name, "unchanged rebuild time", warmSecs, "s");
        add("build", name, "rebuild speed-up", (extractSecs + tdbSecs) / warmSecs, "x");
        add("build", name, "peak heap", peak / 1048576.0, "MiB");

        if (n > MEMORY_LIMIT) return;
        Path trig = work.resolve("corpus-" + n + ".trig");
        DatasetIO.writeAtomically(trig, DatasetIO.toString(new org.filmkg.rdf.GraphBuilder(Corpus.defaultBase()).build(cold.results(), cold.resolution(), Corpus.ontology()),
                DatasetIO.Format.TRIG, Corpus.defaultBase()));
        long t4 = System.nanoTime();
        DatasetGraph loaded = DatasetIO.load(trig);
        double loadSecs = (System.nanoTime() - t4) / 1e9;
        long triples = loaded.stream().count();
        add("load", name, "triples", triples, "triples");
        add("load", name, "TriG load triples/s", triples / loadSecs, "triples/s");
    }

    /**
     * Extraction on one thread against two, on the same reviews with no cache: the extraction phase alone (the
     * resolution and RDF writing after it are serial and timed with the build), after a warm-up that loads the models.
     */
    private void threads(int n) throws IOException, KgDataException {
        List<Review> all = ReviewReader.readDirectory(work.resolve("corpus-" + n)).reviews();
        List<Review> sample = all.subList(0, Math.min(THREAD_SAMPLE, all.size()));
        Corpus.extractAll(all.subList(Math.max(0, all.size() - 5), all.size()), new java.util.ArrayList<>(), null, null, 2);
        double[] secs = new double[3];
        for (int t = 1; t <= 2; t++) {
            long t0 = System.nanoTime();
            Corpus.extractAll(sample, new java.util.ArrayList<>(), null, null, t);
            secs[t] = (System.nanoTime() - t0) / 1e9;
        }
        String name = sample.size() + " reviews";
        add("threads", name, "extraction on 1 thread", secs[1], "s");
        add("threads", name, "extraction on 2 threads", secs[2], "s");
        add("threads", name, "speed-up 1 to 2 threads", secs[1] / secs[2], "x (target >= 1.7)");
    }

    /** The endpoint figures of a store built elsewhere (./kg build --db DIR): first answer and every saved query. */
    public List<Row> store(Path db, int[] concurrency, int requests) throws IOException, KgDataException {
        DatasetGraph ds = TdbStore.open(db);
        long reviews = org.apache.jena.system.Txn.calculateRead(ds, () -> org.apache.jena.atlas.iterator.Iter.count(
                ds.find(Node.ANY, Node.ANY, org.filmkg.rdf.FK.TYPE, org.filmkg.rdf.FK.Review)));
        endpoint("TDB2", (int) reviews, db, concurrency, requests);
        return rows;
    }

    private void endpoint(String from, int n, int[] concurrency, int requests) throws IOException, KgDataException {
        endpoint(from, n, from.equals("TriG") ? work.resolve("corpus-" + n + ".trig") : work.resolve("db-" + n), concurrency, requests);
    }

    /**
     * Serves corpus N from a TriG file or from TDB2 in a fresh JVM (as {@code ./kg serve} would) and times its first
     * answer; then each saved query at each concurrency, set against a full scan and, from TriG, against bare Fuseki.
     */
    private void endpoint(String from, int n, Path source, int[] concurrency, int requests) throws IOException, KgDataException {
        String label = from + " N=" + n;
        // this JVM holds the store's lock, so the new one serves a copy of it
        Path served = source;
        if (from.equals("TDB2")) {
            served = work.resolve("db-" + n + "-copy");
            deleteTree(served);
            copyTree(source, served);
        }
        add("endpoint", label, "serve to first answer", firstAnswer(from, served), "s (target <= 3 from TDB2)");
        DatasetGraph ds = from.equals("TriG") ? DatasetIO.load(source) : TdbStore.open(source);
        QueryCatalog catalog = new QueryCatalog(queries);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(64)).build();
        try (KgServer ours = KgServer.start(ds, 0, 60_000, queries)) {
            FusekiServer bare = from.equals("TriG") ? FusekiServer.create().port(0).loopback(true).add("/kg", ds, false).build().start() : null;
            try {
                // the floor every query pays: a count of every quad in the named graphs
                double[] scan = load(http, ours.url() + "kg/sparql", FULL_SCAN, 1, Math.max(4, requests / 4));
                add("endpoint", "full scan " + label, "p50 latency", scan[1], "ms");
                for (String q : catalog.names()) {
                    String text = Files.readString(catalog.resolve(q));
                    for (int c : concurrency) {
                        double[] a = load(http, ours.url() + "kg/sparql", text, c, requests);
                        String name = q + " c=" + c + " " + label;
                        add("endpoint", name, "throughput", a[0], "req/s");
                        add("endpoint", name, "p50 latency", a[1], "ms");
                        add("endpoint", name, "p99 latency", a[2], "ms");
                        add("endpoint", name, "failed requests", a[3], "requests");
                        if (c == 1) add("endpoint", name, "p50 vs full scan", a[1] / scan[1], "x (target <= 3)");
                        if (bare == null) continue;
                        double[] b = load(http, "http://127.0.0.1:" + bare.getHttpPort() + "/kg/sparql", text, c, requests);
                        add("endpoint", name, "bare Fuseki throughput", b[0], "req/s");
                        add("endpoint", name, "throughput vs bare Fuseki", a[0] / b[0], "x (target >= 0.9)");
                    }
                }
            } finally {
                if (bare != null) bare.stop();
            }
        }
    }

    private static final String FIRST_ROW = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1";

    /** Seconds from starting {@code kg serve} in a new JVM to its first answer. */
    private double firstAnswer(String from, Path source) throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dlog4j2.level=WARN", "org.filmkg.cli.Main",
                "serve", from.equals("TriG") ? "--data" : "--db", source.toString(), "--port", String.valueOf(port));
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // the first answer to a query that reads one statement: readiness, not the cost of a scan
        URI uri = URI.create("http://127.0.0.1:" + port + "/kg/sparql?query=" + URLEncoder.encode(FIRST_ROW, StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            while (p.isAlive() && System.nanoTime() - t0 < 600e9) {
                if (send(http, uri)) return (System.nanoTime() - t0) / 1e9;
                Thread.sleep(20);
            }
            throw new IllegalStateException("kg serve " + source + " gave no answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            p.destroy();
        }
    }

    /**
     * The same queries in Oxigraph (the npm package, run in node, in memory) on the same TriG: load time, full scan
     * and each query's p50, set against ours on one client. Skipped with a line when node or npm is absent.
     */
    private void oxigraph(int n, int requests) throws IOException {
        Path dir = Files.createDirectories(work.resolve("oxigraph"));
        try {
            if (!Files.isDirectory(dir.resolve("node_modules/oxigraph"))) {
                Process npm = new ProcessBuilder("npm", "install", "--silent", "--prefix", dir.toString(), "oxigraph@0.5").redirectErrorStream(true).start();
                String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (npm.waitFor() != 0) throw new IOException("npm install oxigraph failed: " + out.strip());
            }
            Map<String, String> qs = new java.util.TreeMap<>();
            QueryCatalog catalog = new QueryCatalog(queries);
            for (String q : catalog.names()) qs.put(q, Files.readString(catalog.resolve(q)));
            qs.put("full scan", FULL_SCAN);
            StringBuilder json = new StringBuilder("{");
            for (Map.Entry<String, String> e : qs.entrySet())
                json.append(json.length() > 1 ? "," : "").append(jsonString(e.getKey())).append(":").append(jsonString(e.getValue()));
            Files.writeString(dir.resolve("queries.json"), json.append("}").toString());
            try (var in = Bench.class.getResourceAsStream("oxigraph.js")) {
                Files.write(dir.resolve("run.js"), in.readAllBytes());
            }
            Process node = new ProcessBuilder("node", dir.resolve("run.js").toString(), work.resolve("corpus-" + n + ".trig").toString(),
                    dir.resolve("queries.json").toString(), String.valueOf(Math.max(4, requests / 4))).directory(dir.toFile()).start();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (node.waitFor() != 0) throw new IOException("node run.js failed: " + err.strip());
            for (String line : out.strip().split("\n")) {
                String[] f = line.split("\t");
                if (f.length < 2) continue;
                double ms = Double.parseDouble(f[1]);
                String name = f[0].equals("load") ? "load" : f[0] + " c=1 TriG N=" + n;
                add("oxigraph", f[0].equals("load") ? "TriG N=" + n : name, f[0].equals("load") ? "load time" : "p50 latency", ms, "ms");
                java.util.Optional<Row> ours = rows.stream().filter(r -> r.section().equals("endpoint") && r.name().equals(name) && r.metric().equals("p50 latency")).findFirst();
                ours.ifPresent(r -> add("oxigraph", name, "ours vs Oxigraph p50", r.value() / ms, "x (target <= 1)"));
                // the same query writing its results as a SPARQL JSON document, as our server must
                if (f.length >= 3) {
                    double asJson = Double.parseDouble(f[2]);
                    add("oxigraph", name, "p50 latency, results as SPARQL JSON", asJson, "ms");
                    ours.ifPresent(r -> add("oxigraph", name, "ours vs Oxigraph p50, SPARQL JSON", r.value() / asJson, "x (target <= 1)"));
                }
            }
            oxigraphOverHttp(dir, n, qs, requests);
        } catch (IOException | KgDataException e) {
            log.println("bench: oxigraph skipped: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Oxigraph served over HTTP by a few lines of node, each query timed by the same client as ours on one client: the
     * like-for-like comparison (the in-process figures pay no request, no socket and no response).
     */
    private void oxigraphOverHttp(Path dir, int n, Map<String, String> qs, int requests) throws IOException, InterruptedException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process node = new ProcessBuilder("node", dir.resolve("run.js").toString(), "serve", work.resolve("corpus-" + n + ".trig").toString(), String.valueOf(port))
                .directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (!"ready".equals(line)) throw new IOException("oxigraph over HTTP did not start: " + line);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (Map.Entry<String, String> q : qs.entrySet()) {
                if (q.getKey().equals("full scan")) continue;
                double[] a = load(http, "http://127.0.0.1:" + port + "/sparql", q.getValue(), 1, requests);
                String name = q.getKey() + " c=1 TriG N=" + n;
                add("oxigraph", name, "p50 latency over HTTP", a[1], "ms");
                rows.stream().filter(r -> r.section().equals("endpoint") && r.name().equals(name) && r.metric().equals("p50 latency")).findFirst()
                        .ifPresent(r -> add("oxigraph", name, "ours vs Oxigraph p50, both over HTTP", r.value() / a[1], "x (target <= 1)"));
            }
        } finally {
            node.destroy();
        }
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private static final String FULL_SCAN = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    /** {requests/s, p50 ms, p99 ms, failed requests} for {@code requests} queries sent by {@code clients} concurrent clients. */
    private static double[] load(HttpClient http, String endpoint, String query, int clients, int requests) {
        URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> fs = new ArrayList<>();
        int each = Math.max(1, requests / clients);
        // warm-up, the same for every server: a quarter as many requests as are timed (at least one), and more until a
        // second has passed (at most 200), so no server's figures hold its first compilations of this query's code.
        // With 16 timed requests and 4 warm-ups, a JVM's p50 on a 20 ms query still counted some of them.
        long warmUntil = System.nanoTime() + 1_000_000_000L;
        for (int w = 0; w < 200 && (w < Math.max(1, requests / 4) || System.nanoTime() < warmUntil); w++) send(http, uri);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) fs.add(pool.submit(() -> {
            long[] lat = new long[each];
            for (int i = 0; i < each; i++) {
                long s = System.nanoTime();
                // a failed request (a 503 at the timeout) is counted and kept out of the latencies
                lat[i] = send(http, uri) ? System.nanoTime() - s : -1;
            }
            return lat;
        }));
        List<Long> all = new ArrayList<>();
        int failed = 0;
        for (Future<long[]> f : fs) {
            try {
                for (long l : f.get()) {
                    if (l < 0) failed++;
                    else all.add(l);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) return new double[] {0, Double.NaN, Double.NaN, failed};
        return new double[] {sorted.length / secs, sorted[(int) Math.floor(0.5 * (sorted.length - 1))] / 1e6,
                sorted[(int) Math.floor(0.99 * (sorted.length - 1))] / 1e6, failed};
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

    /** A copy of a folder, without TDB2's lock file. */
    static void copyTree(Path from, Path to) throws IOException {
        try (var s = Files.walk(from)) {
            for (Path x : s.toList()) {
                if (x.getFileName().toString().equals("tdb.lock")) continue;
                Path y = to.resolve(from.relativize(x).toString());
                if (Files.isDirectory(x)) Files.createDirectories(y);
                else Files.copy(x, y);
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.deleteIfExists(x);
        }
    }

    public static String csv(List<Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) out.add(List.of(r.section(), r.name(), r.metric(), String.format(Locale.ROOT, "%.4f", r.value()), r.unit()));
        return org.filmkg.query.Csv.write(List.of("section", "name", "metric", "value", "unit"), out);
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
