package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filmkg.KgDataException;
import org.filmkg.extract.Evidence;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.extract.Job;
import org.filmkg.extract.Mention;
import org.filmkg.resolve.Entity;
import org.filmkg.resolve.Merge;
import org.filmkg.resolve.Overrides;
import org.filmkg.resolve.Resolution;
import org.filmkg.resolve.Resolver;
import org.filmkg.review.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity resolution on hand-made extraction results (names invented for these tests), near misses included. */
class ResolverTest {
    private static final Evidence EV = new Evidence(0, 1, "test");

    /** A review of {@code film} whose extractors found these facts; "Actor=Character" for cast, "+Name" for a director. */
    private static Extraction.Result review(String source, String film, String... items) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact.Film(new Mention(film, 0, 1), null, EV));
        for (String item : items) {
            if (item.startsWith("+")) {
                facts.add(new Fact.Crew(new Mention(item.substring(1), 0, 1), Job.DIRECTOR, EV));
                continue;
            }
            String[] p = item.split("=", -1);
            facts.add(new Fact.Cast(new Mention(p[0], 0, 1), p.length > 1 && !p[1].isEmpty() ? new Mention(p[1], 0, 1) : null, null, EV));
        }
        return new Extraction.Result(new Review(source, "text of " + source), facts);
    }

    @Test
    void surnameGoesToTheFullNameOfTheSameReview() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Jane Porter=Edie Vance", "Porter=")));
        assertEquals(r.person("a.txt", "Jane Porter"), r.person("a.txt", "Porter"));
        assertEquals("Jane Porter", r.person("a.txt", "Porter").label());
        assertTrue(r.merges().stream().anyMatch(m -> m.variant().equals("Porter") && m.reason().startsWith("short name")), r.merges().toString());
    }

    @Test
    void aNicknameInQuotesIsASpellingNotTheName() {
        Resolution r = new Resolver().resolve(List.of(
                review("a.txt", "Iron Hymns", "Kev \"The Bishop\" Dorrance=", "Jo Vale=Marcus \u201cMic\u201d Hollander"),
                review("b.txt", "Iron Hymns", "Kev Dorrance=")));
        Entity e = r.person("a.txt", "Kev \"The Bishop\" Dorrance");
        assertEquals("Kev Dorrance", e.label());
        assertEquals(e, r.person("b.txt", "Kev Dorrance"));
        assertTrue(e.variants().containsKey("Kev \"The Bishop\" Dorrance"), e.variants().toString());
        assertEquals("Marcus Hollander", r.character("a.txt", "Marcus \u201cMic\u201d Hollander").label());
        // near miss: a name with no quotes keeps every word
        assertEquals("Jo Vale", r.person("a.txt", "Jo Vale").label());
    }

    @Test
    void nearMissAnAmbiguousSurnameStaysUnresolved() {
        // two Porters in one review: "Porter" alone could be either
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Jane Porter=Edie", "Mark Porter=Sam", "Porter=")));
        assertNotEquals(r.person("a.txt", "Jane Porter"), r.person("a.txt", "Porter"));
        assertNotEquals(r.person("a.txt", "Mark Porter"), r.person("a.txt", "Porter"));
    }

    @Test
    void spellingVariantsMergeAcrossReviewsOfTheSameFilm() {
        Resolution r = new Resolver().resolve(List.of(
                review("a.txt", "Lost Harbor", "Katarina Nowak="),
                review("b.txt", "Lost Harbor", "Katarina Novak="),
                review("c.txt", "Lost Harbor", "Katarina Novak=")));
        Entity e = r.person("a.txt", "Katarina Nowak");
        assertEquals(e, r.person("b.txt", "Katarina Novak"));
        assertEquals("Katarina Novak", e.label(), "the most used spelling is the label");
        assertEquals(java.util.Set.of("a.txt"), e.variants().get("Katarina Nowak"));
        Merge m = r.merges().stream().filter(x -> x.variant().equals("Katarina Nowak")).findFirst().orElseThrow();
        assertEquals(List.of("a.txt"), m.sources());
        assertTrue(m.score() > 0.8 && m.score() < 1, m.toString());
    }

    @Test
    void aTieGoesToTheFirstSpellingInSourceOrder() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Katarina Nowak="), review("b.txt", "Lost Harbor", "Katarina Novak=")));
        assertEquals("Katarina Nowak", r.person("b.txt", "Katarina Novak").label());
    }

    @Test
    void nearMissSpellingVariantsInReviewsOfDifferentFilmsStayApart() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Katarina Nowak="), review("b.txt", "Night Ferry", "Katarina Novak=")));
        assertNotEquals(r.person("a.txt", "Katarina Nowak"), r.person("b.txt", "Katarina Novak"));
    }

    @Test
    void theSameFullNameIsOnePersonAcrossFilms() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Jane Porter="), review("b.txt", "Night Ferry", "jane porter=")));
        assertEquals(r.person("a.txt", "Jane Porter"), r.person("b.txt", "jane porter"));
    }

    @Test
    void nearMissAShortNameAloneNeverMergesAcrossReviews() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Jane Porter="), review("b.txt", "Lost Harbor", "Porter=")));
        assertNotEquals(r.person("a.txt", "Jane Porter"), r.person("b.txt", "Porter"));
    }

    @Test
    void nearMissRelativesWithOneSurnameStayApart() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Tom Hale=", "+Tim Hale"), review("b.txt", "Lost Harbor", "Maya Hale=")));
        assertEquals(3, r.entities().stream().filter(e -> e.kind() == Entity.Kind.PERSON).count(), r.entities().toString());
    }

    @Test
    void nearMissSameCharacterNameInTwoFilmsIsTwoCharacters() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Jane Porter=Ali"), review("b.txt", "Night Ferry", "Rosa Lind=Ali")));
        assertNotEquals(r.character("a.txt", "Ali"), r.character("b.txt", "Ali"));
    }

    @Test
    void aShortCharacterNameJoinsTheFullOneWhenTheSameActorPlaysIt() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Jane Porter=Edie Vance"), review("b.txt", "Lost Harbor", "Jane Porter=Edie")));
        assertEquals(r.character("a.txt", "Edie Vance"), r.character("b.txt", "Edie"));
    }

    @Test
    void nearMissAShortCharacterNamePlayedBySomeoneElseStaysApart() {
        Resolution r = new Resolver().resolve(List.of(review("a.txt", "Lost Harbor", "Jane Porter=Edie Vance"), review("b.txt", "Lost Harbor", "Rosa Lind=Edie")));
        assertNotEquals(r.character("a.txt", "Edie Vance"), r.character("b.txt", "Edie"));
    }

    @Test
    void aVetoKeepsSpellingsApartEvenThroughAThirdSpelling() {
        List<Extraction.Result> in = List.of(
                review("a.txt", "Lost Harbor", "Katarina Nowak="),
                review("b.txt", "Lost Harbor", "Katarina Novak="),
                review("c.txt", "Lost Harbor", "Katharina Novak="));
        Resolution merged = new Resolver().resolve(in);
        assertEquals(merged.person("a.txt", "Katarina Nowak"), merged.person("c.txt", "Katharina Novak"));
        Resolution vetoed = new Resolver(Overrides.keepApart(List.of(List.of("Katarina Nowak", "Katharina Novak")))).resolve(in);
        assertNotEquals(vetoed.person("a.txt", "Katarina Nowak"), vetoed.person("c.txt", "Katharina Novak"));
    }

    @Test
    void vetoFileIsReadAndABadOneNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("resolve-overrides.ttl");
        Files.writeString(ok, "@prefix fk: <https://w3id.org/filmkg/ns#> .\n[] a fk:KeepApart ; fk:name \"Katarina Nowak\", \"Katarina Novak\" .\n");
        Overrides o = Overrides.in(dir);
        assertTrue(o.apart("katarina novak", "KATARINA NOWAK"));
        Files.writeString(ok, "@prefix fk: <https://w3id.org/filmkg/ns#> .\n[] a fk:KeepApart ; fk:name \"A\" \"B\" .\n");
        KgDataException e = org.junit.jupiter.api.Assertions.assertThrows(KgDataException.class, () -> Overrides.in(dir));
        assertTrue(e.getMessage().startsWith(ok + ":2:"), e.getMessage());
    }

    @Test
    void aFirstNameBeforeAndAFullNameSharesItsSurname() {
        String text = "The twins are played by Ken and Yuki Marrable; Ola Brekkan directs.";
        int ken = text.indexOf("Ken");
        int yuki = text.indexOf("Yuki Marrable");
        int ola = text.indexOf("Ola Brekkan");
        List<Fact> facts = List.of(new Fact.Film(new Mention("Twins", 0, 1), null, EV),
                new Fact.Cast(new Mention("Ken", ken, ken + 3), null, null, EV),
                new Fact.Cast(new Mention("Yuki Marrable", yuki, yuki + 13), null, null, EV),
                new Fact.Crew(new Mention("Ola Brekkan", ola, ola + 11), Job.DIRECTOR, EV));
        Resolution r = new Resolver().resolve(List.of(new Extraction.Result(new Review("a.txt", text), facts)));
        assertEquals("Ken Marrable", r.person("a.txt", "Ken").label());
        assertEquals("Yuki Marrable", r.person("a.txt", "Yuki Marrable").label());
        // near miss: a comma before "and" lists two people, so the lone name keeps its one word
        String other = "With Ken, and Yuki Marrable.";
        Resolution n = new Resolver().resolve(List.of(new Extraction.Result(new Review("b.txt", other), List.of(new Fact.Film(new Mention("Twins", 0, 1), null, EV),
                new Fact.Cast(new Mention("Ken", other.indexOf("Ken"), other.indexOf("Ken") + 3), null, null, EV)))));
        assertEquals("Ken", n.person("b.txt", "Ken").label());
    }

    @Test
    void aRealBandsMemberIsAPersonWhomTheSongwritersSurnameFinds() {
        String text = "The saxophonist Horace Halvorsen led the band; 'Blue Hour', written by Halvorsen, is a stunner.";
        int full = text.indexOf("Horace Halvorsen");
        int sur = text.indexOf("Halvorsen,");
        Mention band = new Mention("Halvorsen Four", 0, 1);
        List<Fact> facts = List.of(new Fact.Film(new Mention("Blue", 0, 1), null, EV),
                new Fact.Band(band, Fact.Fictional.UNKNOWN, new Mention("Horace Halvorsen", full, full + 16), null, EV),
                new Fact.Band(band, Fact.Fictional.UNKNOWN, null, new Mention("Halvorsen", sur, sur + 9), EV));
        Resolution r = new Resolver().resolve(List.of(new Extraction.Result(new Review("a.txt", text), facts)));
        assertEquals("Horace Halvorsen", r.person("a.txt", "Halvorsen").label());
        // near miss: in a band the review calls fictional, the member is a character
        List<Fact> fictional = List.of(new Fact.Film(new Mention("Blue", 0, 1), null, EV),
                new Fact.Band(band, Fact.Fictional.YES, new Mention("Horace Halvorsen", full, full + 16), null, EV));
        Resolution f = new Resolver().resolve(List.of(new Extraction.Result(new Review("b.txt", text), fictional)));
        assertEquals("Horace Halvorsen", f.character("b.txt", "Horace Halvorsen").label());
    }
}
