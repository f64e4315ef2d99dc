package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.review.Review;
import org.junit.jupiter.api.Test;

/** Claim rules, negation and hedging on sentences written for these tests (invented film "Lost Harbor"), near misses included. */
class ClaimExtractorTest {
    private static final Extraction EXTRACTION = new Extraction();
    /** A review needs a film; these lines name it often enough to be found. */
    private static final String FILM = "Lost Harbor is a film by Jane Quill. In Lost Harbor, the sea is grey. Lost Harbor is slow. ";

    private static List<String> claims(String text, Fact.ClaimKind kind) {
        return EXTRACTION.run(new Review("t.txt", FILM + text)).facts().stream()
                .filter(f -> f instanceof Fact.Claim c && c.kind() == kind).map(f -> (Fact.Claim) f)
                .map(c -> c.value() + "|" + c.polarity() + (c.number() == null ? "" : "|" + c.number().intValue()))
                .toList();
    }

    @Test
    void structureCountsSegments() {
        assertEquals(List.of("5 segments|ASSERTED|5"), claims("It is told in five real-time segments.", Fact.ClaimKind.STRUCTURE));
        assertEquals(List.of("3 sequences|ASSERTED|3"), claims("It offers three sets of separate sequences.", Fact.ClaimKind.STRUCTURE));
        assertEquals(List.of("4 acts|ASSERTED|4"), claims("The story unfolds over 4 acts.", Fact.ClaimKind.STRUCTURE));
    }

    @Test
    void nearMissActsOfSomethingAreNotStructure() {
        assertEquals(List.of(), claims("She commits two acts of kindness.", Fact.ClaimKind.STRUCTURE));
    }

    @Test
    void lengthInWordsAndExcess() {
        assertTrue(claims("The movie runs nearly three hours.", Fact.ClaimKind.LENGTH).contains("runs nearly three hours|ASSERTED|180"));
        assertTrue(claims("It is easily twenty minutes too long.", Fact.ClaimKind.LENGTH).contains("easily twenty minutes too long|ASSERTED|20"));
        assertTrue(claims("It feels too long by half an hour.", Fact.ClaimKind.LENGTH).contains("too long by half an hour|ASSERTED|30"));
    }

    @Test
    void nearMissAShortSceneIsNotTheFilmsLength() {
        assertEquals(List.of(), claims("The opening shot runs two minutes.", Fact.ClaimKind.LENGTH));
    }

    @Test
    void settingPlaceAndEra() {
        assertEquals(List.of("the '80s|ASSERTED"), claims("The film is set in the '80s.", Fact.ClaimKind.ERA));
        assertEquals(List.of("Detroit|ASSERTED"), claims("The story takes place in Detroit, mostly at night.", Fact.ClaimKind.SETTING));
    }

    @Test
    void nearMissSetInAMoodIsNoPlace() {
        assertEquals(List.of(), claims("The drama is set in motion by a phone call.", Fact.ClaimKind.SETTING));
    }

    @Test
    void comparisonsAssertedNegatedAndHedged() {
        List<String> c = claims("It has shades of Werner Herzog. Lost Harbor isn't like “Top Gun.” It almost feels like a Wim Anselm film.",
                Fact.ClaimKind.COMPARISON);
        assertTrue(c.contains("Werner Herzog|ASSERTED"), c.toString());
        assertTrue(c.contains("Top Gun|NEGATED"), c.toString());
        assertTrue(c.contains("Wim Anselm|HEDGED"), c.toString());
    }

    @Test
    void comparisonsFromMeetsAndEsque() {
        List<String> c = claims("Picture “Jaws” meets “Heat” with a Kubrickesque chill.", Fact.ClaimKind.COMPARISON);
        assertTrue(c.containsAll(List.of("Jaws|ASSERTED", "Heat|ASSERTED", "Kubrick|ASSERTED")), c.toString());
    }

    @Test
    void nearMissCastAndCommonNounsAreNotComparisons() {
        List<String> c = claims("Mia Holt stars as Edie Vance. Edie sings like a rock star and dances like Mia Holt herself.", Fact.ClaimKind.COMPARISON);
        assertEquals(List.of(), c);
    }

    @Test
    void genreWords() {
        List<String> g = claims("It is a punk-rock drama with grunge guitars.", Fact.ClaimKind.GENRE);
        assertTrue(g.contains("punk-rock drama|ASSERTED"), g.toString());
        assertTrue(g.contains("grunge|ASSERTED"), g.toString());
    }

    @Test
    void judgementsWithNegationAndTheVerdictFromThem() {
        List<String> j = claims("It is never boring. It is probably her best film.", Fact.ClaimKind.JUDGEMENT);
        assertTrue(j.contains("boring|NEGATED|-1"), j.toString());
        assertTrue(j.contains("best film|HEDGED|1"), j.toString());
        assertEquals("positive", claims("It is never boring. It is probably her best film.", Fact.ClaimKind.VERDICT).get(0).split("\\|")[0]);
    }

    @Test
    void nearMissHeadlineCapitalsAreNoJudgement() {
        assertEquals(List.of(), claims("Read The 20 Best Movie Posters Of The Year.", Fact.ClaimKind.JUDGEMENT));
    }

    @Test
    void verdictFromTheRating() {
        List<String> v = claims("Grade: B+", Fact.ClaimKind.VERDICT);
        assertTrue(v.size() == 1 && v.get(0).startsWith("positive|ASSERTED"), v.toString());
    }

    @Test
    void performanceOfACastMember() {
        List<String> p = claims("Mia Holt plays Edie Vance. Mia Holt does her best and most subtle work here.", Fact.ClaimKind.PERFORMANCE);
        assertTrue(p.stream().anyMatch(s -> s.startsWith("her best and most subtle work|")), p.toString());
    }

    @Test
    void nearMissAWorkBySomeoneWhoIsNotCast() {
        List<String> p = claims("Mia Holt plays Edie Vance. Tom Reed does his best work as a critic.", Fact.ClaimKind.PERFORMANCE);
        assertEquals(List.of(), p);
    }

    @Test
    void releaseFacts() {
        List<String> r = claims("Rated R for language. It premiered at the Sundance Film Festival and is distributed by Neon Hill.", Fact.ClaimKind.RELEASE);
        assertTrue(r.contains("MPAA rating R|ASSERTED"), r.toString());
        assertTrue(r.contains("festival Sundance Film Festival|ASSERTED"), r.toString());
        assertTrue(r.contains("distributor Neon Hill|ASSERTED"), r.toString());
    }

    @Test
    void aCertificateAfterRatedFromTheOneList() {
        assertTrue(claims("It is rated PG-13 for peril.", Fact.ClaimKind.RELEASE).stream().anyMatch(c -> c.startsWith("MPAA rating PG-13|")));
        assertTrue(claims("It is rated 12A in Britain.", Fact.ClaimKind.RELEASE).stream().anyMatch(c -> c.startsWith("MPAA rating 12A|")));
        // near miss: "rated" as praise names no certificate
        assertTrue(claims("It is rated highly by everyone.", Fact.ClaimKind.RELEASE).stream().noneMatch(c -> c.startsWith("MPAA rating")));
    }
}
