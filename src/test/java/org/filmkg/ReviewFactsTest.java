package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.review.Review;
import org.junit.jupiter.api.Test;

/** Film title, rating and runtime in the shapes reviews print them, on texts written for these tests, near misses included. */
class ReviewFactsTest {
    private static final Extraction EXTRACTION = new Extraction();
    private static final String BODY = "\n\nThe keeper climbs the stairs every night in Night Ferry. Night Ferry is patient and cold, and Night Ferry rewards it.\n";

    private static List<Fact> facts(String text) {
        return EXTRACTION.run(new Review("t.txt", text)).facts();
    }

    private static Optional<String> title(String text) {
        return facts(text).stream().filter(f -> f instanceof Fact.Film).map(f -> ((Fact.Film) f).title().text()).findFirst();
    }

    private static Optional<String> info(String text, Fact.Kind kind) {
        return facts(text).stream().filter(f -> f instanceof Fact.ReviewInfo r && r.kind() == kind).map(f -> ((Fact.ReviewInfo) f).value()).findFirst();
    }

    @Test
    void titleFromTheFirstLineWithItsDecoration() {
        assertEquals(Optional.of("NIGHT FERRY"), title("NIGHT FERRY (2019) – My rating: 8/10" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("Night Ferry ★★★★" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("Night Ferry (15) | Some Film Review" + BODY));
    }

    @Test
    void titleAfterAColumnName() {
        assertEquals(Optional.of("Night Ferry"), title("Harper on Movies: Night Ferry" + BODY));
    }

    @Test
    void aTitleMayHoldAColon() {
        assertEquals(Optional.of("Night Ferry: The Return"), title("Night Ferry: The Return" + BODY.replace("Night Ferry", "Night Ferry: The Return")));
    }

    @Test
    void nearMissesForTheFirstLine() {
        // a headline sentence, a date and a byline are no titles
        assertEquals(Optional.of("Night Ferry"), title("Keeper climbs the stairs in a cold tale" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("December 2019" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("Rated 4.0" + BODY));
    }

    @Test
    void aHeadingThatEndsInAConjunctionBeforeReviewIsNoTitle() {
        assertEquals(Optional.of("Night Ferry"), title("Night Ferry\nParents' guide and review\n\nParents need to know that Night Ferry is gentle."));
        // near miss: a title with "and" inside it
        assertEquals(Optional.of("Salt and Iron"), title("Salt and Iron review\n\nA shipyard drama."));
    }

    @Test
    void aQuotedTitleMayHoldAnApostrophe() {
        String body = "\n\nThe keeper's girl climbs the stairs every night.\n";
        assertEquals(Optional.of("The Keeper's Girl"), title("Film Review: 'The Keeper's Girl'" + body));
        assertEquals(Optional.of("The Keeper's Girl"), title("'The Keeper's Girl' review: a cold, patient tale" + body));
        // near miss: the closing quote still ends the title ("'Night Ferry' Review" keeps no quote)
        assertEquals(Optional.of("Night Ferry"), title("Review: 'Night Ferry'" + BODY));
    }

    @Test
    void aCertificateAfterAReviewHeadingIsNoPartOfTheTitle() {
        assertEquals(Optional.of("THE TIN LANTERN"), title("REVIEW: THE TIN LANTERN (15)" + BODY));
        assertEquals(Optional.of("The Tin Lantern"), title("Review: The Tin Lantern (PG-13)" + BODY));
        // near miss: a bracket that is no certificate is not dropped as one
        assertEquals(Optional.of("The Tin Lantern"), title("Review: The Tin Lantern (2026)" + BODY));
    }

    @Test
    void aSpoilerWarningBeforeTheTitle() {
        assertEquals(Optional.of("Night Ferry"), title("SPOILERS AHEAD for Night Ferry (2026)" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("Spoiler review: Night Ferry" + BODY));
        // near miss: a title that only begins with the word
        assertEquals(Optional.of("Spoilers of War"), title("Spoilers of War (2026)\n\nA quartermaster sells the army's boots in Spoilers of War.\n"));
    }

    @Test
    void aColumnsNameBeforeAQuotedTitle() {
        assertEquals(Optional.of("Night Ferry"), title("FRIGHT NIGHT FRIDAYS: \"Night Ferry\" (2026)\n\nA keeper fights the sea."));
        // near miss: a quoted line with no colon is the title with its quotes taken off, as before
        assertEquals(Optional.of("Night Ferry"), title("\"Night Ferry\" review\n\nA keeper fights the sea."));
    }

    @Test
    void aSectionHeadingOfCapsulesIsNoTitle() {
        assertEquals(Optional.of("Night Ferry"), title("CAPSULE REVIEWS\n\nNight Ferry (R) ★★½\nA keeper fights the sea. Dir. Ann Lee. 1:44."));
        // near miss: a film whose title holds one such word and another
        assertEquals(Optional.of("Short Cuts Home"), title("Short Cuts Home\n\nA keeper fights the sea."));
    }

    @Test
    void aTitleWithItsTranslationInBrackets() {
        // NER reads a foreign title as a name; the translation after it says it is a title
        assertEquals(Optional.of("Die Stille"), title("Die Stille (The Silence)\n\nA German family drama. Three siblings return to the farm."));
        // near miss: a name with a role in brackets is a byline, not a title
        assertEquals(Optional.empty(), title("Orla Brennan (critic)\n\nDirector Imogen Tarrant takes her time with this story."));
    }

    @Test
    void aFirstLineOfNamesIsTheTitleWhenTheBodyRepeatsIt() {
        assertEquals(Optional.of("Black Seam"), title("Black Seam\nDirector Imogen Tarrant takes her time with this story of a mining town. Black Seam never hurries."));
        // near misses: a critic's name on the first line, with or without a title in the body
        assertEquals(Optional.of("Harbor Lights"), title("Orla Brennan\nHarbor Lights is a tender film. Director Imogen Tarrant takes her time with Harbor Lights."));
        assertEquals(Optional.empty(), title("Orla Brennan\nDirector Imogen Tarrant takes her time with this story."));
    }

    @Test
    void aCreditOrAScoreUnderItsLabelIsNoTitle() {
        assertEquals(Optional.empty(), title("CAST: Neve Okafor (Hattie), Luis Brandt (Teddy)\nDIRECTOR: Ines Calder\nSCREENPLAY: Paul Okafor\nMUSIC: Dario Lentz"));
        assertEquals(Optional.empty(), title("Overall: 7/10"));
        assertEquals(Optional.of("Night Ferry"), title("Verdict: B+" + BODY));
        // near miss: a title with a colon of its own
        assertEquals(Optional.of("Night Ferry: The Return"), title("Night Ferry: The Return\nA film about a keeper."));
    }

    @Test
    void atMinutesBeforeTheFilm() {
        assertEquals(Optional.of("131"), info("Night Ferry" + BODY + "But at 131 minutes it outstays its welcome.", Fact.Kind.RUNTIME));
        // near miss: a moment of the film, not its length
        assertEquals(Optional.empty(), info("Night Ferry" + BODY + "At 30 minutes in, the ferry sinks.", Fact.Kind.RUNTIME));
    }

    @Test
    void aPostedByLineNamesTheCritic() {
        assertEquals(Optional.of("Orla Brennan"), info("Posted on March 3, 2024 by Orla Brennan\nNight Ferry" + BODY, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Orla Brennan"), info("Published 3 March 2024 by Orla Brennan | 4 min read\nNight Ferry" + BODY, Fact.Kind.REVIEWER));
        // near miss: a film "posted" by someone in the story
        assertEquals(Optional.empty(), info("Night Ferry\nThe letter, posted by Ruth Vale, never arrives. It is a film about the sea.", Fact.Kind.REVIEWER));
    }

    @Test
    void aNameSigningTheReviewOff() {
        String body = "Night Ferry\n\nThe film follows Jo Vale, a ferry pilot, played by Ana Quist. It runs 90 minutes.\n\n";
        assertEquals(Optional.of("Leila Marsh-Dunne"), info(body + "Grade: B\n\n— Leila Marsh-Dunne", Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Tobias Wren"), info(body + "★★★\n\nTobias Wren", Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Tobias Wren-Hale"), info(body + "Rating: 4/5 — Tobias Wren-Hale", Fact.Kind.REVIEWER));
        // "for the …": the publication after a byline at the foot
        String foot = body + "Reviewed by Tobias Wren for the Harbour Gazette";
        assertEquals(Optional.of("Tobias Wren"), info(foot, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Harbour Gazette"), info(foot, Fact.Kind.PUBLICATION));
        // "Reviewed by X, Publication"
        String comma = body + "Reviewed by Marcus Oyelade, Screen Notes";
        assertEquals(Optional.of("Marcus Oyelade"), info(comma, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Screen Notes"), info(comma, Fact.Kind.PUBLICATION));
        // near miss: "Written by X" among credit lines credits the film's writer
        assertEquals(Optional.empty(), info("Night Ferry\nDirected by Ana Quist\nWritten by Tom Vale\nStarring Jo Marsh\n\nThe film follows a ferry pilot.", Fact.Kind.REVIEWER));
        // near misses: the last line names someone the review talks about; a dash before a name inside a sentence
        assertEquals(Optional.empty(), info(body + "Starring\n\nAna Quist", Fact.Kind.REVIEWER));
        assertEquals(Optional.empty(), info(body + "The best scene belongs to her co-star — Tobias Wren", Fact.Kind.REVIEWER));
    }

    @Test
    void aRuntimeLineWithMoreFactsAndATitleNERCallsAName() {
        assertEquals(Optional.of("124"), info("Night Ferry\n\nThe film follows a ferry pilot across a cold sea.\n\n124 minutes. 12A.\n\nGrade: C+", Fact.Kind.RUNTIME));
        // near miss: a moment of the film
        assertEquals(Optional.empty(), info("Night Ferry\n\nThe film follows a ferry pilot.\n\n90 minutes in, the film collapses. It is a mess.", Fact.Kind.RUNTIME));
        // a two-word first line NER reads as a name is the title when the critic signs at the foot
        assertEquals(Optional.of("Low Water"), title("Low Water\n\nThe film is a quiet drama about grief on a houseboat.\n\nReviewed by Lionel Bryce"));
    }

    @Test
    void aSectionHeadingIsNoPublication() {
        assertEquals(Optional.empty(), info("Reviews\nNight Ferry asks a lot of its audience. Night Ferry is patient.", Fact.Kind.PUBLICATION));
        assertEquals(Optional.empty(), info("Film Reviews\n" + BODY, Fact.Kind.PUBLICATION));
        // near miss: a masthead with a name of its own
        assertEquals(Optional.of("Harbour Weekly"), info("Harbour Weekly\n" + BODY, Fact.Kind.PUBLICATION));
    }

    @Test
    void aQuotedSongAfterASongNounIsNoTitle() {
        String body = "\n\nThe band's hit \"Cold Radio\" plays twice. Later the single \"Blue Hours\" plays over the credits.";
        assertEquals(Optional.empty(), title("A film about a band" + body));
        List<String> songs = facts("The soundtrack leans on Northern Static, whose 1983 single \"Blue Hours\" plays over the credits.").stream()
                .filter(f -> f instanceof Fact.Song).map(f -> ((Fact.Song) f).title().text() + "|" + (((Fact.Song) f).artist() == null ? "" : ((Fact.Song) f).artist().text())).toList();
        assertEquals(List.of("Blue Hours|Northern Static"), songs);
        // near miss: a quoted title with no song noun before it stays a title candidate
        assertEquals(Optional.of("Cold Radio"), title("A film about a band\n\nThe film \"Cold Radio\" is a delight."));
    }

    @Test
    void oneWordTitleThatIsTheSubjectOfJudgements() {
        assertEquals(Optional.of("Lodestar"), title("A film about the sea\n\nLodestar is riveting. The Harbor Board meets at noon, and Lodestar never lets go. "
                + "Later, the keeper's Harbor tale is told again, and Lodestar is moving."));
    }

    @Test
    void ratingForms() {
        assertEquals(Optional.of("4.0"), info("Night Ferry\nRated 4.0" + BODY, Fact.Kind.RATING));
        assertEquals(Optional.of("* * * *"), info("Night Ferry" + BODY + "\n* * * *\n", Fact.Kind.RATING));
        assertEquals(Optional.of("(***1/2)"), info("Night Ferry (***1/2)" + BODY, Fact.Kind.RATING));
        assertEquals(Optional.of("5 out of 6 stars"), info("Night Ferry\nWe give it 5 out of 6 stars" + BODY, Fact.Kind.RATING));
        assertEquals(Optional.of("3.5"), info("Night Ferry\nMy rating: 3.5" + BODY, Fact.Kind.RATING));
    }

    @Test
    void certificatesAreNoRating() {
        assertTrue(info("Night Ferry\nRated R" + BODY, Fact.Kind.RATING).isEmpty());
        assertTrue(info("Night Ferry (12A)" + BODY, Fact.Kind.RATING).isEmpty());
    }

    @Test
    void runtimeForms() {
        assertEquals(Optional.of("111"), info("Night Ferry\n  • Drama\n  • 111 minutes" + BODY, Fact.Kind.RUNTIME));
        assertEquals(Optional.of("107"), info("Dir: Ann Lee, France 2021, 107 mins." + BODY, Fact.Kind.RUNTIME));
        assertEquals(Optional.of("122"), info("Night Ferry, 122min" + BODY, Fact.Kind.RUNTIME));
        assertEquals(Optional.of("109"), info("Night Ferry\nRuntime: 1:49" + BODY, Fact.Kind.RUNTIME));
        assertEquals(Optional.of("112"), info("Night Ferry (Runtime: 112; 2009)" + BODY, Fact.Kind.RUNTIME));
    }

    @Test
    void aStretchOfTheFilmIsNoRuntime() {
        assertTrue(info("Night Ferry" + BODY + "The first 30 minutes drag, then it wakes up.", Fact.Kind.RUNTIME).isEmpty());
    }

    @Test
    void aSurnameIsNoOneWordTitle() {
        // "Marsh" is the director's surname; the film is the other word reviews make the subject of judgements
        assertEquals(Optional.of("Lodestar"), title("A film about the sea\n\nLodestar is riveting, and Dana Marsh directs it. Marsh is patient. "
                + "Marsh knows the sea. Later Marsh says so again, and Lodestar is moving."));
    }

    @Test
    void aLoneScoreUnderARatingLabel() {
        assertEquals(Optional.of("3.5"), info("Night Ferry" + BODY + "\nRating:\n3.5\n", Fact.Kind.RATING));
        // a number under some other line is no rating
        assertTrue(info("Night Ferry" + BODY + "\nChapters:\n3\n", Fact.Kind.RATING).isEmpty());
    }

    @Test
    void runtimesInWordsAndWithAdjectives() {
        assertEquals(Optional.of("135"), info("Night Ferry" + BODY + "At two hours and fifteen minutes, it is long.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("150"), info("Night Ferry" + BODY + "It lasts two and a half hours.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("94"), info("Night Ferry" + BODY + "It runs a brisk 94 minutes.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("125"), info("Night Ferry (Rated R, 125 minutes)" + BODY, Fact.Kind.RUNTIME));
        assertEquals(Optional.of("94"), info("Night Ferry" + BODY + "It's 94 minutes and not a second too long.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("81"), info("Night Ferry" + BODY + "The pace is brisk over a trim 81 minutes.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("109"), info("Night Ferry" + BODY + "Night Ferry. France, 2025. 1:49. In French.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("108"), info("Night Ferry" + BODY + "A keeper fights the sea. 108 min. In Norwegian with subtitles.", Fact.Kind.RUNTIME));
        // hours in words and minutes in digits; "min" in prose
        assertEquals(Optional.of("134"), info("Night Ferry" + BODY + "At two hours and 14 minutes, it's too long.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("89"), info("Night Ferry" + BODY + "Directed by Ann Lee. 89 min and not a minute wasted.", Fact.Kind.RUNTIME));
        // near miss: a moment of the film
        assertTrue(info("Night Ferry" + BODY + "About 90 min in, the boat sinks.", Fact.Kind.RUNTIME).isEmpty());
        // hours and minutes with no "m" at the end of a credit line; not a point in a book
        assertEquals(Optional.of("112"), info("Night Ferry" + BODY + "In French with subtitles. 1h 52. Three stars.", Fact.Kind.RUNTIME));
        assertTrue(info("Night Ferry" + BODY + "It starts at 1h 52 in the book.", Fact.Kind.RUNTIME).isEmpty());
        // … or before a star rating
        assertEquals(Optional.of("115"), info("Night Ferry" + BODY + "Written and directed by Ann Lee. 115 minutes. ★★★★", Fact.Kind.RUNTIME));
        // a credit line's runtime before a score ("written by Ann Lee. 93 min. 7/10")
        assertEquals(Optional.of("93"), info("Night Ferry" + BODY + "written and directed by ann lee. 93 min. 7/10", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("78"), info("Night Ferry" + BODY + "They keep the running time to a toddler-friendly 78 minutes.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("89"), info("Night Ferry" + BODY + "It's a trifle, and it's over in 89 minutes.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("88"), info("Night Ferry" + BODY + "Night Ferry is 88 minutes and streaming now.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("117"), info("NIGHT FERRY (PG-13)\nDir. Ann Lee. With Tom Vale, Mia Holt. 1:57.\nA keeper fights the sea.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("121"), info("Night Ferry" + BODY + "They keep the tension high for all of its 121 minutes.", Fact.Kind.RUNTIME));
        // near misses: a stretch of the film, a short span, and a time of day
        assertTrue(info("Night Ferry" + BODY + "It's 40 minutes before anything happens.", Fact.Kind.RUNTIME).isEmpty());
        assertTrue(info("Night Ferry" + BODY + "It's 70 minutes into the film when the storm breaks.", Fact.Kind.RUNTIME).isEmpty());
        assertTrue(info("Night Ferry" + BODY + "The screening, in 2025, 7:30 pm, was full.", Fact.Kind.RUNTIME).isEmpty());
        // two hours of something is no runtime without its minutes
        assertTrue(info("Night Ferry" + BODY + "The first two hours drag.", Fact.Kind.RUNTIME).isEmpty());
    }

    @Test
    void aNameShapedFirstLineAboveABylineIsTheTitle() {
        assertEquals(Optional.of("Harbour Lane"), title("Harbour Lane\nReviewed by Ruth Vale\n\nThree stars\n\nA retired inspector looks into a death.\n"));
        // near miss: without a byline under it, a name the body never repeats stays a name
        assertTrue(title("Harbour Lane\n\nThree stars\n\nA retired inspector looks into a death.\n").isEmpty());
    }

    @Test
    void headingsWithTheirTrimmings() {
        String body = "\n\nA keeper climbs the stairs every night.\n";
        assertEquals(Optional.of("Night Ferry"), title("NOW STREAMING: Night Ferry (Netflix)" + body));
        assertEquals(Optional.of("Cisza"), title("Review: Cisza (The Silence), dir. Ann Lee" + body));
        assertEquals(Optional.of("NIGHT FERRY"), title("NIGHT FERRY review!!! 😭😭" + body));
        // near miss: a column label that names no section of films keeps the whole line
        assertEquals(Optional.of("Night Ferry"), title("Night Ferry (Netflix)" + body));
    }

    @Test
    void aHeadingSayingWhatTheSpeakersReview() {
        assertEquals(Optional.of("DRY SEASON"), title("Episode 88: we review DRY SEASON\n\nJO: So, Dry Season. Did you like it?\nAL: I loved it.\n"));
        assertEquals(Optional.of("Dry Season"), title("This week I review Dry Season\n\nDry Season is slow.\n"));
        // near miss: reviewing something that is no title
        assertFalse(title("Episode 88: we review the week's releases\n\nDry Season is slow. Dry Season is sad.\n").orElse("").startsWith("Episode"));
    }

    @Test
    void aDatelineIsNoTitle() {
        assertEquals(Optional.of("The Cold Orchard"), title("BERLIN — Few films at this year's festival have been as quietly devastating as \"The Cold Orchard\" (original title: \"Der kalte Garten\"), the third feature from Jo Roe.\n\nIt is slow.\n"));
        // near miss: a title before a dash on its own line is still the title
        assertEquals(Optional.of("Cold Orchard"), title("Cold Orchard — a review\n\nCold Orchard is slow, and it is sad.\n"));
    }

    @Test
    void aSectionsWordsAreNoTitleNorPublication() {
        assertEquals(Optional.of("Iron Orchard"), title("MOVIE REVIEW\n'Iron Orchard' is a handsome western with a hollow heart\n\nIron Orchard is stuffed with nods to old westerns. Iron Orchard runs long.\n"));
        assertTrue(info("Home | Film | TV | Music | Books | Subscribe\nNight Ferry" + BODY, Fact.Kind.PUBLICATION).isEmpty());
        // near miss: a masthead after a bar on the first line is still the publication
        assertEquals(Optional.of("Harbour Gazette"), info("Night Ferry review – a cold tale | Harbour Gazette" + BODY, Fact.Kind.PUBLICATION));
        // near miss: a one-paragraph capsule signed off with a dash ends in its critic, not a publication
        String capsule = "DRY SEASON ** (R, 97 min.) A cop and a thief share a boat. It sinks slowly. — Marta Quill-Ode";
        assertTrue(info(capsule, Fact.Kind.PUBLICATION).isEmpty());
    }

    @Test
    void aListingsLineWithCertificateAndRunningTime() {
        assertEquals(Optional.of("Night Ferry"), title("NIGHT FERRY: Keeper thriller runs out of steam\n\nNight Ferry (15), 104 mins\n\nA keeper climbs the stairs.\n"));
        // near miss: a certificate alone after a name line with no running time is left to the other rules
        assertEquals(Optional.of("Night Ferry"), title("Night Ferry (15)\n\nA keeper climbs the stairs in Night Ferry.\n"));
    }

    @Test
    void aMetadataBlocksTitleAndStarsBeforeATitle() {
        String body = "\n\nTwo brothers return to a flooded village.\n";
        assertEquals(Optional.of("Glass Rivers"), title("Title: Glass Rivers\nDirector: Ann Lee\nYear: 2026" + body));
        assertEquals(Optional.of("Night Shift at the Aurora"), title("★★★★ Night Shift at the Aurora\n\nFILM | 12A | 1hr 47min" + body));
        // near miss: a certificate alone on a line is no title
        assertTrue(title("FILM | 12A | 1hr 47min" + body).isEmpty());
    }

    @Test
    void aQuotedTitleThenAColonAndAFestivalsReview() {
        String body = "\n\nA keeper climbs the stairs every night.\n";
        assertEquals(Optional.of("Night Ferry"), title("'Night Ferry': Film Review" + body));
        assertEquals(Optional.of("Night Ferry"), title("‘Night Ferry’: Sundance Review" + body));
        assertEquals(Optional.of("Night Ferry"), title("'Night Ferry' – Berlin Film Review" + body));
        // near miss: a quoted phrase in a headline sentence that goes on is not the reviewed title's line
        assertTrue(title("'Night Ferry' is what they called the boat, and nobody would review it" + body).map(t -> !t.contains("nobody")).orElse(true));
    }

    @Test
    void aTitleTheViewerWentInto() {
        assertEquals(Optional.of("The Night Ferry"), title("A masterpiece of quiet dread\n8/10\n\nI went into The Night Ferry knowing nothing and it is the best way.\n"));
        // near miss: a place gone into is no title
        assertTrue(title("A masterpiece of quiet dread\n8/10\n\nI went into town and saw it on Tuesday.\n").isEmpty());
    }

    @Test
    void aUsersHandleAsTheByline() {
        assertEquals(Optional.of("filmfan_1987"), info("Night Ferry\nReviewed by filmfan_1987" + BODY, Fact.Kind.REVIEWER));
        // near miss: a plain word after "reviewed by" is no handle
        assertTrue(info("Night Ferry\nReviewed by everyone" + BODY, Fact.Kind.REVIEWER).isEmpty());
    }

    @Test
    void asterisksAfterARatingLabel() {
        assertEquals(Optional.of("***"), info("Night Ferry\nRating: ***" + BODY, Fact.Kind.RATING));
        // near miss: a footnote's asterisks after a word are no rating
        assertTrue(info("Night Ferry" + BODY + "It opens on Friday.** Some screenings are sold out.", Fact.Kind.RATING).isEmpty());
    }

    @Test
    void aShortHoursAndMinutesLengthInProse() {
        assertEquals(Optional.of("110"), info("Night Ferry" + BODY + "it's like 1h50 and could lose twenty minutes tbh", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("125"), info("Night Ferry" + BODY + "It runs about 2h05 and never drags.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("125"), info("Night Ferry\nRuntime: 2h05" + BODY, Fact.Kind.RUNTIME));
        // near miss: a time of day in the story is no length
        assertEquals(Optional.empty(), info("Night Ferry" + BODY + "The ferry leaves at 1h50 and sinks by dawn.", Fact.Kind.RUNTIME));
    }

    @Test
    void halfAStarWrittenHalfFirstAndABylineEndingInReviewIsNoTitle() {
        assertEquals(Optional.of("½★"), info("DRY SEASON 2\n½★\n" + BODY, Fact.Kind.RATING));
        assertEquals(Optional.of("Dry Season"), title("Dry Season\n\nBy Ann Lee-Voss | The Harbour Review\n" + BODY));
        // near miss: a run of stars with a half after it is still read whole
        assertEquals(Optional.of("★★½"), info("Dry Season\n★★½\n" + BODY, Fact.Kind.RATING));
    }

    @Test
    void minutesInWordsOpeningASentence() {
        assertEquals(Optional.of("91"), info("Night Ferry" + BODY + "Written and directed by Jo Roe. Ninety-one minutes, which is the right length.", Fact.Kind.RUNTIME));
        assertEquals(Optional.of("80"), info("Night Ferry" + BODY + "It's slight. Eighty minutes.", Fact.Kind.RUNTIME));
        // near miss: minutes into the film are a moment, not its length
        assertEquals(Optional.empty(), info("Night Ferry" + BODY + "It drags. Ninety minutes in, the ferry finally sinks.", Fact.Kind.RUNTIME));
    }

    @Test
    void asterisksInAListingsHeading() {
        assertEquals(Optional.of("**"), info("DRY SEASON ** (R, 97 min.) A cop and a thief share a boat. Jo Roe directs.", Fact.Kind.RATING));
        assertEquals(Optional.of("***½"), info("Dry Season ***½ (104 min.) A cop and a thief share a boat.", Fact.Kind.RATING));
        // near miss: asterisks after a heading with no listing bracket behind them are a footnote mark
        assertTrue(info("Dry Season** (see below)\nA cop and a thief share a boat." + BODY, Fact.Kind.RATING).isEmpty());
    }

    @Test
    void aBylineWithThePublicationBeforeTheCriticsTitle() {
        assertEquals(Optional.of("Marta Quill"), info("Night Ferry\nBy Marta Quill, Harbour Gazette film critic" + BODY, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Harbour Gazette"), info("Night Ferry\nBy Marta Quill, Harbour Gazette film critic" + BODY, Fact.Kind.PUBLICATION));
        assertEquals(Optional.of("Harbour Gazette"), info("Night Ferry\nBy Marta Quill, Harbour Gazette Chief Critic" + BODY, Fact.Kind.PUBLICATION));
        // near misses: the critic's title alone is no publication
        assertTrue(info("Night Ferry\nBy Marta Quill, Senior Film Critic" + BODY, Fact.Kind.PUBLICATION).isEmpty());
        assertTrue(info("Night Ferry\nBy Marta Quill, Chief Critic" + BODY, Fact.Kind.PUBLICATION).isEmpty());
    }

    @Test
    void aBylineWithThePublicationAfterABar() {
        assertEquals(Optional.of("Marta Quill"), info("Night Ferry\nby Marta Quill | Harbour Gazette | ★★★★☆" + BODY, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Harbour Gazette"), info("Night Ferry\nby Marta Quill | Harbour Gazette | ★★★★☆" + BODY, Fact.Kind.PUBLICATION));
        // near misses: a date or the critic's title after the bar is no publication
        assertEquals(Optional.of("Marta Quill"), info("Night Ferry\nBy Marta Quill | March 3, 2026" + BODY, Fact.Kind.REVIEWER));
        assertTrue(info("Night Ferry\nBy Marta Quill | March 3, 2026" + BODY, Fact.Kind.PUBLICATION).isEmpty());
        assertTrue(info("Night Ferry\nBy Marta Quill | Film Critic" + BODY, Fact.Kind.PUBLICATION).isEmpty());
    }

    @Test
    void aBylineWithItsPublicationAfterAComma() {
        assertEquals(Optional.of("Marta Quill"), info("Night Ferry\nBy Marta Quill, Screen Notes" + BODY, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Screen Notes"), info("Night Ferry\nBy Marta Quill, Screen Notes" + BODY, Fact.Kind.PUBLICATION));
        assertEquals(Optional.of("jonas pelt"), info("Posted by jonas pelt\n\nok so i watched night ferry and wow. it is a small film about a keeper.\n",
                Fact.Kind.REVIEWER));
        // near misses: a critic's title after the comma, initials signing off, and "posted by the editors"
        assertTrue(info("Night Ferry\nBy Marta Quill, Film Critic" + BODY, Fact.Kind.PUBLICATION).isEmpty());
        assertTrue(info("Night Ferry" + BODY + "It is a slow and rewarding film about a keeper and the sea. — R.M.", Fact.Kind.PUBLICATION).isEmpty());
        assertTrue(info("Posted by the editors\n\nok so i watched night ferry and wow.\n", Fact.Kind.REVIEWER).isEmpty());
    }

    @Test
    void aHeadlineQuotingAWorkItsMakerOwnsNamesTheFilm() {
        assertEquals(Optional.of("De Stille Stad"), title("Berlin dispatch: Piet van der Berg's 'De Stille Stad' is a slow-burning triumph\n\n"
                + "Piet van der Berg has never been in a hurry, and his new film is patient.\n"));
        // near miss: the same words in a sentence of the body compare another film
        assertTrue(title("Night Ferry\n\nNight Ferry is slow. It owes a debt to Jane Roe's 'Long Water', which was slower.\n").map(t -> !t.equals("Long Water")).orElse(true));
    }

    @Test
    void sectionLabelsQuotesAndARatingOutOfFiveOnTheHeading() {
        assertEquals(Optional.of("Paper Moon"), title("FILM OF THE WEEK: Paper Moon\n\nPaper Moon is a comedy. Paper Moon is sweet.\n"));
        assertEquals(Optional.of("Northside"), title("Review: 'Northside' (2026) – a rap biopic that gets the music right\n\nNorthside is loud.\n"));
        assertEquals(Optional.of("Salt and Iron"), title("Salt and Iron ★★★½ out of five\n\nIt is a drama about a fish shop.\n"));
        assertEquals(Optional.of("★★★½ out of five"), info("Salt and Iron ★★★½ out of five\n\nIt is a drama about a fish shop.\n", Fact.Kind.RATING));
        assertEquals(Optional.of("Winter Hymn"), title("Ten years on, Oskar Lind returns with Winter Hymn, a stately drama about a choir.\n"));
        assertEquals(Optional.of("99"), info("Night Ferry" + BODY + "How long is it? 1hr 39min.", Fact.Kind.RUNTIME));
        // near miss: a label that names no section keeps its colon out of the way only where it is one
        assertTrue(title("Verdict: wonderful\n\nIt is a drama about a fish shop.\n").map(t -> !t.equals("wonderful")).orElse(true));
    }

    @Test
    void aHeadingThatSaysSomethingOfTheFilm() {
        assertEquals(Optional.of("Prom Night at Lakeview High"), title("Prom Night at Lakeview High is dumb fun\n\nGrade: B-\n\nThree friends make a pact.\n"));
        assertEquals(Optional.of("95"), info("Night Ferry" + BODY + "Director Ann Lee keeps it to 95 minutes.", Fact.Kind.RUNTIME));
    }

    @Test
    void aHeadingSayingWhoseReviewOfWhat() {
        assertEquals(Optional.of("Cold Harbour"), title("My review of Cold Harbour (spoiler-free!)\n\nI went into Cold Harbour knowing nothing.\n"));
    }

    @Test
    void aLowerCaseTitleMayHoldAtThe() {
        assertEquals(Optional.of("midnight at the laundromat"), title("ok so i watched midnight at the laundromat on a whim and wow. it is a small comedy.\n"));
        // near miss: where it was watched is no part of the title
        assertEquals(Optional.of("night ferry"), title("ok so i watched night ferry at the cinema last week and wow. it is a small drama.\n"));
    }

    @Test
    void bylinesAndTheirLinesAreNoTitles() {
        assertEquals(Optional.of("Night Ferry"), title("Review by Marta Quill\nNight Ferry" + BODY));
        assertEquals(Optional.of("Marta Quill"), info("Review by Marta Quill\nNight Ferry" + BODY, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Night Ferry"), title("Critic: Marta Quill\nNight Ferry" + BODY));
        assertEquals(Optional.of("Marta Quill"), info("Critic: Marta Quill\nNight Ferry" + BODY, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("The Evening Lamp"), info("Night Ferry\nMarta Quill / The Evening Lamp" + BODY, Fact.Kind.PUBLICATION));
    }

    @Test
    void titleBeforeALowerCaseReview() {
        assertEquals(Optional.of("Night Ferry"), title("Night Ferry review\n\nThe keeper climbs the stairs. It is patient and cold, and the sea rewards it.\n"));
        assertEquals(Optional.of("night ferry"), title("so i finally watched night ferry last night and wow. the keeper climbs the stairs every night.\n"));
    }

    @Test
    void aTitleInCapitalsBeforeItsBracketOnALongFirstLine() {
        assertEquals(Optional.of("NIGHT FERRY"), title("NIGHT FERRY (12A, 112 min) Dir. Tomas Reyhner. Starring Nadia Fenn." + BODY));
    }

    @Test
    void navigationAndSectionHeadingsAreNoTitles() {
        assertEquals(Optional.of("Night Ferry"), title("Home | Reviews | Night Ferry\n\nNight Ferry" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("NEWS & REVIEWS\nNight Ferry: a cold tale of a keeper" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("Movie Reviews\n\nNight Ferry" + BODY));
        // near miss: a title made of a site word and another word is still a title
        assertEquals(Optional.of("Harbour Reviews"), title("Harbour Reviews\n\nThe keeper climbs. Harbour Reviews is a cold drama, and Harbour Reviews rewards it."));
    }

    @Test
    void aNameThatIsAFilmOrAGenreInProse() {
        assertEquals(Optional.of("Lamplight"), title("Shining a light\n\nPosted by the desk.\n\nAs a rousing newspaper drama, Lamplight is riveting."));
        assertEquals(Optional.of("Night Ferry"), title("Posted by Ana Blick on a Monday\n\nNight Ferry is a gripping drama about a keeper."));
        // near misses: a person who is a drama, a place that is a film's setting
        assertEquals(Optional.empty(), title("posted on a monday\n\nTom Smithers is a drama queen in every scene."));
    }

    @Test
    void aBylineWithTheCriticsTitle() {
        assertEquals(Optional.of("Martin Kessel"), info("Night Ferry\nBy Martin Kessel, Film Critic" + BODY, Fact.Kind.REVIEWER));
        // near miss: a byline with something else after the comma
        assertEquals(Optional.empty(), info("Night Ferry\nBy Martin Kessel, who loved it" + BODY, Fact.Kind.REVIEWER));
    }

    @Test
    void aLoneScoreUnderItsLabelReadsOnTheNextCommonScale() {
        assertEquals(Optional.of(0.7), score("Night Ferry\nScore\n7" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("Score\n7\nNight Ferry" + BODY));
    }

    @Test
    void runtimeAfterACertificate() {
        assertEquals(Optional.of("98"), info("Night Ferry\nRated PG-13. 98 minutes." + BODY, Fact.Kind.RUNTIME));
        // near miss: a number of minutes in a story is no runtime
        assertEquals(Optional.empty(), info("Night Ferry\nHe waits. 20 minutes pass." + BODY, Fact.Kind.RUNTIME));
    }

    @Test
    void bylineWithThePublicationIsNoTitle() {
        String text = "Reviewed by Kit Amberley for Screen Weekly\nNight Ferry" + BODY;
        assertEquals(Optional.of("Kit Amberley"), info(text, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Screen Weekly"), info(text, Fact.Kind.PUBLICATION));
        assertEquals(Optional.of("Night Ferry"), title("Sam Okri / The Northern Ledger\nNight Ferry" + BODY));
        assertEquals(Optional.of("Night Ferry"), title("FINAL SCORE: 62/100\nNight Ferry" + BODY));
    }

    @Test
    void aBareNameLineInTheHeaderIsTheByline() {
        String text = "Night Ferry review: a keeper and his light\n\nA slow, patient drama\n\nDana Whitlock\n" + BODY;
        assertEquals(Optional.of("Dana Whitlock"), info(text, Fact.Kind.REVIEWER));
        // near miss: a name on its own line that the review talks about is one of the film's people
        String cast = "Night Ferry\n\nTom Reed\n\nThe keeper climbs the stairs. Tom Reed plays him, and Reed never overdoes it.";
        assertEquals(Optional.empty(), info(cast, Fact.Kind.REVIEWER));
    }

    @Test
    void columnNamesTheCriticAndTheTitleStays() {
        String text = "McCoy on Movies: Night Ferry" + BODY;
        assertEquals(Optional.of("McCoy"), info(text, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Night Ferry"), title(text));
    }

    @Test
    void publicationAfterABarAndNoneFromASectionWord() {
        String text = "Night Ferry (12A) |Close-Up Film Review" + BODY;
        assertEquals(Optional.of("Close-Up Film"), info(text, Fact.Kind.PUBLICATION));
        assertEquals(Optional.of("Night Ferry"), title(text));
        assertEquals(Optional.empty(), info("Night Ferry – Film Review" + BODY, Fact.Kind.PUBLICATION));
        assertEquals(Optional.of("Night Ferry"), title("Night Ferry – Film Review" + BODY));
        assertEquals(Optional.of("Time Out"), info("Night Ferry\nTime Out says" + BODY, Fact.Kind.PUBLICATION));
    }

    @Test
    void titleAsTheSubjectOfKindOfFilm() {
        assertEquals(Optional.of("Night Ferry"), title("★★★★☆\n\nNight Ferry is the kind of film that lingers. It finds terror in open water."));
    }

    @Test
    void navigationWithGenreSectionsIsNoTitle() {
        assertEquals(Optional.of("Night Ferry"), title("Home » Reviews » Drama\n\nNight Ferry review – a slow-burning marvel\n\nTom Reed stars."));
    }

    @Test
    void lowerCaseTitleAfterWatching() {
        assertEquals(Optional.of("night ferry"), title("i finally got around to watching night ferry and honestly? not bad. tom reed is great."));
        // near miss: what is watched is a person or a thing of the story
        assertEquals(Optional.empty(), title("i kept watching her face and honestly? not bad. the ending is great."));
        assertEquals(Optional.of("salt marsh"), title("so i finally caught up with salt marsh\n\nok so this is the horror everyone has been yelling about and it's fine?? tom reed is great."));
        // near miss: catching up with a person
        assertEquals(Optional.empty(), title("so i finally caught up with her at the end and honestly? not bad. the ending is great."));
    }

    @Test
    void titleOpeningASentenceAfterIn() {
        assertEquals(Optional.of("Night Ferry"), title("In Night Ferry, director Jane Roe follows two drifters across the sea. Night Ferry never hurries."));
        // near miss: a date after "In" names no film
        assertEquals(Optional.empty(), title("In March, the keeper climbs the stairs. The keeper never hurries."));
    }

    private static Optional<Double> score(String text) {
        return facts(text).stream().filter(x -> x instanceof Fact.ReviewInfo r && r.kind() == Fact.Kind.RATING).map(x -> ((Fact.ReviewInfo) x).normalised()).findFirst();
    }

    @Test
    void halvesScalesInWordsAndGradesInWords() {
        assertEquals(Optional.of(0.7), score("Night Ferry\nRating: 3 1/2 stars" + BODY));
        assertEquals(Optional.of(0.625), score("Night Ferry\n**½ (out of four)" + BODY));
        assertEquals(Optional.of(0.8), score("Night Ferry\nVerdict: Four stars out of five" + BODY));
        assertEquals(Optional.of(0.7), score("Night Ferry\nThree and a half out of five stars." + BODY));
        assertEquals(Optional.of(0.85), score("Night Ferry\nGrade: B plus" + BODY));
        // near misses: a certificate is no rating
        assertEquals(Optional.empty(), score("Night Ferry\nThe film is rated 15 by the BBFC." + BODY));
        assertEquals(Optional.empty(), score("Night Ferry (15)\nA slow drama." + BODY));
    }

    @Test
    void runtimesInShortHandAndInProse() {
        assertEquals(Optional.of("109"), info("Night Ferry (1h 49m)\nA slow drama." + BODY, Fact.Kind.RUNTIME));
        assertEquals(Optional.of("109"), info("Night Ferry\nAt 109 minutes, it never drags." + BODY, Fact.Kind.RUNTIME));
        assertEquals(Optional.of("88"), info("Night Ferry\nAt a brisk 88 minutes, it flies." + BODY, Fact.Kind.RUNTIME));
        assertEquals(Optional.of("109"), info("Night Ferry\nThe film is 109 minutes long." + BODY, Fact.Kind.RUNTIME));
        // near miss: a moment in the film is no runtime
        assertEquals(Optional.empty(), info("Night Ferry\nAt 40 minutes in, the twist arrives." + BODY, Fact.Kind.RUNTIME));
    }

    @Test
    void aFilmNamedToCompareIsNotTheTitle() {
        // "Jaws" is named four times, each time as a comparison; the film reviewed is the other one
        String text = "Unlike Jaws, which it openly admires, this one never shows the shark. Like Jaws, it is set in a town. "
                + "Jaws is still the better film, and Night Ferry owes a debt to Jaws. Night Ferry is his best work.";
        assertEquals(Optional.of("Night Ferry"), title(text));
        // near miss: a title on the first line stays, however often the review compares it
        assertEquals(Optional.of("Jaws"), title("Jaws\n\nUnlike Jaws, the sequel never shows the shark. Jaws is the better film." + BODY));
    }

    @Test
    void aHeadlineThatSaysSomethingOfTheFilmNamesItFirst() {
        assertEquals(Optional.of("Night Ferry"), title("Night Ferry is a slow-burning marvel – review\nThe keeper climbs." + BODY));
        // near miss: a capitalised verb belongs to the title
        assertEquals(Optional.of("The Past Is Mine"), title("The Past Is Mine review\nThe keeper climbs in The Past Is Mine."));
    }

    @Test
    void aReviewLabelBeforeADash() {
        assertEquals(Optional.of("Night Ferry"), title("Film Review – Night Ferry (2024)\n\nPosted by a reader\n\nThe ferry crosses at night. Tom Hale is the captain."));
        assertEquals(Optional.of("Night Ferry"), title("MOVIE REVIEW - Night Ferry\n\nThe ferry crosses at night. Tom Hale is the captain."));
    }

    @Test
    void aListingsSectionHeadingAndATitleWithCertificateAndRuntimeInOneBracket() {
        assertEquals(Optional.of("Crash Course"), title("NEW RELEASES THIS WEEK\n\nCrash Course (12A, 101 mins) ★★★\nTwo teachers fall for each other on a school trip."));
        // near miss: a section heading alone names no film
        assertTrue(title("ALSO OPENING\n\nTwo teachers fall for each other on a school trip.").isEmpty());
    }

    @Test
    void aTitleInAppositionToAWorkNounOutweighsAHeadlineNeverRepeated() {
        assertEquals(Optional.of("Owo Ina"), title("Lights Out Over Lagos\n\nBy a reader\n\nIn Tunde Bello's third feature, Owo Ina (Money Fire), a banker loses everything in a weekend. Owo Ina is a thriller with a heart."));
        assertEquals(Optional.of("Marlowe"), title("Cowboy Heartbreak Rides Again in Marlowe\n\nMarlowe, the new western from director Sue Dane, is a slow, sad, lovely film. Marlowe rides into town."));
        // near misses: an earlier film of the maker's; a person, not a work, in apposition
        assertEquals(Optional.of("Brisk Winds at Sea"), title("Brisk Winds at Sea\n\nIn Tunde Bello's previous feature, Owo Ina, a banker lost everything. This one is about a boat."));
        assertEquals(Optional.of("Brisk Winds at Sea"), title("Brisk Winds at Sea\n\nJo Hale, the new captain from Dover, takes the boat out. The crew hate her."));
    }

    @Test
    void bylinesWithATitleOfWordsAPluralAndAHandle() {
        assertEquals(Optional.of("Jo Roe"), info("Night Ferry\n\nBy Jo Roe, Music & Film Editor\n\nA good film.", Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Jo Roe"), info("Night Ferry\n\nA good film.\n\nReviews by Jo Roe", Fact.Kind.REVIEWER));
        assertEquals(Optional.of("nightowl"), info("Night Ferry\n\nPosted on October 30, 2026 by nightowl\n\nA good film.", Fact.Kind.REVIEWER));
        assertEquals(Optional.of("nightowl"), info("nightowl watched\nnight ferry\n★★★\n\ni finally watched night ferry and it was a good film.", Fact.Kind.REVIEWER));
        assertTrue(info("Everyone watched\n\nA good film.", Fact.Kind.REVIEWER).isEmpty());
        // near misses: a site's role is no handle; a byline's title that is no critic's keeps the name out
        assertTrue(info("Night Ferry\n\nPosted by admin\n\nA good film.", Fact.Kind.REVIEWER).isEmpty());
        assertTrue(info("Night Ferry\n\nPosted on October 30, 2026 by the editor\n\nA good film.", Fact.Kind.REVIEWER).isEmpty());
    }

    @Test
    void aHeadlineWhoseTitleDoesSomethingAndATitleItsMakerOwns() {
        assertEquals(Optional.of("The Wide Acre"), title("The Wide Acre finds grace in a dying farm town, but not much else\n\nA farmer loses his son. The Wide Acre is slow."));
        assertEquals(Optional.of("Zorya"), title("A mother's war, in close-up\n\nDirector Keira Mount's Zorya (Dawn) is a small film about a very big subject. Zorya is out on Friday."));
        // near miss: a plural noun after one word is no verb ("Ten years ago"), and a sentence is no headline
        assertTrue(title("Ten years ago the farm was sold.\n\nA farmer loses his son.").isEmpty());
    }

    @Test
    void aVerdictOnAQuotedTitleAndANicknameInQuotes() {
        assertEquals(Optional.of("Concrete Throne"), title("Verdict on 'Concrete Throne': a rap biopic with more heart than bite\n\nBy Andre Whit, Culture Desk\n\n"
                + "Concrete Throne charts the rise of a crew. Jay Moss is Marcus \"Throne\" Bell, a kid who writes rhymes."));
        // a section after the byline's comma is no publication
        assertTrue(info("Night Ferry\n\nBy Andre Whit, Culture Desk\n\nA good film.", Fact.Kind.PUBLICATION).isEmpty());
        // near miss: a quoted word between two names is a nickname, not a title
        assertTrue(title("The cast is young. Jay Moss is Marcus \"Crown\" Bell, a kid who writes rhymes, and he is good.").isEmpty());
    }

    @Test
    void aTitleOneWentToSeeAndAHandlePostedOnADate() {
        String t = "Posted by filmfan_88 on 3 November 2026\n\nso i went to see Second Chances at the Seaside with my sister and loved it. lily carr plays jess.";
        assertEquals(Optional.of("Second Chances at the Seaside"), title(t));
        assertEquals(Optional.of("filmfan_88"), info(t, Fact.Kind.REVIEWER));
        // near miss: going to see a person is no title
        assertTrue(title("so i went to see my sister with mum and we talked.").isEmpty());
    }

    @Test
    void aNameRightUnderTheRatingSignsTheReviewOff() {
        String body = "\n\nThe keeper climbs the stairs every night. It is patient and cold, and it rewards patience.\n\nThe sea does the rest.\n"
                + "The gulls do the rest of the rest.\nThe lamp goes out.\nThe end comes.\nThen the credits.\nThen the lights.\nThen the street.\n\n";
        assertEquals(Optional.of("Fenna Shawbury"), info("Night Ferry" + body + "Verdict: \u2605\u2605\u2605\nFenna Shawbury", Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Fenna Shawbury"), info("Night Ferry" + body + "Rating: 3 out of 5\nFenna Shawbury\n", Fact.Kind.REVIEWER));
        // near miss: a name under a line of prose is a credit list's or the text's
        assertTrue(info("Night Ferry" + body + "Music by the band.\nFenna Shawbury", Fact.Kind.REVIEWER).isEmpty());
    }

    @Test
    void reviewedForAPublicationByACritic() {
        String t = "Night Ferry" + BODY + "\nRating: 4 out of 5\nReviewed for The Lowfield Courier by Hal Rudderham";
        assertEquals(Optional.of("Hal Rudderham"), info(t, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("The Lowfield Courier"), info(t, Fact.Kind.PUBLICATION));
        // near miss: a sentence that mentions being reviewed is no byline
        assertTrue(info("Night Ferry" + BODY + "\nIt was reviewed for the paper by everyone I know, and they loved it.", Fact.Kind.REVIEWER).isEmpty());
    }

    @Test
    void aReviewByLineWithThePublicationAfterABar() {
        String t = "Tides of Sand\n\nReview by Oskar Lindqvist-Roth | Reel Notes Monthly\n" + BODY;
        assertEquals(Optional.of("Oskar Lindqvist-Roth"), info(t, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Reel Notes Monthly"), info(t, Fact.Kind.PUBLICATION));
        // near miss: a line of prose with a bar is no byline
        assertTrue(info("Tides of Sand\n\nThe review by the board | was late\n" + BODY, Fact.Kind.REVIEWER).isEmpty());
    }

    @Test
    void aTitleInAnotherLanguageKeepsItsSmallWords() {
        assertEquals(Optional.of("Le Chant des Marais"), title("Le Chant des Marais (The Song of the Marsh)\n\nThe drama follows a widowed beekeeper through a summer.\n"));
        // near miss: a lower-case word that is no article or preposition still makes a sentence, not a title
        assertTrue(title("les marais chantent des chansons\n\nThe drama follows a widowed beekeeper through a summer.\n").isEmpty());
    }

    @Test
    void aStreamingGuidesQuestions() {
        assertEquals(Optional.of("Slack Tide"), title("Should you stream Slack Tide? Everything you need to know\n\nA marine biologist returns to the island.\n"));
        assertEquals(Optional.of("Slack Tide"), title("What is Slack Tide about?\nA marine biologist returns to the island.\n"));
        // near miss: a question about "it" names nothing, nor does a question inside prose
        assertTrue(title("What is it about?\nA marine biologist returns to the island.\n").isEmpty());
        assertTrue(title("The island waits. What is Love about? The film asks, but never answers.\n").isEmpty());
    }

    @Test
    void atItsLengthOpeningAClause() {
        assertEquals(Optional.of("138"), info("Night Ferry" + BODY + "A flashback never earns its place, and at 138 minutes the middle sags.", Fact.Kind.RUNTIME));
        // near misses: a moment of the film, and a time of day
        assertTrue(info("Night Ferry" + BODY + "The twist comes, and at 90 minutes in the plot turns.", Fact.Kind.RUNTIME).isEmpty());
        assertTrue(info("Night Ferry" + BODY + "She wakes, and at 75 minutes past midnight she sleeps again.", Fact.Kind.RUNTIME).isEmpty());
    }

    @Test
    void aSignedOffBylineAtTheFoot() {
        String t = "Tides of Sand\n" + BODY + "\n– Reviewed by Oskar Lindqvist-Roth for Reel Notes Monthly\n";
        assertEquals(Optional.of("Oskar Lindqvist-Roth"), info(t, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Reel Notes Monthly"), info(t, Fact.Kind.PUBLICATION));
        // near miss: a dash line of prose
        assertTrue(info("Tides of Sand\n" + BODY + "\n– reviewed by nobody, loved by all\n", Fact.Kind.REVIEWER).isEmpty());
    }

    @Test
    void aLowerCaseHeadingBeforeReview() {
        assertEquals(Optional.of("hollow time"), title("hollow time — a review\n\nRating: 6/10\n\nThe folk-horror revival continues.\n"));
        // near miss: a sentence that ends in "review" is no heading
        assertTrue(title("so here is what i thought of it, my review\n\nThe folk-horror revival continues.\n").isEmpty());
    }

    @Test
    void aBylineWithADotBeforeThePublication() {
        String t = "Tides of Sand\n\nby Oskar Lindqvist-Roth · Reel Notes Monthly\n" + BODY;
        assertEquals(Optional.of("Oskar Lindqvist-Roth"), info(t, Fact.Kind.REVIEWER));
        assertEquals(Optional.of("Reel Notes Monthly"), info(t, Fact.Kind.PUBLICATION));
        // near miss: a date after the dot is no publication
        assertTrue(info("Tides of Sand\n\nby Oskar Lindqvist-Roth • 12 March 2026\n" + BODY, Fact.Kind.PUBLICATION).isEmpty());
    }
}
