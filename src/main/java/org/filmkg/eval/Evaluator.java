package org.filmkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.KgDataException;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;

/**
 * Scores a built dataset against gold annotations through the contract queries ({@code cast.rq}, {@code crew.rq},
 * {@code bands.rq}, {@code reviews.rq}): what a user of the queries sees is what gets measured.
 */
public final class Evaluator {
    /** One fact of one review: its fields in a fixed order per metric. */
    record Item(String file, List<String> fields) {
        String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        @Override
        public String toString() {
            return file + ": " + String.join(" | ", fields);
        }
    }

    /** A metric's counts and what did not match. */
    public record Score(String metric, int gold, int predicted, int matched, List<String> misses, List<String> falsePositives) {
        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public record Report(Set<String> files, List<Score> scores) {
        public Score score(String metric) {
            return scores.stream().filter(s -> s.metric.equals(metric)).findFirst().orElseThrow();
        }
    }

    private interface Match {
        boolean test(Item gold, Item predicted);
    }

    private final Gold gold;
    private final Map<String, Map<String, String>> aliases = new HashMap<>();

    public Evaluator(Gold gold) {
        this.gold = gold;
        for (Map<String, String> a : gold.aliases())
            aliases.computeIfAbsent(a.get("file"), f -> new HashMap<>()).put(Fair.norm(a.get("as_written")), a.get("canonical"));
    }

    public Report evaluate(DatasetGraph ds, QueryCatalog queries, long timeoutMillis) throws KgDataException {
        QueryRunner runner = new QueryRunner(ds, timeoutMillis);
        List<Map<String, String>> cast = rows(runner, queries, "cast");
        List<Map<String, String>> crew = rows(runner, queries, "crew");
        List<Map<String, String>> bands = rows(runner, queries, "bands");
        List<Map<String, String>> reviews = rows(runner, queries, "reviews");
        Set<String> files = new TreeSet<>();
        for (Map<String, String> r : reviews) files.add(r.get("source"));

        List<Score> scores = new ArrayList<>();
        // cast
        scores.add(score("cast actor", files,
                items(gold.cast(), "file", "actor"), items(cast, "source", "actor", "actorAsWritten"),
                (g, p) -> samePerson(g.file, g.field(0), p.field(0), p.field(1))));
        scores.add(score("cast character", files,
                items(gold.cast(), "file", "actor", "character"), items(cast, "source", "actor", "actorAsWritten", "character"),
                (g, p) -> samePerson(g.file, g.field(0), p.field(0), p.field(1)) && sameCharacter(g.file, g.field(1), p.field(2))));
        scores.add(score("cast role description", files,
                items(gold.cast(), "file", "actor", "role_description"), items(cast, "source", "actor", "actorAsWritten", "role"),
                (g, p) -> samePerson(g.file, g.field(0), p.field(0), p.field(1)) && Fair.shareContentWord(g.field(1), p.field(2))));
        // crew
        scores.add(score("crew (person, job)", files,
                items(gold.crew(), "file", "person", "job"), items(crew, "source", "person", "personAsWritten", "job"),
                (g, p) -> samePerson(g.file, g.field(0), p.field(0), p.field(1)) && Fair.sameName(g.field(1), p.field(2))));
        // bands
        scores.add(score("band", files,
                items(gold.bands(), "file", "band"), items(bands, "source", "band"),
                (g, p) -> sameBand(g, p)));
        scores.add(score("band member", files,
                items(gold.bands(), "file", "band", "member"), items(bands, "source", "band", "member"),
                (g, p) -> sameBand(g, p) && sameCharacter(g.file, g.field(1), p.field(1))));
        scores.add(score("songwriter", files,
                items(gold.bands(), "file", "band", "songwriter"), items(bands, "source", "band", "songwriter"),
                (g, p) -> sameBand(g, p) && samePerson(g.file, g.field(1), p.field(1), p.field(1))));
        // review facts
        scores.add(score("runtime", files, facts("runtime_minutes"), items(reviews, "source", "runtimeMinutes"),
                (g, p) -> minutes(g.field(0)) != null && minutes(g.field(0)).equals(minutes(p.field(0)))));
        scores.add(score("rating", files, facts("rating"), items(reviews, "source", "rating"),
                (g, p) -> Fair.rating(g.field(0)).equals(Fair.rating(p.field(0)))));
        scores.add(score("film title", files, facts("film_title"), items(reviews, "source", "film"),
                (g, p) -> Fair.sameName(g.field(0), p.field(0))));
        scores.add(score("critic", files, facts("reviewer"), items(reviews, "source", "critic"),
                (g, p) -> samePerson(g.file, g.field(0), p.field(0), p.field(0))));
        scores.add(score("publication", files, facts("publication"), items(reviews, "source", "publication"),
                (g, p) -> Fair.sameName(g.field(0), p.field(0))));
        return new Report(files, scores);
    }

    private static List<Map<String, String>> rows(QueryRunner runner, QueryCatalog queries, String name) throws KgDataException {
        QueryRunner.Table t = runner.table(QueryCatalog.parse(queries.resolve(name)));
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : t.rows()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < t.vars().size(); i++) m.put(t.vars().get(i), r.get(i));
            out.add(m);
        }
        return out;
    }

    /** Distinct items with every field after the file non-empty (a gold row without a character has no character item). */
    private static List<Item> items(List<Map<String, String>> rows, String fileCol, String... cols) {
        Set<Item> out = new LinkedHashSet<>();
        for (Map<String, String> r : rows) {
            List<String> fields = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < cols.length; i++) {
                String v = r.getOrDefault(cols[i], "");
                // the last column is the one being measured; it must be present
                if (i == cols.length - 1 && v.isBlank()) complete = false;
                fields.add(v);
            }
            if (complete) out.add(new Item(r.get(fileCol), List.copyOf(fields)));
        }
        // Folded duplicates (same review, same fields up to case and accents, spelling aside) count once.
        Map<String, Item> seen = new LinkedHashMap<>();
        for (Item i : out) {
            StringBuilder key = new StringBuilder(i.file);
            for (int c = 0; c < cols.length; c++) if (!cols[c].endsWith("AsWritten")) key.append('|').append(Fair.norm(i.field(c)));
            seen.putIfAbsent(key.toString(), i);
        }
        return new ArrayList<>(seen.values());
    }

    private List<Item> facts(String kind) {
        List<Map<String, String>> rows = gold.facts().stream().filter(f -> kind.equals(f.get("kind"))).toList();
        return items(rows, "file", "value");
    }

    private static Score score(String metric, Set<String> files, List<Item> goldItems, List<Item> predicted, Match match) {
        List<Item> g = goldItems.stream().filter(i -> files.contains(i.file)).toList();
        boolean[] used = new boolean[predicted.size()];
        List<String> misses = new ArrayList<>();
        int matched = 0;
        for (Item gi : g) {
            int hit = -1;
            for (int j = 0; j < predicted.size() && hit < 0; j++)
                if (!used[j] && predicted.get(j).file.equals(gi.file) && match.test(gi, predicted.get(j))) hit = j;
            if (hit >= 0) {
                used[hit] = true;
                matched++;
            } else {
                misses.add(gi.toString());
            }
        }
        List<String> fps = new ArrayList<>();
        for (int j = 0; j < predicted.size(); j++) if (!used[j]) fps.add(predicted.get(j).toString());
        return new Score(metric, g.size(), predicted.size(), matched, misses, fps);
    }

    private String alias(String file, String name) {
        return aliases.getOrDefault(file, Map.of()).getOrDefault(Fair.norm(name), name);
    }

    /** The canonical name or the review's spelling matches, directly or through the gold's aliases for that review. */
    private boolean samePerson(String file, String gold, String canonical, String asWritten) {
        for (String p : List.of(canonical, asWritten))
            if (Fair.sameName(gold, p) || Fair.sameName(gold, alias(file, p))) return true;
        return false;
    }

    private boolean sameCharacter(String file, String gold, String predicted) {
        return Fair.nameContains(gold, predicted) || Fair.nameContains(gold, alias(file, predicted))
                || Fair.nameContains(alias(file, gold), predicted);
    }

    private boolean sameBand(Item g, Item p) {
        return Fair.sameName(g.field(0), p.field(0)) || Fair.sameName(g.field(0), alias(g.file, p.field(0)));
    }

    private static Integer minutes(String s) {
        try {
            return (int) Math.round(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A fixed-width summary and, unless {@code brief}, the misses and false positives of each metric. */
    public static String format(Report r, boolean brief) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%d reviews%n", r.files().size()));
        sb.append(String.format("%-24s %5s %5s %5s %6s %6s %6s%n", "metric", "gold", "pred", "match", "P", "R", "F1"));
        for (Score s : r.scores())
            sb.append(String.format("%-24s %5d %5d %5d %6.3f %6.3f %6.3f%n", s.metric(), s.gold(), s.predicted(), s.matched(),
                    s.precision(), s.recall(), s.f1()));
        if (brief) return sb.toString();
        Function<String, String> indent = x -> "    " + x + "\n";
        for (Score s : r.scores()) {
            if (s.misses().isEmpty() && s.falsePositives().isEmpty()) continue;
            sb.append("\n").append(s.metric()).append('\n');
            if (!s.misses().isEmpty()) {
                sb.append("  missed:\n");
                s.misses().forEach(m -> sb.append(indent.apply(m)));
            }
            if (!s.falsePositives().isEmpty()) {
                sb.append("  false positives:\n");
                s.falsePositives().forEach(m -> sb.append(indent.apply(m)));
            }
        }
        return sb.toString();
    }
}
