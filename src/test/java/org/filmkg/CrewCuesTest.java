package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.review.Review;
import org.junit.jupiter.api.Test;

/** Crew from credit labels and from the parse, on sentences written for these tests, near misses included. */
class CrewCuesTest {
    private static final Extraction EXTRACTION = new Extraction();

    private static List<String> crew(String text) {
        return EXTRACTION.run(new Review("t.txt", text)).facts().stream()
                .filter(f -> f instanceof Fact.Crew).map(f -> (Fact.Crew) f)
                .map(c -> c.person().text() + "|" + c.job().label()).collect(Collectors.toList());
    }

    @Test
    void labelledCreditLines() {
        List<String> c = crew("Lighthouse\nDIRECTED BY: Ines Calder\nWRITER(S): Ines Calder, Paul Okafor and Mira Stein (story)\n"
                + "Music – Dario Lentz\nA film about a keeper and his son.");
        assertTrue(c.containsAll(List.of("Ines Calder|director", "Ines Calder|writer", "Paul Okafor|writer", "Mira Stein|writer", "Dario Lentz|composer")), c.toString());
    }

    @Test
    void aPronounCoWritingStandsForTheNameBefore() {
        List<String> c = crew("Night Ferry\n\nDirector Ines Corvo (who made the short it grew from) knows how to hold a shot. The sound is eerie. "
                + "The script, which she co-wrote with her partner Leon Varga, runs out of ideas.");
        assertTrue(c.contains("Ines Corvo|writer") && c.contains("Leon Varga|writer"), c.toString());
        // near miss: writing a letter with someone is no script
        assertFalse(crew("Night Ferry\n\nDirector Ines Corvo keeps it tight. In the film, she writes a letter with her partner Leon Varga.").contains("Ines Corvo|writer"));
    }

    @Test
    void aFrontedParticipleAPartnerInProducingAndACoWriter() {
        List<String> c = crew("Night Ferry\n\nShot in lustrous 35mm by Kasper Lunde, Night Ferry takes its time. Director Keisha Lang, who produced the film "
                + "with Ice Vernon, loves this world. Lang and co-writer Di Kolb keep us outside the jury room.");
        for (String x : List.of("Kasper Lunde|cinematographer", "Ice Vernon|producer", "Lang|writer", "Di Kolb|writer")) assertTrue(c.contains(x), x + " in " + c);
        // near misses: a character shot in the back; a play produced in the story
        assertFalse(crew("Night Ferry\n\nShot in the back by Tom Vale, Ruth Vale dies in the first reel.").contains("Tom Vale|cinematographer"));
        assertFalse(crew("Night Ferry\n\nIn the story, Ruth Vale produced a play with Tom Vale.").contains("Tom Vale|producer"));
    }

    @Test
    void theCriticsBylineIsNoWritingCreditButACreditLineIs() {
        assertFalse(crew("Night Ferry\n\nThe film follows a ferry pilot across a cold sea. It runs 90 minutes.\n\nWritten by Niamh Carrick").contains("Niamh Carrick|writer"));
        assertTrue(crew("Night Ferry\nDirected by Ana Quist\nWritten by Tom Vale\nStarring Jo Marsh\n\nThe film follows a ferry pilot.").contains("Tom Vale|writer"));
        assertTrue(crew("Night Ferry\n\nTech credits are strong, notably Yuki Tanabe's production design.").contains("Yuki Tanabe|other"));
    }

    @Test
    void aCoDirectorKeepsThePlainerCreditBesideIt() {
        List<String> c = crew("Night Ferry\n\nDirector Megan Fairlie and her co-director, Toby Quist, keep the gags coming.");
        assertTrue(c.contains("Megan Fairlie|director") && c.contains("Toby Quist|director"), c.toString());
        // near miss: without a "co-" job one film keeps its firmer director
        List<String> d = crew("Night Ferry\n\nDirected by Megan Fairlie. Toby Quist's film is a mess, says everyone.");
        assertTrue(d.contains("Megan Fairlie|director") && !d.contains("Toby Quist|director"), d.toString());
    }

    @Test
    void lightingTheFilmAndASurnameTwoNamesShare() {
        List<String> c = crew("Night Ferry\n\nA family gathers in Ana Brel's warm, wise and occasionally maddening second feature. Their scenes in the "
                + "orchard, lit by Ravi Dutt in the soft gold of autumn, are its heart. Brel's script, co-written with her brother Tom Brel, is generous. "
                + "Greta Lund's costumes are sumptuous, and the sound mix, by Tom Gill, is superb.");
        for (String x : List.of("Ana Brel|director", "Ana Brel|writer", "Tom Brel|writer", "Ravi Dutt|cinematographer", "Greta Lund|other", "Tom Gill|other"))
            assertTrue(c.contains(x), x + " in " + c);
        // near misses: a candle lit by a character; the surname alone is not the brother named beside it
        assertFalse(crew("Night Ferry\n\nThe candle, lit by Ruth Vale at midnight, gutters.").contains("Ruth Vale|cinematographer"));
        assertFalse(c.contains("Tom Brel|director"), c.toString());
    }

    @Test
    void shortLabelWithMoreOnTheLine() {
        List<String> c = crew("Dir: Ines Calder, France 2021, 98 mins.\nA film about a keeper.");
        assertTrue(c.contains("Ines Calder|director"), c.toString());
    }

    @Test
    void aLabelThatIsNoJobIsNoCredit() {
        List<String> c = crew("Verdict: Ines Calder has made a small miracle.");
        assertFalse(c.stream().anyMatch(s -> s.startsWith("Ines Calder|")), c.toString());
    }

    @Test
    void producerDirectorAndLensedBy() {
        List<String> c = crew("It's the latest from producer-director Hannah Voss. The film was lensed by Ike Obi and cut by Marta Lind.");
        assertTrue(c.containsAll(List.of("Hannah Voss|producer", "Hannah Voss|director", "Ike Obi|cinematographer", "Marta Lind|editor")), c.toString());
        // near miss: a lens that is no verb of shooting
        List<String> n = crew("Ike Obi looks through the lens of grief at his son.");
        assertFalse(n.stream().anyMatch(s -> s.startsWith("Ike Obi|")), n.toString());
    }

    @Test
    void aPossessiveWorkWithAdjectivesAndCommas() {
        List<String> c = crew("It's the best scene in Ruth Okonedo's handsome, slightly airless biopic.");
        assertTrue(c.contains("Ruth Okonedo|director"), c.toString());
        // near miss: the possessive owns a person, not the work
        List<String> n = crew("It's the best scene in Ruth Okonedo's handsome, slightly sad brother.");
        assertFalse(n.stream().anyMatch(s -> s.startsWith("Ruth Okonedo|")), n.toString());
    }

    @Test
    void workNouns() {
        List<String> c = crew("Dario Lentz's score hums, and the camerawork by Yuki Sato glows. The songs by Ann Bell and Rob Tate are fine.");
        assertTrue(c.containsAll(List.of("Dario Lentz|composer", "Yuki Sato|cinematographer", "Ann Bell|songwriter", "Rob Tate|songwriter")), c.toString());
    }

    @Test
    void aCharactersStoryIsNotWriting() {
        List<String> c = crew("Ruth Vance (Jane Doe) tells her story. Ruth Vance's story is sad.");
        assertFalse(c.stream().anyMatch(s -> s.startsWith("Ruth Vance|")), c.toString());
    }

    @Test
    void relativeClauseOfCrewVerbs() {
        List<String> c = crew("Ines Calder, who wrote and directed this picture, keeps it moving.");
        assertTrue(c.containsAll(List.of("Ines Calder|writer", "Ines Calder|director")), c.toString());
    }

    @Test
    void coWroteWith() {
        List<String> c = crew("Ines Calder directed it and co-wrote the script with Paul Okafor.");
        assertTrue(c.contains("Paul Okafor|writer"), c.toString());
    }

    @Test
    void directorialDebut() {
        List<String> c = crew("This is the assured directorial debut from Mira Stein.");
        assertTrue(c.contains("Mira Stein|director"), c.toString());
    }

    @Test
    void coordinatedTitles() {
        List<String> c = crew("Director and co-writer Mira Stein keeps a steady hand.");
        assertTrue(c.containsAll(List.of("Mira Stein|director", "Mira Stein|writer")), c.toString());
    }

    @Test
    void songWrittenByIsSongwriting() {
        List<String> c = crew("The best moment is a song written by Ann Bell for the finale.");
        assertTrue(c.contains("Ann Bell|songwriter"), c.toString());
        assertFalse(c.contains("Ann Bell|writer"), c.toString());
    }

    @Test
    void aCharacterIsNotCrew() {
        // near miss: a character whose job in the story is a crew job
        List<String> c = crew("Ida Park plays music producer Leo Hart (Sam Quill), and producer Leo Hart is a crook.");
        assertFalse(c.stream().anyMatch(s -> s.startsWith("Leo Hart|")), c.toString());
    }

    @Test
    void labelsInsideAHeaderLine() {
        List<String> c = crew("LONG ROAD (director/writer: Ann Lee; editor: Cal Dorsey; cast: Jeff Roe (Bad Bill); Runtime: 112)\nA film.");
        assertTrue(c.containsAll(List.of("Ann Lee|director", "Ann Lee|writer", "Cal Dorsey|editor")), c.toString());
        assertFalse(c.stream().anyMatch(s -> s.startsWith("Jeff Roe|")), c.toString());
    }

    @Test
    void possessiveOfAFilmNoun() {
        assertTrue(crew("Mira Stein's low-key gem came out of nowhere.").contains("Mira Stein|director"));
        // near miss: "This is X's film" is said of a star too
        assertFalse(crew("This is Nora Quist's film from start to finish.").contains("Nora Quist|director"));
    }

    @Test
    void aCapitalisedTitleIsTheJobNotTheName() {
        List<String> c = crew("Cinematographer Yuki Sato's work is luminous.");
        assertTrue(c.contains("Yuki Sato|cinematographer"), c.toString());
        assertFalse(c.stream().anyMatch(s -> s.startsWith("Cinematographer")), c.toString());
    }

    @Test
    void whoClauseAboutThisFilmOnly() {
        List<String> c = crew("The director is Ines Calder, who also penned the script and co-wrote the score with Paul Okafor.");
        assertTrue(c.containsAll(List.of("Ines Calder|director", "Ines Calder|writer")), c.toString());
        // near miss: a clause about another work
        assertFalse(crew("The lead is Tom Ash, who wrote a memoir about his father.").contains("Tom Ash|writer"));
        // nor is a song a script: "who co-wrote the title song" writes no film
        assertFalse(crew("Night Ferry\nGuitarist Mara Quist, who co-wrote the title song, gets the best moments.").contains("Mara Quist|writer"));
    }

    @Test
    void theSourcesAuthorIsNoWriterOfTheFilm() {
        List<String> c = crew("LONG ROAD (director: Ann Lee; screenwriter: based on the novel “Long Road” by Tom Ash; editor: Cal Dorsey)\nA film.\n"
                + "The script, adapted from a memoir by Ida Lake, is lean.");
        assertTrue(c.contains("Tom Ash|other"), c.toString());
        assertFalse(c.contains("Tom Ash|writer") || c.stream().anyMatch(x -> x.startsWith("Long Road|")), c.toString());
        assertFalse(c.contains("Ida Lake|writer"), c.toString());
    }

    @Test
    void subjectOfACrewVerb() {
        assertTrue(crew("Night Ferry\n\nTomas Reyhner directs with a light touch.").contains("Tomas Reyhner|director"));
        assertTrue(crew("Night Ferry\n\nGil Amar produced the film on a shoestring.").contains("Gil Amar|producer"));
        assertTrue(crew("Night Ferry\n\nAda Brill wrote the screenplay in a month.").contains("Ada Brill|writer"));
    }

    @Test
    void nearMissesForTheSubjectOfACrewVerb() {
        // another work as the object, a negated verb, a writing verb with no work, a character directing traffic
        List<String> c = crew("Night Ferry\n\nTomas Reyhner directed a documentary about bees in 2010. Gil Amar did not produce it. "
                + "Ada Brill writes every night. Ruth Vance directs traffic at the pier.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Tomas Reyhner|") || x.startsWith("Gil Amar|") || x.startsWith("Ada Brill|") || x.startsWith("Ruth Vance|")), c.toString());
    }

    @Test
    void moreWorkShapes() {
        List<String> c = crew("Night Ferry\n\nIts score, by Yuki Hanamura, is lovely. Leo Marsh's camera work is fluid, and it was cut by Amir Sadeh.");
        assertTrue(c.containsAll(List.of("Yuki Hanamura|composer", "Leo Marsh|cinematographer", "Amir Sadeh|editor")), c.toString());
    }

    @Test
    void coWritersBesideAStrongerCreditStay() {
        List<String> c = crew("Night Ferry\nWritten and directed by Hana Oduya\n\nThe script by Oduya and Ben Lark is tight.");
        assertTrue(c.containsAll(List.of("Hana Oduya|writer", "Ben Lark|writer")), c.toString());
    }

    @Test
    void anOpeningQuoteAfterANameIsNoPossessive() {
        List<String> c = crew("Hugo Brant Quietly Rescues Sea Drama 'Night Ferry' Against The Odds\n\nNight Ferry is a quiet film.");
        assertTrue(c.stream().noneMatch(x -> x.endsWith("|director")), c.toString());
    }

    @Test
    void anAbbreviatedLabelAfterABracketAndAGenreNounFrom() {
        assertTrue(crew("NIGHT FERRY (12A, 112 min) Dir. Tomas Reyhner. Starring Nadia Fenn.\n\nA quiet film.").contains("Tomas Reyhner|director"));
        assertTrue(crew("Night Ferry\n\nNadia Fenn stars in this tale from Tomas Reyhner.").contains("Tomas Reyhner|director"));
        // near miss: a bracketed label still needs to be a crew label
        assertTrue(crew("Night Ferry\n\nShe left (Dira Vey agreed). Mr. Tomas Reyhner waved.").stream().noneMatch(x -> x.startsWith("Tomas Reyhner|")));
    }

    @Test
    void helmingIsDirecting() {
        assertTrue(crew("Night Harbour (2021)\n\nIlse Brandt helms the picture with confidence.").contains("Ilse Brandt|director"));
        assertTrue(crew("Night Harbour (2021)\n\nHelmer Ilse Brandt has a sure touch.").contains("Ilse Brandt|director"));
        // near miss: helming a ship in the story
        assertFalse(crew("Night Harbour (2021)\n\nIlse Brandt helms the ship through the storm.").contains("Ilse Brandt|director"));
    }

    @Test
    void everyAgentOfACrewVerbInThePassive() {
        List<String> c = crew("Night Harbour (2021)\n\nThe script was co-written by Ilse Brandt and Oren Falk.");
        assertTrue(c.containsAll(List.of("Ilse Brandt|writer", "Oren Falk|writer")), c.toString());
        // near miss: a verb of no crew job
        List<String> n = crew("Night Harbour (2021)\n\nThe boat was bought by Ilse Brandt and Oren Falk.");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aWorkNounIsBySomeone() {
        assertTrue(crew("Night Harbour (2021)\n\nThe screenplay is by Ilse Brandt.").contains("Ilse Brandt|writer"));
        assertTrue(crew("Night Harbour (2021)\n\nThe costumes by Mira Tall are gorgeous.").contains("Mira Tall|other"));
        // near miss: a house is by the sea, not a work
        assertTrue(crew("Night Harbour (2021)\n\nThe house is by Ilse Brandt's lake.").isEmpty());
    }

    @Test
    void theFilmWhichSomeoneDirected() {
        assertTrue(crew("Night Harbour (2021)\n\nThe film, which Ilse Brandt directed, is a thriller.").contains("Ilse Brandt|director"));
        // near miss: a novel which someone wrote is no screenplay
        assertFalse(crew("Night Harbour (2021)\n\nThe novel, which Ilse Brandt wrote, is a thriller.").contains("Ilse Brandt|writer"));
    }

    @Test
    void theLatestFromSomeone() {
        assertTrue(crew("Night Harbour (2021)\n\nThe latest from Ilse Brandt is a thriller.").contains("Ilse Brandt|director"));
        // near miss: a letter from someone
        assertFalse(crew("Night Harbour (2021)\n\nThe letter from Ilse Brandt is a threat.").contains("Ilse Brandt|director"));
    }

    @Test
    void conjoinedCrewVerbsShareTheSubjectAndTheWork() {
        List<String> c = crew("Night Harbour (2021)\n\nIlse Brandt co-wrote and directed the film.");
        assertTrue(c.containsAll(List.of("Ilse Brandt|writer", "Ilse Brandt|director")), c.toString());
        // near miss: writing with no work named is not a screenplay ("she writes and directs traffic" names none)
        List<String> n = crew("Night Harbour (2021)\n\nIn the story, Ilse Brandt writes and sings every night.");
        assertFalse(n.contains("Ilse Brandt|writer"), n.toString());
    }

    @Test
    void adaptingABookAndADirectorialDebut() {
        assertTrue(crew("Night Harbour (2021)\n\nIlse Brandt adapted the novel for the screen.").contains("Ilse Brandt|writer"));
        assertTrue(crew("Night Harbour (2021)\n\nIlse Brandt's adaptation is faithful.").contains("Ilse Brandt|director"));
        assertTrue(crew("Night Harbour (2021)\n\nIlse Brandt makes her directorial debut with this film.").contains("Ilse Brandt|director"));
        assertTrue(crew("Night Harbour (2021)\n\nIlse Brandt, directing her first feature, shows promise.").contains("Ilse Brandt|director"));
        // near misses: adapting to a new town, an acting debut
        assertFalse(crew("Night Harbour (2021)\n\nIlse Brandt adapted the house for her son.").contains("Ilse Brandt|writer"));
        assertFalse(crew("Night Harbour (2021)\n\nIlse Brandt makes her acting debut with this film.").contains("Ilse Brandt|director"));
    }

    @Test
    void aFilmShotBySomeoneAndAPluralJob() {
        assertTrue(crew("Night Harbour (2021)\n\nThe film was shot on grainy 16mm by Ana Blick.").contains("Ana Blick|cinematographer"));
        // near miss: a character shot by another
        assertFalse(crew("Night Harbour (2021)\n\nTobias is shot by Ana Blick in the last reel.").contains("Ana Blick|cinematographer"));
        List<String> c = crew("Night Harbour (2021)\n\nCo-directors Jane Roe and Tom Smithers keep it tight. Jane Roe, the film's director, is young.");
        assertTrue(c.containsAll(List.of("Jane Roe|director", "Tom Smithers|director")), c.toString());
        // near miss: the directors of another film
        List<String> n = crew("Night Harbour (2021)\n\nIt owes a lot to the work of directors Ida Stone and Tom Becker.");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("Ida Stone|") || x.startsWith("Tom Becker|")), n.toString());
    }

    @Test
    void aJobWordBeforeANameOutweighsNersPlaceAndACameraIsTheCinematographers() {
        // NER reads this invented name as a place; the job word right before it says who it is
        assertTrue(crew("Night Harbour (2021)\n\nComposer Karl Ovid's spare score leans on a cello.").contains("Karl Ovid|composer"));
        assertTrue(crew("Night Harbour (2021)\n\nLena Sorvik's camera finds endless greys.").contains("Lena Sorvik|cinematographer"));
        // near miss: a place after no job word
        assertTrue(crew("Night Harbour (2021)\n\nThe ferry sails from Karl Ovid to the island.").isEmpty());
    }

    @Test
    void writingSongsOrAScoreIsNoScreenplay() {
        List<String> c = crew("Tess Calloway wrote the songs, and Dmitri Hale wrote the score.");
        assertTrue(c.contains("Tess Calloway|songwriter") && c.contains("Dmitri Hale|composer"), c.toString());
        assertFalse(c.contains("Tess Calloway|writer") || c.contains("Dmitri Hale|writer"), c.toString());
    }

    @Test
    void anActingCreditAmongTheJobs() {
        List<String> c = crew("As writer, star and co-producer, Nadia Okafor holds every frame.");
        assertTrue(c.contains("Nadia Okafor|writer") && c.contains("Nadia Okafor|producer"), c.toString());
    }

    @Test
    void behindTheCamera() {
        assertTrue(crew("Night Ferry\nBehind the camera, Mara Quist shows real command.").contains("Mara Quist|director"));
        assertTrue(crew("Night Ferry\nOnce again Mara Quist is behind the camera, and it shows.").contains("Mara Quist|director"));
        // near miss: a shop behind which someone waits
        List<String> c = crew("Night Ferry\nBehind the camera shop, Mara Quist waits for the bus.");
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Mara Quist|")), c.toString());
    }

    @Test
    void designAndOtherCraftsByName() {
        List<String> c = crew("With production design by Omar Reyes and choreography by Lise Han, it looks terrific.");
        assertTrue(c.contains("Omar Reyes|other") && c.contains("Lise Han|other"), c.toString());
        // near miss: a character designs something; "by" is what makes the credit
        List<String> n = crew("In the story, Omar Reyes designs bridges for a living.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("Omar Reyes|")), n.toString());
    }

    @Test
    void aCoWriterBesideAFirmWriterCredit() {
        List<String> c = crew("Written by Ines Calder. Ines Calder (and co-writer Paul Okafor) keep the plot tight.");
        assertTrue(c.contains("Ines Calder|writer") && c.contains("Paul Okafor|writer"), c.toString());
        // near miss: a plain "writer X" beside a firm credit is likely another film's writer, and goes
        List<String> n = crew("Written by Ines Calder. Like writer Paul Okafor, she loves a twist.");
        assertFalse(n.contains("Paul Okafor|writer"), n.toString());
    }

    @Test
    void aJobAfterAsIsACharactersTitle() {
        List<String> c = crew("Directed by Ines Calder. Tom Reed (as Editor Walter Robson) is superb.");
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Walter")), c.toString());
    }

    @Test
    void capitalLabelsWithoutAColonAndNamesTheTaggerMisreads() {
        List<String> c = crew("Night Ferry\nCINEMATOGRAPHY Lukas Brandt\nEDITOR - Priya Nand\n\nA film about a ferry.");
        assertTrue(c.contains("Lukas Brandt|cinematographer") && c.contains("Priya Nand|editor"), c.toString());
        // near miss: a line of capitals that is no job is no credit
        List<String> n = crew("Night Ferry\nBREAKING NEWS Lukas Brandt\n\nA film about a ferry.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("Lukas Brandt|")), n.toString());
    }

    @Test
    void severalLabelsOnOneLine() {
        List<String> c = crew("Night Ferry\nCast: Lena Ford, Tom Hale. Director: Mara Quist. Screenwriter: Joel Farrow.\n\nA film about a ferry.");
        assertTrue(c.contains("Mara Quist|director") && c.contains("Joel Farrow|writer"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Lena Ford|")), c.toString());
    }

    @Test
    void aLabelAfterASectionLabel() {
        List<String> c = crew("Night Ferry\nCrew: Director, writer: Mara Quist. Camera: Joel Farrow.\n\nA film about a ferry.");
        assertTrue(c.containsAll(List.of("Mara Quist|director", "Mara Quist|writer", "Joel Farrow|cinematographer")), c.toString());
        // near miss: a label no job follows the section label
        List<String> n = crew("Night Ferry\nCrew: Caterer: Mara Quist.\n\nA film about a ferry.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("Mara Quist|")), n.toString());
        // near misses: a label's list ends with its sentence, and a company is no producer
        List<String> m = crew("Night Ferry\nProduction: Northlight Films. Producers: Ann Lee.\nDirector: Caterer. Camera: Joel Farrow.\n\nA film about a ferry.");
        assertTrue(m.contains("Ann Lee|producer") && m.contains("Joel Farrow|cinematographer"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.startsWith("Northlight") || x.equals("Joel Farrow|director")), m.toString());
    }

    @Test
    void anAbbreviatedDirectorAfterAComma() {
        List<String> c = crew("Review: Cisza (The Silence), dir. Ann Wrobel\n\nPoland, 2026, 112 min.\n\nA family grieves.");
        assertTrue(c.contains("Ann Wrobel|director"), c.toString());
        // near miss: "dir." after a comma names no one when no name follows
        assertFalse(crew("Night Ferry\n\nThe lights, dir. and all, go out.").stream().anyMatch(x -> x.endsWith("|director")));
    }

    @Test
    void aJobJoinedToAWordForAPerformer() {
        List<String> c = crew("THE LAST SHIFT\n\nWriter-director-star Tom Reyes has spent twenty years playing cops.");
        assertTrue(c.contains("Tom Reyes|director") && c.contains("Tom Reyes|writer"), c.toString());
        // near miss: a performer's word alone is no job
        assertFalse(crew("THE LAST SHIFT\n\nCo-star Tom Reyes has spent twenty years playing cops.").stream().anyMatch(x -> x.startsWith("Tom Reyes|")));
    }

    @Test
    void wroteTheFilmWithARelation() {
        List<String> c = crew("Glass Rivers\n\nAnn Lee, who wrote the film with her husband Tom Vale, shoots the water as if it were a character.");
        assertTrue(c.contains("Tom Vale|writer"), c.toString());
        // near miss: the songs written with someone are no screenplay
        assertFalse(crew("Glass Rivers\n\nAnn Lee, who wrote the songs with her husband Tom Vale, shoots the water.").contains("Tom Vale|writer"));
    }

    @Test
    void aLoneSurnameTheReviewGivesInFull() {
        List<String> c = crew("Night Ferry\nQuist, who also edited the film, keeps it under two hours. Directed by Mara Quist.");
        assertTrue(c.contains("Quist|editor") && c.contains("Mara Quist|director"), c.toString());
        // near miss: a lone word the review gives no one as a surname
        List<String> n = crew("Night Ferry\nQuist, who also edited the film, keeps it under two hours.");
        assertFalse(n.contains("Quist|editor"), n.toString());
    }

    @Test
    void theSourcesAuthorByPossessive() {
        List<String> c = crew("Night Ferry\nJoel Farrow's screenplay is adapted from Ann Pike's novel.");
        assertTrue(c.contains("Joel Farrow|writer") && c.contains("Ann Pike|other"), c.toString());
        assertFalse(c.contains("Ann Pike|writer"), c.toString());
    }

    @Test
    void aSourceAdaptedWithACoWriterAndItsAuthorWhoIsAlsoItsHero() {
        List<String> c = crew("Night Ferry\n\nBased on the memoir by sailor Ann Pike, this drama follows a ferry crew. Ilse Brandt plays the young Ann. "
                + "Director Mara Quist, who adapted the book with Joel Farrow, keeps it brisk.");
        assertTrue(c.contains("Mara Quist|writer") && c.contains("Joel Farrow|writer") && c.contains("Ann Pike|other"), c.toString());
        // near miss: adapting something that is no source (a house) is no writing
        List<String> n = crew("Night Ferry\n\nDirector Mara Quist, who adapted her house with Joel Farrow, keeps it brisk.");
        assertFalse(n.contains("Mara Quist|writer") || n.contains("Joel Farrow|writer"), n.toString());
    }

    @Test
    void aWorkByTwoPeopleBetweenCommas() {
        List<String> c = crew("Night Ferry\n\nThe screenplay, by Farrow and Ann Pike, is mostly speeches.");
        assertTrue(c.contains("Farrow|writer") && c.contains("Ann Pike|writer"), c.toString());
        // near miss: people who play a part between commas are no crew
        List<String> n = crew("Night Ferry\n\nThe hero, played by Tom Vale and Ann Pike, is fine.");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void anAnthologysDirectors() {
        List<String> c = crew("Three Rooms\n\nThe first segment, directed by Ann Pike, is the best. Tom Vale's middle section is a noisy caper. "
                + "Finally, Ruth Vale directs herself as a widow.");
        assertTrue(c.contains("Ann Pike|director") && c.contains("Tom Vale|director") && c.contains("Ruth Vale|director"), c.toString());
        // near misses: a short story, a section of something, and directing oneself somewhere
        List<String> n = crew("Three Rooms\n\nIt adapts Tom Vale's short story. Ruth's section of the choir sings. Ann Pike directs herself to the bar.");
        assertFalse(n.contains("Tom Vale|director") || n.contains("Ruth|director") || n.contains("Ann Pike|director"), n.toString());
    }

    @Test
    void aLabelAboveItsNames() {
        List<String> c = crew("Night Ferry\n\nA film about a ferry. Ann Pike plays the pilot.\n\nDirector\nTom Vale\n\nWriters\nRuth Vale\nEd Roe\n\nRating: 3/4");
        assertTrue(c.contains("Tom Vale|director") && c.contains("Ruth Vale|writer") && c.contains("Ed Roe|writer"), c.toString());
        // near misses: a heading that is no job, and a job label with no name under it
        List<String> n = crew("Night Ferry\n\nThe Story\nTom Vale is a pilot. It is a film about the sea.\n\nProducer\nNot credited");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void aScriptCreditedToSeveralAndOneWrittenWithAnother() {
        List<String> c = crew("Night Ferry\n\nThe screenplay is credited to three people – Ann Pike, Tom Vale and Ruth Vale – which explains a lot.");
        assertTrue(c.contains("Ann Pike|writer") && c.contains("Tom Vale|writer") && c.contains("Ruth Vale|writer"), c.toString());
        List<String> w = crew("Night Ferry\n\nIts weakness is the script, which Ann Pike wrote with the novelist Tom Vale.");
        assertTrue(w.contains("Tom Vale|writer"), w.toString());
        // near misses: a prize credited to someone, and a letter written with a friend
        List<String> n = crew("Night Ferry\n\nThe win is credited to Ann Pike. The letter, which Ruth wrote with her friend Tom Vale, is read at the end.");
        assertFalse(n.contains("Ann Pike|writer") || n.contains("Tom Vale|writer"), n.toString());
    }

    @Test
    void theAuthorOfAShortStory() {
        assertTrue(crew("Night Ferry\n\nIt adapts a short story by the late Ann Pike.").contains("Ann Pike|other"));
        // near miss: "story by" alone is a screen credit, not a source
        assertFalse(crew("Night Ferry\n\nStory by Ann Pike.").contains("Ann Pike|other"));
    }

    @Test
    void aLoneSurnameGivenInFullElsewhereAndAPossessivePhotography() {
        List<String> c = crew("Second Breath\n\nDirector Kwabena Frimley-Hale stages the fights in long takes, and Ana Ribas's photography is stark. "
                + "The script, by Frimley-Hale and Rhiannon Vey, is less surprising.");
        assertTrue(c.containsAll(List.of("Kwabena Frimley-Hale|director", "Frimley-Hale|writer", "Rhiannon Vey|writer", "Ana Ribas|cinematographer")), c.toString());
        // near miss: a capitalised word no full name explains is no one
        List<String> n = crew("Second Breath\n\nThe script, by Committee and Rhiannon Vey, is less surprising.");
        assertTrue(n.contains("Rhiannon Vey|writer") && n.stream().noneMatch(x -> x.startsWith("Committee")), n.toString());
    }

    @Test
    void aTitleAfterACommaIsNoPersonBecauseItOpensWithAWord() {
        List<String> c = crew("Second Breath\n\nLike his last outing as writer-director, About Time, the film spins on a conceit.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("About")), c.toString());
    }

    @Test
    void aPossessiveChoreography() {
        assertTrue(crew("Laundrette\n\nSergei Volkonov's choreography turns a row of washing machines into a chorus line.").contains("Sergei Volkonov|other"));
        // near miss: choreography a character admires names no crew
        assertTrue(crew("Laundrette\n\nShe admires the choreography of the dancers.").isEmpty());
    }

    @Test
    void thisFilmByAPerson() {
        assertTrue(crew("The Singing Strand\n\nThis lovely documentary by Fiona Carrickson should change that.").contains("Fiona Carrickson|director"));
        // (adjectives with commas between them)
        assertTrue(crew("The Singing Strand\n\nThis quiet, lovely documentary by Fiona Carrickson follows them.").contains("Fiona Carrickson|director"));
        // near miss: another film by someone is not this one
        assertTrue(crew("The Singing Strand\n\nIt recalls a 1972 documentary by Fiona Carrickson.").isEmpty());
        assertTrue(crew("The Singing Strand\n\nIt recalls a quiet, lovely documentary by Fiona Carrickson.").isEmpty());
    }

    @Test
    void theSongsOfADocumentarysPeopleAreNotTheFilmsCrew() {
        assertTrue(crew("The Singing Strand\n\nThis documentary follows two folk singers. Rhona Kettering writes the songs and plays fiddle.").isEmpty());
        // near miss: in a drama, the person who writes the songs works on the film
        assertTrue(crew("The Singing Strand\n\nA drama about two folk singers. Rhona Kettering wrote the songs.").contains("Rhona Kettering|songwriter"));
    }

    @Test
    void adaptingOnesOwnWorkIsWritingIt() {
        assertTrue(crew("Dry Season\n\nDirector Ines Corvo-Blake, adapting her own short story, has a good eye but no sense of pace.").contains("Ines Corvo-Blake|writer"));
        // near miss: adapting someone else's work, or one's own habits, writes nothing
        assertFalse(crew("Dry Season\n\nDirector Ines Corvo-Blake, adapting a famous novel, has a good eye.").contains("Ines Corvo-Blake|writer"));
        assertFalse(crew("Dry Season\n\nIn the film, Ines Corvo-Blake, adapting her own habits to the farm, learns to milk.").contains("Ines Corvo-Blake|writer"));
    }

    @Test
    void aJobSomethingInTheStoryOwnsIsNoCrew() {
        assertFalse(crew("Dry Season\n\nHarold Firth-Amble is the theatre's nervous producer, Tobin Vale, who loves her.").contains("Tobin Vale|producer"));
        // near miss: the film's own producer is crew
        assertTrue(crew("Dry Season\n\nThe film's producer, Tobin Vale, found the money in a week.").contains("Tobin Vale|producer"));
    }

    @Test
    void aQualityOfTheDirectorIsThisFilms() {
        assertTrue(crew("Dry Season\n\nEvery shot shows the confidence of director Ines Corvo-Blake.").contains("Ines Corvo-Blake|director"));
        // near miss: a fan of, or the style of, a director is someone else's
        assertTrue(crew("Dry Season\n\nThe film is a pale copy of the style of director Ines Corvo-Blake.").isEmpty());
        assertTrue(crew("Dry Season\n\nThe hero is a fan of director Ines Corvo-Blake.").isEmpty());
    }

    @Test
    void aCollaboratorInTheBylineSharesTheJob() {
        List<String> c = crew("Dry Season\n\nThe script, by Ines Corvo-Blake and her regular collaborator Tobin Vale, is sharp.");
        assertTrue(c.contains("Ines Corvo-Blake|writer") && c.contains("Tobin Vale|writer"), c.toString());
        // near miss: a collaborator who is not in the byline
        assertFalse(crew("Dry Season\n\nThe script, by Ines Corvo-Blake, thanks her regular collaborator Tobin Vale.").contains("Tobin Vale|writer"));
    }

    @Test
    void cuttingBetweenShotsIsStyleNotEditing() {
        assertTrue(crew("Dry Season\n\nIn this documentary Ines Corvo-Blake cuts between the interviews and old footage.").isEmpty());
        // near miss: cutting the film is the editor's job
        assertTrue(crew("Dry Season\n\nThis documentary is a joy. Ines Corvo-Blake cut the film herself, from hundreds of hours of tape.")
                .contains("Ines Corvo-Blake|editor"));
    }

    @Test
    void aParticipleOnTheFilmsOwnTitle() {
        assertTrue(crew("Tower Hymns\n\nFive teenagers formed a crew. Tower Hymns, directed by Ines Corvo-Blake, tells their story.").contains("Ines Corvo-Blake|director"));
        // near miss: another work's title, named as such
        assertTrue(crew("Tower Hymns\n\nIt recalls Salt Houses, directed by Ines Corvo-Blake in 2009.").isEmpty());
    }

    @Test
    void songsWrittenForTheFilmAreTheSongwriters() {
        assertTrue(crew("Tower Hymns\n\nA drama about a grime crew. The songs were written for the film by the rapper Ines Corvo-Blake.").contains("Ines Corvo-Blake|songwriter"));
        // near miss: a written script is the writer's
        assertTrue(crew("Tower Hymns\n\nA drama about a grime crew. The script was written by Ines Corvo-Blake.").contains("Ines Corvo-Blake|writer"));
    }

    @Test
    void aJobSaidOfADuo() {
        List<String> c = crew("Stag Night\n\nStag Night, from writer-director duo Ines Corvo-Blake and Tobin Vale, is one of the funnier examples.");
        assertTrue(c.contains("Ines Corvo-Blake|director") && c.contains("Tobin Vale|writer"), c.toString());
        // near miss: a duo with no job is no crew
        assertTrue(crew("Stag Night\n\nThe comedy duo Ines Corvo-Blake and Tobin Vale play the grooms.").isEmpty());
    }
}
