package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.filmkg.extract.CastEvidenceExtractor;
import org.filmkg.extract.CrewExtractor;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.FilmExtractor;
import org.filmkg.extract.ReviewInfoExtractor;
import org.filmkg.nlp.TokenRules;
import org.junit.jupiter.api.Test;

/** The pipeline checks that every extractor's inputs are made before it runs; rules carry their meaning as attributes. */
class PipelineTest {
    @Test
    void anExtractorBeforeWhatItNeedsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Extraction(List.of(new FilmExtractor(), new CastEvidenceExtractor(), new CrewExtractor())));
        assertTrue(e.getMessage().startsWith("extractor 'cast' needs Crew, ReviewInfo facts"), e.getMessage());
    }

    @Test
    void anOrderThatFeedsEveryExtractorIsAccepted() {
        new Extraction(List.of(new FilmExtractor(), new ReviewInfoExtractor(), new CrewExtractor(), new CastEvidenceExtractor()));
        new Extraction();
    }

    /** The tag of a word in the one-sentence review {@code text}. */
    private static String tagOf(String text, String word) {
        org.filmkg.nlp.Doc doc = org.filmkg.nlp.NlpPipeline.shared().annotate(new org.filmkg.review.Review("t.txt", text));
        return doc.sentences().get(0).tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().tag();
    }

    @Test
    void starsAfterAWordForAFilmIsTheVerb() {
        // the tagger alone reads these as "drama stars", a compound noun
        assertEquals("VBZ", tagOf("Her second feature stars Idris Vane as a lighthouse keeper.", "stars"));
        assertEquals("VBZ", tagOf("Pell's handsome, rather airless period drama stars Ama Quist and Rolf Dekker.", "stars"));
        // near misses: people who are stars, and a film's stars as a plural noun
        assertEquals("NNS", tagOf("Two movie stars Ama Quist and Rolf Dekker opened the festival.", "stars"));
        assertEquals("NNS", tagOf("The film stars were all at the premiere.", "stars"));
        assertEquals("NNS", tagOf("She counted the stars above the film set.", "stars"));
    }

    @Test
    void aCapitalisedWordSetOffByCommasIsAName() {
        // the tagger alone reads these first names as a noun and a verb
        assertEquals("NNP", tagOf("Her children arrive: the youngest, Kit, who left at eighteen, is played by Lew Adair.", "Kit"));
        assertEquals("NNP", tagOf("The neighbours, Grace and Hope, keep bees.", "Hope"));
        // near misses: a sentence's first word, and a word not set off
        assertEquals("RB", tagOf("Frankly, the film is too long.", "Frankly"));
        assertEquals("NN", tagOf("She lost hope, and the film lost her.", "hope"));
    }

    @Test
    void aParticipleOfAFilmJobOpeningASentence() {
        assertEquals("VBN", tagOf("Shot in lustrous 35mm by Kasper Lunde, the film takes its time.", "Shot"));
        // near miss: "shot after shot" is a noun
        assertEquals("NN", tagOf("Shot after shot, the camera lingers on the marsh.", "Shot"));
    }

    @Test
    void aNicknameInQuotesInsideANameIsPartOfTheName() {
        // the tagger alone reads "Beats" as a verb and splits the name
        assertEquals("NNP", tagOf("The producer Marcus \"Beats\" Danby is played by Jordan Fisk.", "Beats"));
        // near miss: a song in quotes after a name, then a lower-case word
        assertEquals("VBZ", tagOf("Kit Vale sings \"Blue Moon\" softly.", "sings"));
    }

    @Test
    void ruleAttributesAreRead() {
        Map<String, Map<String, String>> a = TokenRules.load("/rules/attributes.rules", Map.of()).attributes();
        assertEquals(Map.of("shape", "character", "priority", "2", "check", "as-casting"), a.get("test.with"));
        assertEquals(Map.of(), a.get("test.without"));
    }

    @Test
    void reviewsNamedAlikeStayApart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path in = java.nio.file.Files.createDirectories(dir.resolve("in"));
        String text = "Night Ferry\n\nNight Ferry is a quiet film, and Night Ferry rewards patience.\n";
        List<String> names = List.of("a/r.txt", "b/r.txt", "My Review.txt", "my-review.txt", "日本語の批評.txt", "한국어 리뷰.txt");
        for (String n : names) {
            java.nio.file.Path f = in.resolve(n);
            java.nio.file.Files.createDirectories(f.getParent());
            java.nio.file.Files.writeString(f, text + n + "\n");
        }
        var report = org.filmkg.build.Corpus.build(in, org.filmkg.build.Corpus.defaultBase());
        assertEquals(List.of(), report.failures());
        java.util.Set<String> graphs = new java.util.TreeSet<>();
        report.dataset().listGraphNodes().forEachRemaining(g -> { if (g.getURI().contains("/graph/review/")) graphs.add(g.getURI()); });
        assertEquals(names.size(), graphs.size(), "one graph per file, none merged: " + graphs);
        java.util.Set<String> sources = new java.util.TreeSet<>();
        report.results().forEach(r -> sources.add(r.review().source()));
        assertTrue(sources.contains("a/r.txt") && sources.contains("b/r.txt"), "a file in a folder is named by its path: " + sources);
    }

    /** Names of the people a review casts, per review file. */
    private static Map<String, java.util.Set<String>> castBy(org.filmkg.build.Corpus.Report report) {
        Map<String, java.util.Set<String>> out = new java.util.TreeMap<>();
        for (var r : report.results())
            for (var f : r.facts())
                if (f instanceof org.filmkg.extract.Fact.Cast c) out.computeIfAbsent(r.review().source(), k -> new java.util.TreeSet<>()).add(c.actor().text());
        return out;
    }

    @Test
    void aNameAnotherReviewOfTheSameFilmCastsIsCast(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path in = java.nio.file.Files.createDirectories(dir.resolve("in"));
        java.nio.file.Files.writeString(in.resolve("one.txt"), "Night Ferry\n\nTom Hale plays Jack, a weary ferryman, in Night Ferry. Night Ferry is slow.\n");
        java.nio.file.Files.writeString(in.resolve("two.txt"), "Night Ferry\n\nNight Ferry is slow, but Tom Hale and the sea are worth the fare.\n");
        // near miss: the same name in a review of another film
        java.nio.file.Files.writeString(in.resolve("three.txt"), "Salt Marsh\n\nSalt Marsh is slow, but Tom Hale and the marsh are worth the fare.\n");
        var cast = castBy(org.filmkg.build.Corpus.build(in, org.filmkg.build.Corpus.defaultBase()));
        assertTrue(cast.getOrDefault("one.txt", java.util.Set.of()).contains("Tom Hale"), cast.toString());
        assertTrue(cast.getOrDefault("two.txt", java.util.Set.of()).contains("Tom Hale"), "cast by the other review of the film: " + cast);
        assertTrue(!cast.getOrDefault("three.txt", java.util.Set.of()).contains("Tom Hale"), "another film's review: " + cast);
    }

    @Test
    void aRuleThatOpensWithANameListNeedsTriggerWords() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> org.filmkg.nlp.TokenRules.loadAll(List.of("/rules/list-first.rules"), Map.of()));
        assertTrue(e.getMessage().contains("list-first.rules:3") && e.getMessage().contains("trigger words"), e.getMessage());
        // near miss: the same rule with trigger words loads
        org.filmkg.nlp.TokenRules.loadAll(List.of("/rules/list-first-triggered.rules"), Map.of());
    }
}
