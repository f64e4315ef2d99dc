package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.review.Review;
import org.junit.jupiter.api.Test;

/** Cast rules on sentences written for these tests (no seed or dev text), near misses included. */
class CastExtractorTest {
    private static final Extraction EXTRACTION = new Extraction();

    private static List<String> cast(String text) {
        return EXTRACTION.run(new Review("t.txt", text)).facts().stream()
                .filter(f -> f instanceof Fact.Cast).map(f -> (Fact.Cast) f)
                .map(c -> c.actor().text() + "|" + (c.character() == null ? "" : c.character().text()) + "|" + (c.description() == null ? "" : c.description().text()))
                .collect(Collectors.toList());
    }

    @Test
    void descriptionThenActorInBrackets() {
        List<String> c = cast("She fights with her stepfather (Michael Keaton) and her older sister (Laura Dern).");
        assertTrue(c.contains("Michael Keaton||her stepfather"), c.toString());
        assertTrue(c.contains("Laura Dern||her older sister"), c.toString());
    }

    @Test
    void descriptionCharacterActor() {
        List<String> c = cast("Things fall apart when her agent Martin (Tom Hanks) quits.");
        assertTrue(c.contains("Tom Hanks|Martin|her agent"), c.toString());
    }

    @Test
    void characterPlayedBy() {
        List<String> c = cast("The story follows a weary drummer named Otis (played by Jeffrey Wright) across Ohio.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Jeffrey Wright|Otis|")), c.toString());
    }

    @Test
    void actorStarsAsCharacterWithApposition() {
        List<String> c = cast("Natalie Portman stars as Celeste, a pop singer with a troubled past.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Natalie Portman|Celeste|")), c.toString());
    }

    @Test
    void listInBracketsSharesTheDescription() {
        List<String> c = cast("Her three roommates (Greta Lee, Kathryn Hahn and Rosie Perez) barely notice.");
        assertEquals(3, c.stream().filter(s -> s.endsWith("|Her three roommates")).count(), c.toString());
    }

    @Test
    void creditLine() {
        List<String> c = cast("A fine film.\nCast: Greta Lee, Kathryn Hahn, Rosie Perez");
        assertTrue(c.containsAll(List.of("Greta Lee||", "Kathryn Hahn||", "Rosie Perez||")), c.toString());
    }

    @Test
    void nearMissTitlesInBracketsAreNotCast() {
        List<String> c = cast("The director Sofia Coppola (The Virgin Suicides, Lost in Translation) returns with a quiet drama.");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void nearMissSuchAsIsNotCasting() {
        List<String> c = cast("Great actors such as Meryl Streep as well as newcomers appear.");
        assertTrue(c.stream().noneMatch(s -> s.contains("Meryl Streep|")), c.toString());
    }

    @Test
    void nearMissPlaysAnInstrumentIsNotARole() {
        List<String> c = cast("In one scene Tom Hanks plays the piano for an hour.");
        assertTrue(c.isEmpty(), c.toString());
    }
}
