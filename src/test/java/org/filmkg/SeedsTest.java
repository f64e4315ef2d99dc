package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.filmkg.extract.Names;
import org.filmkg.query.QueryCatalog;
import org.filmkg.query.QueryRunner;
import org.filmkg.store.DatasetIO;
import org.filmkg.store.Validation;
import org.junit.jupiter.api.Test;

/** The seeds end to end: gold cast, the headline question, SHACL, evidence offsets, determinism. */
class SeedsTest {
    private static QueryRunner.Table query(String name) throws Exception {
        Query q = QueryCatalog.parse(Path.of("queries", name + ".rq"));
        return new QueryRunner(Seeds.report().dataset(), 30_000).table(q);
    }

    private static List<String> rows(QueryRunner.Table t, String... cols) {
        List<String> out = new ArrayList<>();
        for (List<String> r : t.rows()) {
            StringBuilder sb = new StringBuilder();
            for (String c : cols) sb.append(r.get(t.vars().indexOf(c))).append('|');
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void headlineQuestion() throws Exception {
        List<String> r = rows(query("which-reviewer-called-which-role"), "source", "actor", "character", "role");
        assertTrue(r.contains("001_c4c6e02c314750f2.txt|Virginia Madsen||her manager|"), String.join("\n", r));
        assertTrue(r.contains("002_c65d94e008dea0ec.txt|Virginia Madsen||her mother|"), String.join("\n", r));
        assertTrue(r.contains("001_c4c6e02c314750f2.txt|Eric Stoltz||a record-label owner|"), String.join("\n", r));
        assertTrue(r.stream().anyMatch(s -> s.startsWith("003_2ff446dfc1e89dfb.txt|Eric Stoltz|Howard|")), String.join("\n", r));
        assertTrue(r.contains("001_c4c6e02c314750f2.txt|Dan Stevens||her ex-husband|"), String.join("\n", r));
        assertTrue(r.contains("002_c65d94e008dea0ec.txt|Dan Stevens||her baby daddy|"), String.join("\n", r));
        assertTrue(r.stream().anyMatch(s -> s.startsWith("003_2ff446dfc1e89dfb.txt|Agyness Deyn|Marielle Hell|")), String.join("\n", r));
        assertTrue(r.stream().anyMatch(s -> s.startsWith("003_2ff446dfc1e89dfb.txt|Gayle Rankin|Ali|")), String.join("\n", r));
        // every review that names Becky ties her to one canonical actor
        List<String> becky = r.stream().filter(s -> s.split("\\|", -1)[2].startsWith("Becky")).toList();
        assertTrue(becky.size() >= 3, String.join("\n", r));
        assertTrue(becky.stream().allMatch(s -> s.split("\\|")[1].equals("Elisabeth Moss")), String.join("\n", becky));
    }

    /** Recall of the gold cast actors (fair match: case, accents, canonical spelling). */
    @Test
    void goldCastActorsAreFound() throws Exception {
        Path gold = Path.of("..", "shared", "gold", "cast.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold), "../shared/gold is absent: skipping gold comparison");
        List<String> found = rows(query("cast"), "source", "actor").stream().map(s -> Names.fold(s)).toList();
        List<String> missing = new ArrayList<>();
        List<String> lines = Files.readAllLines(gold);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String key = Names.fold(f[0] + "|" + f[2] + "|");
            if (!found.contains(key)) missing.add(f[0] + " " + f[2]);
        }
        int total = lines.size() - 1;
        double recall = 1.0 - (double) missing.size() / total;
        assertTrue(recall >= 0.8, "cast actor recall " + recall + " missing " + missing);
    }

    @Test
    void everyReviewGraphConformsToTheShapes() {
        List<String> problems = Validation.validate(Seeds.report().dataset());
        assertEquals(List.of(), problems);
    }

    @Test
    void everyQuoteIsTheTextAtItsOffsets() throws Exception {
        assertTrue(checkEvidence(Seeds.report().dataset(), Path.of("seeds")) > 50);
    }

    /**
     * Runs evidence.rq and checks each quote against the review file's own text between its code-point offsets;
     * returns how many were checked.
     */
    static int checkEvidence(org.apache.jena.sparql.core.DatasetGraph ds, Path reviews) throws Exception {
        QueryRunner.Table t = new QueryRunner(ds, 30_000).table(QueryCatalog.parse(Path.of("queries", "evidence.rq")));
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        for (List<String> r : t.rows()) {
            String text = texts.computeIfAbsent(r.get(0), src -> {
                try {
                    return Files.readString(reviews.resolve(src)).replace("\uFEFF", "");
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            int b = Integer.parseInt(r.get(2));
            int e = Integer.parseInt(r.get(3));
            String atOffsets = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
            assertEquals(r.get(1), atOffsets, r.get(0) + " " + b + "-" + e);
        }
        return t.rows().size();
    }

    /** Reviewers disagree on the length, the number of segments and what three actors' roles are; the query shows it. */
    @Test
    void disagreementsSurface() throws Exception {
        List<String> d = rows(query("disagreements"), "subject", "kind", "source", "value");
        String all = String.join("\n", d);
        assertTrue(d.stream().filter(x -> x.startsWith("Her Smell|length|")).map(x -> x.split("\\|")[2]).distinct().count() >= 2, all);
        assertTrue(d.stream().filter(x -> x.startsWith("Her Smell|structure|")).map(x -> x.split("\\|")[3]).distinct().count() >= 3, all);
        assertTrue(d.contains("Virginia Madsen|role|001_c4c6e02c314750f2.txt|her manager|") && d.contains("Virginia Madsen|role|002_c65d94e008dea0ec.txt|her mother|"), all);
        assertTrue(d.stream().filter(x -> x.startsWith("Eric Stoltz|role|")).count() >= 2, all);
        assertTrue(d.stream().filter(x -> x.startsWith("Dan Stevens|role|")).count() >= 2, all);
    }

    /** Two independent builds of the same input give byte-identical exports. */
    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        String a = DatasetIO.toString(Seeds.report().dataset(), DatasetIO.Format.TRIG, "http://localhost:3030/");
        String b = DatasetIO.toString(org.filmkg.build.Corpus.build(Path.of("seeds"), "http://localhost:3030/").dataset(), DatasetIO.Format.TRIG, "http://localhost:3030/");
        assertEquals(a, b);
        assertTrue(a.toLowerCase(Locale.ROOT).contains("her smell"));
    }

    /** Every review that names these actors shows the canonical name, with its own spelling beside; no surname is a person. */
    @Test
    void spellingsResolveToOneCanonicalPerson() throws Exception {
        List<String> r = rows(query("cast"), "source", "actor", "actorAsWritten");
        for (String canonical : List.of("Elisabeth Moss", "Cara Delevingne", "Agyness Deyn")) {
            String surname = canonical.substring(canonical.indexOf(' ') + 1);
            List<String> mentioning = r.stream().filter(x -> x.split("\\|")[2].contains(surname.substring(0, 4))).toList();
            assertTrue(mentioning.size() >= 2, canonical + " " + r);
            assertTrue(mentioning.stream().allMatch(x -> x.split("\\|")[1].equals(canonical)), String.join("\n", mentioning));
        }
        assertTrue(r.stream().anyMatch(x -> x.endsWith("|Elisabeth Moss|Elizabeth Moss|")), "the review's own spelling is kept");
        List<String> people = rows(query("crew"), "person");
        people.addAll(r.stream().map(x -> x.split("\\|")[1] + "|").toList());
        assertTrue(people.stream().noneMatch(p -> p.equals("Moss|") || p.equals("Perry|")), people.toString());
    }

    @Test
    void everySavedQueryParsesAndRuns() throws Exception {
        for (String name : new QueryCatalog(Path.of("queries")).names()) {
            QueryRunner.Table t = query(name);
            assertTrue(t.rows().size() > 0, name + " returned no rows");
        }
    }
}
