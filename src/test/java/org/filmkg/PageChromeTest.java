package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.review.PageChrome;
import org.filmkg.review.Review;
import org.junit.jupiter.api.Test;

/** A web page's tail after the review is blanked for extraction, on pages written for these tests, near misses included. */
class PageChromeTest {
    private static final String BODY = "Night Ferry review – a cold, patient tale\n\nA keeper climbs the stairs every night in Night Ferry, and Ruth Vale "
            + "plays his daughter with a stillness that the whole film takes its cue from.\n\n";

    @Test
    void theTailAfterTheReviewIsBlankedAtTheSameLength() {
        String page = BODY + "Most viewed\nStar Tom Ash dazzles in a bleak musical\nThe 50 best films of the year\n";
        String masked = PageChrome.masked(page);
        assertEquals(page.length(), masked.length());
        assertTrue(masked.startsWith(BODY));
        assertFalse(masked.contains("Tom Ash"));
        assertEquals(page.chars().filter(c -> c == '\n').count(), masked.chars().filter(c -> c == '\n').count());
    }

    @Test
    void nearMisses() {
        // a marker before the review's prose is the page's navigation, not its tail
        String nav = "Related\nReviews\n\n" + BODY;
        assertEquals(nav, PageChrome.masked(nav));
        // a link line inside the review ("Related: …") is no marker on its own
        String inline = BODY + "Related: Tom Ash on playing a keeper\n\nThe final storm is a marvel of sound and light, and it earns every one of its minutes on screen.\n";
        assertEquals(inline, PageChrome.masked(inline));
    }

    @Test
    void peopleAndFilmsInTheTailAreNotExtracted() {
        String page = BODY + "You might also like:\nReview: Midnight Cabaret – Tom Ash dazzles in bleak musical\n\nComments (2)\nann_l: Vale was great\n";
        List<Fact> facts = new Extraction().run(new Review("t.txt", page)).facts();
        assertTrue(facts.stream().noneMatch(f -> f instanceof Fact.Cast c && c.actor().text().contains("Tom Ash")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f instanceof Fact.Film m && m.title().text().equals("Night Ferry")), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f instanceof Fact.Cast c && c.actor().text().equals("Ruth Vale")), facts.toString());
    }
}
