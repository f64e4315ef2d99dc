package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.filmkg.extract.CastEvidenceExtractor;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.review.Review;
import org.junit.jupiter.api.Test;

/**
 * The evidence scorer and the role linking through the parse, on sentences written for these tests: each cue has a
 * sentence where it casts someone and a near miss where it must not.
 */
class CastEvidenceTest {
    private static final Extraction EXTRACTION = new Extraction();

    private static List<Fact.Cast> facts(String text) {
        return EXTRACTION.run(new Review("t.txt", text)).facts().stream()
                .filter(f -> f instanceof Fact.Cast).map(f -> (Fact.Cast) f).collect(Collectors.toList());
    }

    private static List<String> cast(String text) {
        return facts(text).stream()
                .map(c -> c.actor().text() + "|" + (c.character() == null ? "" : c.character().text()) + "|" + (c.description() == null ? "" : c.description().text()))
                .collect(Collectors.toList());
    }

    private static boolean actor(List<String> c, String name) {
        return c.stream().anyMatch(s -> s.startsWith(name + "|"));
    }

    @Test
    void cueFileNamesEveryCueAndAThreshold() {
        assertTrue(CastEvidenceExtractor.THRESHOLD > 0);
        for (String cue : List.of("performing-verb", "played-by", "gives-performance", "performance-of", "name-as", "bracket-as",
                "bracketed-after-role", "as-phrase", "praised-predicate", "actor-noun", "credit-label", "listed-with-cast",
                "cast-noun-nearby", "crew", "is-character", "reviewer", "another-work", "compared", "ensemble-list", "possessive-role",
                "possessive-character", "pronoun-performing-verb", "appositive-role", "pattern", "as-themselves", "cast-membership", "praised-in-work",
                "credit-block", "as-possessed-role", "praised-part", "copula-character", "documentary-subject", "copula-definite-role"))
            assertTrue(CastEvidenceExtractor.CUES.containsKey(cue), cue);
    }

    @Test
    void copulaWithAsAndPraise() {
        List<String> c = cast("The story is thin. Priya Raman is wonderful as Lena, a weary night-shift nurse.");
        assertTrue(c.contains("Priya Raman|Lena|a weary night-shift nurse") || c.contains("Priya Raman|Lena|"), c.toString());
        assertFalse(actor(c, "Lena"), "the role is not an actor: " + c);
    }

    @Test
    void asWithSomeonesRelationCastsTheSubject() {
        List<String> c = cast("Kwame Asante is superb as the widowed farmer, and Lotte Brandt matches him as his estranged daughter.");
        assertTrue(c.contains("Lotte Brandt||his estranged daughter"), c.toString());
        assertTrue(actor(cast("Lotte Brandt holds her own as Ruth's unhappy landlord."), "Lotte Brandt"));
        // near misses: a career after "as", owned or not, and a job word
        assertFalse(actor(cast("Before acting, Lotte Brandt worked as a waiter in Oslo."), "Lotte Brandt"));
        assertFalse(actor(cast("Lotte Brandt served as her assistant director on the film."), "Lotte Brandt"));
        assertFalse(actor(cast("Lotte Brandt signs on as his producer."), "Lotte Brandt"));
    }

    @Test
    void aFilmmakersDramaStarsItsLead() {
        // "drama stars" is no compound noun here: the lead, her character and its description are all read
        List<String> c = cast("Pell's period drama stars Ama Quist as Nell, the stubborn daughter of a lacemaker who takes over the shop.");
        assertTrue(c.contains("Ama Quist|Nell|the stubborn daughter of a lacemaker"), c.toString());
        assertFalse(actor(c, "Pell"), c.toString());
    }

    @Test
    void charactersListedWithTheirActorsInBracketsAndAfterPlayedBy() {
        List<String> c = cast("Her three sons come home with their own troubles: the eldest, Walt, a failing car dealer (Ivo Marsh, excellent); Ned, "
                + "the sensible one, who has run the mill for a decade (Carla Renko); and the youngest, Kit, who left at eighteen and never came back, "
                + "played by Lou Ferrand with a brittle charm.");
        assertTrue(c.contains("Ivo Marsh|Walt|a failing car dealer"), c.toString());
        assertTrue(c.contains("Ivo Marsh|Walt|the eldest"), c.toString());
        assertTrue(c.contains("Carla Renko|Ned|the sensible one"), c.toString());
        assertTrue(c.contains("Lou Ferrand|Kit|the youngest"), c.toString());
        // near miss: a bracket after a person the relative clause names belongs to that person, not to the clause's head
        List<String> d = cast("Tom Vale plays Sid, a factory worker who lives with his hard-drinking mother (Ada Krol) in a caravan.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("Ada Krol||") && x.contains("mother")), d.toString());
        assertFalse(d.stream().anyMatch(x -> x.startsWith("Ada Krol|Sid")), d.toString());
    }

    @Test
    void playsHerAfterANameDescribedAsAPerson() {
        assertTrue(cast("The farm belongs to Edda, a stubborn widow of 81, and Rosa Quell plays her with a fierce refusal to be pitied.")
                .contains("Rosa Quell|Edda|a stubborn widow of 81"));
        // near miss: a name not described as a person (a place) is no part
        assertFalse(cast("The story moves to Lisbon, a port of hills, and Rosa Quell plays her part with fury.").stream().anyMatch(x -> x.contains("Lisbon")));
    }

    @Test
    void aNicknameInQuotesStaysInsideTheCharactersName() {
        List<String> c = cast("The real-life producer Marcus \"Beats\" Danby is played by Jordan Fisk. Tariq Bell plays Anthony \u201cSpinz\u201d Ruiz, the DJ.");
        assertTrue(c.contains("Jordan Fisk|Marcus \"Beats\" Danby|The real-life producer"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tariq Bell|Anthony \u201cSpinz\u201d Ruiz|")), c.toString());
        // near miss: a song in quotes between two names joins nothing
        List<String> d = cast("Kit Vale sings \"Blue Moon\" to Ada Krol, who plays the pianist.");
        assertTrue(d.stream().noneMatch(x -> x.contains("Blue Moon")), d.toString());
    }

    @Test
    void anAsideBeforeTheVerbAndAPartDescribedBeforeItsName() {
        List<String> c = cast("Her only hope is a burnt-out public defender, Elias Grange, and Harlan Voss, in the best work of his career, "
                + "plays him as a man who has forgotten why he ever wanted to win.");
        assertTrue(c.contains("Harlan Voss|Elias Grange|a burnt-out public defender"), c.toString());
        // near miss: an aside with its own verb is a clause of its own ("who knows the town"); the one who plays stays the subject
        List<String> d = cast("The sheriff, Ada Krol, who knows the town, plays poker every night.");
        assertFalse(actor(d, "Ada Krol"), d.toString());
    }

    @Test
    void aPresentCopulaToADescribedDefiniteRole() {
        assertTrue(cast("Old Lucien refuses to sell. Theo Lemarc is the slick developer, and he is good.").contains("Theo Lemarc||the slick developer"));
        // near misses: a part with its player in brackets; a documentary's real office; no adjective
        assertFalse(actor(cast("Old Lucien (Jean Rasse) is the stubborn salt worker, and he refuses to sell."), "Old Lucien"));
        assertFalse(cast("This documentary follows a flooded town for a year. Theo Lemarc is the outspoken mayor.").contains("Theo Lemarc||the outspoken mayor"));
        assertFalse(actor(cast("Theo Lemarc is the developer of the new estate."), "Theo Lemarc"));
    }

    @Test
    void aPartSetOffByDashesAndAQualityGivenToHim() {
        assertTrue(cast("Her love interest – the grumpy chef, Tomé – is played by Rafael Antero, who looks designed in a lab.").contains("Rafael Antero|Tomé|the grumpy chef"));
        assertTrue(cast("The film's conscience is a young German guard, Kurt, and Lukas Brandl gives him a frightened decency.").contains("Lukas Brandl|Kurt|a young German guard"));
        // near miss: something concrete given to him is no performance
        assertFalse(actor(cast("The baker's son is a young apprentice, Kurt, and Lukas Brandl gives him a loaf of bread."), "Lukas Brandl"));
    }

    @Test
    void aReducedRelativeAndAPartNamedAfterItsPhrase() {
        List<String> c = cast("Her only friend is Rita Sandor, a horse trader played with gravel-voiced wit by Lupe Carreno, and the pair are lovely.");
        assertTrue(c.contains("Lupe Carreno|Rita Sandor|a horse trader"), c.toString());
        assertFalse(actor(c, "Rita Sandor"), c.toString());
        List<String> d = cast("The villain is a railroad baron with a silver-topped cane, Cyrus Vayle; Declan Ashmore plays him as a man who has never been told no.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("Declan Ashmore|Cyrus Vayle|")), d.toString());
        // near miss: after "plays her" an "as" phrase is the manner, no description of the part
        assertFalse(cast("Joan has just lost her husband. Clare Fenmore plays her as a woman holding her breath.").contains("Clare Fenmore||a woman"));
    }

    @Test
    void aFamilyWordAfterTheIsADescriptionNotAName() {
        List<String> c = cast("the first hour is scary. sarah quell is great as the mum, and the dad (played by tomas varro) is kind of useless.");
        assertTrue(c.contains("tomas varro||the dad") && c.stream().noneMatch(x -> x.startsWith("tomas varro|dad|")), c.toString());
        // near miss: capitalised and alone, the family word is the character's name
        assertTrue(cast("Mom (Ada Krol) and Dad (Tomas Varro) run the motel.").contains("Tomas Varro|Dad|"));
    }

    @Test
    void aTwoWordRoleNounAndAPronounPlayedLaterInTheSentence() {
        assertTrue(cast("Her love interest, a shy baker called Tomas, is Rafi Antero.").contains("Rafi Antero|Tomas|Her love interest"));
        assertTrue(cast("Her estranged son, Daniel, arrives from London with his new wife; he is played by Oskar Whitby.")
                .stream().anyMatch(x -> x.startsWith("Oskar Whitby|Daniel|")));
        // near miss: an interest that is no person ("her main interest") names no part
        assertFalse(actor(cast("Her main interest, the garden, is Rafi Antero's too."), "Rafi Antero"));
    }

    @Test
    void aGappedClauseSharesTheVerbOfActing() {
        assertTrue(cast("Jo Varley plays the mother, and Ann Leeson the daughter.").contains("Ann Leeson||the daughter"));
        // near misses: a thing after the name is no part; a clause of its own after an aside
        assertFalse(actor(cast("Jo Varley plays the mother and Ann Leeson the piano."), "Ann Leeson"));
        assertFalse(actor(cast("Jo Varley plays the mother, and Tom Varley, the director, keeps it tight."), "Tom Varley"));
        // a gapped passive: the second player is cast, with no part the pronoun alone could give
        List<String> c = cast("Her son, Daniel, arrives with his new wife; he is played by Oskar Whitby, and she by Amara Quade.");
        assertTrue(c.contains("Amara Quade||"), c.toString());
        // near miss: a gapped passive of some other verb
        assertFalse(actor(cast("In the story he is betrayed by Tom Vane, and she by Amara Quade."), "Amara Quade"));
    }

    @Test
    void aOneWordNameTheTaggerCallsANoun() {
        assertTrue(cast("Pip himself is voiced by nine-year-old Callum Strathy with an unforced sweetness.").contains("Callum Strathy|Pip|"));
        // near miss: a common noun opening the sentence, which NER calls no one, is no part
        assertTrue(cast("Rain itself is voiced by nobody; Callum Strathy narrates.").stream().noneMatch(x -> x.contains("|Rain|")));
    }

    @Test
    void wastedAsAPartIsAPerformersVerdict() {
        assertTrue(cast("The women fare worse. Nia Osei is wasted as the PR girl who becomes his wife.").contains("Nia Osei||the PR girl"));
        // near misses: money wasted, and a person who wastes something
        assertFalse(actor(cast("The money is wasted as the budget runs out, and Nia Osei says so."), "Nia Osei"));
        assertFalse(actor(cast("Nia Osei wasted her savings as a young woman."), "Nia Osei"));
    }

    @Test
    void twoPlaysClausesKeepTheirOwnRoles() {
        List<String> c = cast("Neve Okafor plays Hattie and Luis Brandt plays her son, Teddy.");
        assertTrue(c.contains("Neve Okafor|Hattie|"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Luis Brandt|Teddy|")), c.toString());
        assertFalse(actor(c, "Hattie"), "a character is no actor: " + c);
    }

    @Test
    void aNameSomeoneOwnsIsACharacter() {
        assertFalse(actor(cast("The film belongs to Neve Okafor, whose Hattie is a marvel of restraint."), "Hattie"));
        assertFalse(actor(cast("Neve Okafor is superb, and her Hattie is a revelation."), "Hattie"));
        // near miss: an owner on the role noun before the name leaves the name a person
        assertTrue(actor(cast("Her co-star, Nina Holm, plays the sister."), "Nina Holm"));
    }

    @Test
    void oneWordCharactersInALineOfIsClauses() {
        List<String> c = cast("The cast is excellent. Neve Okafor is Hattie, Luis Brandt is Teddy, and Ada Quist is the nosy neighbour.");
        assertTrue(c.containsAll(List.of("Neve Okafor|Hattie|", "Luis Brandt|Teddy|")), c.toString());
        // near misses: a place, a nationality, a capitalised word with more after it
        assertFalse(actor(cast("The story moves on. Neve Okafor is Paris in springtime."), "Neve Okafor"));
        assertFalse(actor(cast("The story moves on. Neve Okafor is British, and Luis Brandt is Canadian."), "Neve Okafor"));
        assertFalse(actor(cast("The story moves on. Neve Okafor is Hollywood royalty."), "Neve Okafor"));
    }

    @Test
    void praiseForAPartSomeoneOwnsCastsThem() {
        List<String> c = cast("Neve Okafor and Luis Brandt head to the coast. Okafor's Hattie is a marvel of restraint; Brandt's weary sheriff is superb.");
        // (the surname as written; resolution ties it to the full name within the review)
        assertTrue(c.stream().anyMatch(x -> x.matches("(Neve )?Okafor\\|Hattie\\|.*")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.matches("(Luis )?Brandt\\|\\|.*sheriff")), c.toString());
        // near misses: a character's relation, a part that is not praised, and a first name alone
        assertFalse(actor(cast("Hattie Vale runs a chip shop. Hattie's son is terrific company."), "Hattie Vale"));
        assertFalse(actor(cast("Neve Okafor wrote the novel. Okafor's heroine is unmarried."), "Neve Okafor"));
    }

    @Test
    void praisedSupportFromPeopleCastsThem() {
        List<String> c = cast("There's strong support from Ivo Marsh and Ada Quist, both playing against type.");
        assertTrue(actor(c, "Ivo Marsh") && actor(c, "Ada Quist"), c.toString());
        List<String> g = cast("Ivo Marsh and Ada Quist give solid support.");
        assertTrue(actor(g, "Ivo Marsh") && actor(g, "Ada Quist"), g.toString());
        // near misses: support in the story
        assertFalse(actor(cast("Her sister Ruth Vale offers emotional support."), "Ruth Vale"));
        assertFalse(actor(cast("She finds emotional support from Ruth Vale, her oldest friend."), "Ruth Vale"));
        assertFalse(actor(cast("The campaign has support from Senator Ruth Vale."), "Ruth Vale"));
    }

    @Test
    void aClosedCompoundEndingInARoleNounIsARole() {
        assertTrue(cast("Neve Okafor is Hattie, a retired schoolteacher with a secret, and she is terrific.")
                .contains("Neve Okafor|Hattie|a retired schoolteacher with a secret"));
        // near misses: things whose words end in a role noun
        assertTrue(org.filmkg.extract.Lexicon.isRoleNoun("postmistress"));
        assertFalse(org.filmkg.extract.Lexicon.isRoleNoun("painkiller"));
        assertFalse(org.filmkg.extract.Lexicon.isRoleNoun("typewriter"));
        // a role with a phrase after it, short tails that only name people, and occupations from CoreNLP's gazetteer
        for (String w : List.of("bride-to-be", "mother-in-law", "editor-in-chief", "chambermaid", "midwife", "landlady", "deputy", "valet", "second-in-command"))
            assertTrue(org.filmkg.extract.Lexicon.isRoleNoun(w), w);
        // near misses: things that end like those, and qualities shaped like words for people
        for (String w : List.of("to-be", "mermaid-shaped", "shorthand", "checkmate"))
            assertFalse(org.filmkg.extract.Lexicon.isRoleNoun(w), w);
        for (String w : List.of("swagger", "laughter", "shoulder"))
            assertFalse(org.filmkg.extract.Lexicon.isPersonNoun(w), w);
    }

    @Test
    void aNameInAppositionToTheSubjectTakesItsVerb() {
        assertTrue(cast("Director Imogen Tarrant takes her time. Tarrant's regular collaborator, Sean Whelan, plays the foreman.")
                .contains("Sean Whelan||the foreman"));
        assertTrue(actor(cast("The film's real discovery, Ada Kim, plays the doctor with quiet wit."), "Ada Kim"));
        // near misses: a name in apposition to a relation is a character doing something
        assertFalse(actor(cast("Her husband, Tom Vale, plays the piano at night."), "Tom Vale"));
        assertFalse(actor(cast("Ruth's brother, Tom Vale, plays the fool for everyone."), "Tom Vale"));
    }

    @Test
    void asAloneIsNotEnoughForAPlainVerb() {
        // near miss: "works as" with no word of acting or praise says what a character does
        List<String> c = cast("In the story, Priya Raman works as a nurse in a small town.");
        assertFalse(actor(c, "Priya Raman"), c.toString());
    }

    @Test
    void givesAPerformance() {
        List<String> c = cast("Oskar Lindqvist gives a ferocious performance as the widower.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Oskar Lindqvist||") && s.contains("widower")), c.toString());
    }

    @Test
    void givesSomethingElseIsNoCue() {
        List<String> c = cast("Oskar Lindqvist gives a speech at the premiere.");
        assertFalse(actor(c, "Oskar Lindqvist"), c.toString());
    }

    @Test
    void possessiveTurn() {
        List<String> c = cast("Marisol Ortega's turn as the landlady is the highlight.");
        assertTrue(actor(c, "Marisol Ortega"), c.toString());
    }

    @Test
    void possessiveOfSomethingElseIsNoCue() {
        List<String> c = cast("Marisol Ortega's novel was a bestseller long before this adaptation.");
        assertFalse(actor(c, "Marisol Ortega"), c.toString());
    }

    @Test
    void playedByWithPassiveSubject() {
        List<String> c = cast("The grandmother is played with steel by Edith Marlowe.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Edith Marlowe|") && s.contains("grandmother")), c.toString());
    }

    @Test
    void bracketedNamesAfterACharacterWithModifiers() {
        List<String> c = cast("He mentors the boy Tobias (young Arlo Fenn, then Declan Moss) for a decade.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Arlo Fenn|Tobias")), c.toString());
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Declan Moss|Tobias")), c.toString());
    }

    @Test
    void actorNoun() {
        List<String> c = cast("The real find is newcomer Ilse Brandt, who never overplays a scene.");
        assertTrue(actor(c, "Ilse Brandt"), c.toString());
    }

    @Test
    void creditLineWithLabel() {
        List<String> c = cast("Voices of: Hana Ito, Felix Grau and Omar Haddad\nA quiet film about a lighthouse.");
        assertTrue(actor(c, "Hana Ito") && actor(c, "Felix Grau") && actor(c, "Omar Haddad"), c.toString());
    }

    @Test
    void listedWithACastPerson() {
        List<String> c = cast("Nadia Petrov, Colm Byrne and Rosa Lind star in a story of three sisters.");
        assertTrue(actor(c, "Nadia Petrov") && actor(c, "Colm Byrne") && actor(c, "Rosa Lind"), c.toString());
    }

    @Test
    void aPersonNamedInPassingIsNotCast() {
        List<String> c = cast("The film was shot in Ohio, where Harold Becker grew up, and it shows.");
        assertFalse(actor(c, "Harold Becker"), c.toString());
    }

    @Test
    void comparisonTargetIsNotCast() {
        List<String> c = cast("Tomas Vidal plays the sheriff like Harold Becker played gangsters.");
        assertTrue(actor(c, "Tomas Vidal"), c.toString());
        assertFalse(actor(c, "Harold Becker"), c.toString());
    }

    @Test
    void roleInAnotherTitleIsNotThisFilm() {
        List<String> c = cast("Like the earlier Northern Lights, wherein Greta Hall played a drowned singer, it is a ghost story.");
        assertFalse(actor(c, "Greta Hall"), c.toString());
    }

    @Test
    void biopicSubjectIsACharacterNotAnActor() {
        List<String> c = cast("Kofi Mensah plays Duke Ellison, and Duke Ellison would have loved him.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Kofi Mensah|Duke Ellison")), c.toString());
        assertFalse(actor(c, "Duke Ellison"), c.toString());
    }

    @Test
    void surnameJoinsTheFullName() {
        List<Fact.Cast> f = facts("Agnes Thornbury is in nearly every scene. Thornbury is superb as the matriarch.");
        assertTrue(f.stream().anyMatch(c -> c.actor().text().contains("Thornbury") && c.description() != null
                && c.description().text().contains("matriarch")), f.toString());
    }

    @Test
    void theDecidingCuesAreKeptWithTheStatement() {
        List<Fact.Cast> f = facts("Oskar Lindqvist gives a ferocious performance as the widower.");
        assertTrue(f.stream().anyMatch(c -> c.evidence().why() != null && c.evidence().why().contains("gives-performance")), f.toString());
    }

    @Test
    void descriptionsOfACharacterElsewhereInTheReview() {
        List<String> c = cast("Ruth Vance (Jane Doe) and Tom Vance (Ben Lowe) are the parents of four.\n"
                + "Later Ruth, a former nurse, takes in a lodger.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Jane Doe|") && s.endsWith("a former nurse")), c.toString());
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Jane Doe|") && s.contains("parents")), c.toString());
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Ben Lowe|") && s.contains("parents")), c.toString());
    }

    @Test
    void titleBeforeACharacterName() {
        List<String> c = cast("Anton Weiss plays Leo Hart, and the scenes with music producer Leo Hart are the best.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Anton Weiss|Leo Hart|") && s.endsWith("music producer")), c.toString());
    }

    @Test
    void aCharacterIsNotDescribedByWhatItIsCompared() {
        // near miss: "Ruth is the heart of the film" has no role noun
        List<String> c = cast("Ruth Vance (Jane Doe) runs the farm. Ruth is the heart of the film.");
        assertFalse(c.stream().anyMatch(s -> s.contains("heart")), c.toString());
    }

    @Test
    void voiceOfInBrackets() {
        List<String> c = cast("A shy fox named Pip (voice of Lena Marsh) befriends an owl.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Lena Marsh|Pip")), c.toString());
    }

    @Test
    void bracketsThatHoldARoleOrAPlaceDoNotCastTheName() {
        // "(as Y)" holds the role; "(of the bands …)" says where someone plays, not whom
        List<String> c = cast("Omar Haddad (as Sergeant Lou Petty) barks. The songs come from Ivy Stone (of the bands Paper Wolf and Dunes).");
        assertTrue(c.contains("Omar Haddad|Lou Petty|Sergeant"), c.toString());
        assertFalse(actor(c, "Lou Petty") || actor(c, "Sergeant Lou Petty"), c.toString());
        assertFalse(actor(c, "Paper Wolf"), c.toString());
    }

    @Test
    void labelOfSeveralWords() {
        List<String> c = cast("Main cast members: Hana Ito, Felix Grau\nA quiet film about a lighthouse.");
        assertTrue(actor(c, "Hana Ito") && actor(c, "Felix Grau"), c.toString());
    }

    @Test
    void meetingACharacterAsAChildIsNoCasting() {
        List<String> c = cast("Early on we see Ruthanne Vale as a child, singing in church.");
        assertFalse(actor(c, "Ruthanne Vale"), c.toString());
    }

    @Test
    void appositionNamesTheRoleOfCastPeople() {
        List<String> c = cast("Cast: Iris Lund, Tomas Berg\nThe film belongs to its leads – Iris Lund and Tomas Berg.");
        assertTrue(c.contains("Iris Lund||its leads") || c.contains("Iris Lund||leads"), c.toString());
    }

    @Test
    void creditBlockReadsActorThenCharacter() {
        List<String> c = cast("LONG ROAD (director: Ann Lee; cast: Jeff Roe (Bad Bill), Mia Holt (Jean Kane), Tom Ash (manager); Runtime: 112)\n"
                + "A film about a singer.");
        assertTrue(c.containsAll(List.of("Jeff Roe|Bad Bill|", "Mia Holt|Jean Kane|", "Tom Ash||manager")), c.toString());
        assertFalse(actor(c, "Bad Bill") || actor(c, "Jean Kane"), c.toString());
    }

    @Test
    void proseKeepsCharacterThenActor() {
        // near miss: outside a credit list, "Name (Name)" is "Character (Actor)"
        List<String> c = cast("The road leads Bad Bill (Jeff Roe) back to Texas.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Jeff Roe|Bad Bill")), c.toString());
    }

    @Test
    void coordinatedModifiersStayInTheDescription() {
        List<String> c = cast("Three actors share the part: Arlo Fenn as a shy and watchful boy, Declan Moss as a restless teenager.");
        assertTrue(c.contains("Arlo Fenn||a shy and watchful boy"), c.toString());
        assertTrue(c.contains("Declan Moss||a restless teenager"), c.toString());
    }

    @Test
    void capitalisedTitleBeforeACharacterIsTheDescription() {
        List<String> c = cast("Omar Haddad (as Deputy Sheriff Ben Holt) barks orders.");
        assertTrue(c.contains("Omar Haddad|Ben Holt|Deputy Sheriff"), c.toString());
    }

    @Test
    void descriptionBeforeNamed() {
        List<String> c = cast("Pip teams up with a sly drifter named Hollis (voice of Dario Vance).");
        assertTrue(c.contains("Dario Vance|Hollis|a sly drifter"), c.toString());
    }

    @Test
    void initialBelongsToTheName() {
        List<String> c = cast("The old man (F. Lionel Marsh) remembers the war.");
        assertTrue(actor(c, "F. Lionel Marsh"), c.toString());
    }

    @Test
    void pronounSubjectTakesTheNearestPersonBefore() {
        List<String> c = cast("Nora Quist has never been better. She was perfectly cast in the role of Edie Lark, a faded singer.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Nora Quist|Edie Lark")), c.toString());
    }

    @Test
    void pronounNearMisses() {
        // a pronoun with no verb of acting, and a role in another title, cast no one
        List<String> c = cast("Nora Quist wrote the novel. She plays tennis every day. She played Edie Lark in Summer Harbor years ago.");
        assertFalse(actor(c, "Nora Quist"), c.toString());
    }

    @Test
    void aLabelledLineListsPeopleToItsEnd() {
        // a stage name with a lower-case word must not end the list; a name NER takes for a place still counts
        List<String> c = cast("LONG ROAD\nComposer: Terence Holt\nCast: Adrien Lowe, Ida Lake, Prince the Great, Tammy Holt, Norman Reed\nA film.");
        assertTrue(actor(c, "Adrien Lowe") && actor(c, "Ida Lake") && actor(c, "Tammy Holt") && actor(c, "Norman Reed"), c.toString());
        assertFalse(actor(c, "Terence Holt"), c.toString());
    }

    @Test
    void relativeClauseOfActing() {
        List<String> c = cast("The best thing here is Oskar Lindqvist, who plays the gruff headmaster, and Ada Kline, who plays chess.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Oskar Lindqvist||") && s.contains("headmaster")), c.toString());
        assertFalse(actor(c, "Ada Kline"), "playing chess is no role: " + c);
    }

    @Test
    void characterFromADescriptionGivenTwice() {
        List<String> c = cast("He moves back in with his mother (Edith Marlowe). Years before, his mother, Greta, had left.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Edith Marlowe|Greta|")), c.toString());
    }

    @Test
    void quotedNicknameStaysInTheCharactersName() {
        List<String> c = cast("Arlo Fenn plays Dale “Moth” Hollis, a welder with big dreams.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Arlo Fenn|Dale “Moth” Hollis")), c.toString());
    }

    @Test
    void possessiveRoleAttachesToACastPerson() {
        List<String> c = cast("Cast: Nora Quist, Ida Park\nIt is Nora Quist's two-bit hustler Dee who wins us over. Jane Austen's heroine would approve.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Nora Quist|Dee|")), c.toString());
        assertFalse(actor(c, "Jane Austen"), "owning a role is no casting on its own: " + c);
    }

    @Test
    void theRoleNounNearestTheBracketDescribesTheName() {
        List<String> c = cast("Arlo Fenn plays a welder who lives with his stern aunt (Edith Marlowe) in a trailer.");
        assertTrue(c.contains("Edith Marlowe||his stern aunt"), c.toString());
        assertFalse(c.contains("Edith Marlowe||a welder"), c.toString());
    }

    @Test
    void ensembleListAfterTheCastIsNamed() {
        List<String> c = cast("The supporting actors are excellent. Nadia Petrov, Colm Byrne, Rosa Lind and Ivo Marek each get a fine scene.");
        assertTrue(actor(c, "Nadia Petrov") && actor(c, "Colm Byrne") && actor(c, "Rosa Lind") && actor(c, "Ivo Marek"), c.toString());
    }

    @Test
    void aListOfPeopleWithNoCastNearbyIsNotTheCast() {
        List<String> c = cast("The film is set in a gallery. Nadia Petrov, Colm Byrne, Rosa Lind and Ivo Marek hang on its walls.");
        assertFalse(actor(c, "Nadia Petrov"), c.toString());
    }

    @Test
    void peoplePlayingThemselves() {
        List<String> c = cast("The demo reaches Tessa Vane (playing herself, with good humour), and the talk show host Omar Haddad appears as himself.");
        assertTrue(c.contains("Tessa Vane|Tessa Vane|playing herself"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Omar Haddad|Omar Haddad|")), c.toString());
    }

    @Test
    void himselfWithoutAVerbOrAsIsNoRole() {
        // near miss: "X himself" is emphasis
        List<String> c = cast("The script was praised by Tessa Vane herself.");
        assertFalse(actor(c, "Tessa Vane"), c.toString());
    }

    @Test
    void aVerbOfActingTheTaggerReadsAsANoun() {
        List<String> c = cast("Night Ferry\n\nNadia Fenn stars as a widowed lighthouse keeper who hears voices. Josie Crane voices the talking gull.");
        assertTrue(c.contains("Nadia Fenn||a widowed lighthouse keeper") && c.contains("Josie Crane||the talking gull"), c.toString());
        // near miss: a name before another plural noun or verb
        assertFalse(actor(cast("Night Ferry\n\nNadia Fenn sings in the choir, and Josie Crane loves boats."), "Nadia Fenn"));
    }

    @Test
    void aRoleThatOpensTheSentence() {
        List<String> c = cast("Night Ferry\n\nAs Ruth, a widowed lighthouse keeper, Nadia Fenn is heartbreaking.");
        assertTrue(c.contains("Nadia Fenn|Ruth|a widowed lighthouse keeper"), c.toString());
        // near misses: "As for …", "As always, …" open no role
        List<String> n = cast("Night Ferry\n\nAs for the keeper, Nadia Fenn says little. As always, Kit Arlow is sly.");
        assertFalse(actor(n, "Nadia Fenn") || actor(n, "Kit Arlow"), n.toString());
    }

    @Test
    void aFirstNameInBracketsAfterAFullName() {
        List<String> c = cast("Night Ferry\n\nNadia Fenn (Ruth) and Kit Arlow (Tom) share a lovely scene.");
        assertTrue(c.contains("Nadia Fenn|Ruth|") && c.contains("Kit Arlow|Tom|"), c.toString());
        // near miss: a surname the review gives in full is the actor's, the usual way round
        List<String> n = cast("Night Ferry\n\nNadia Fenn leads the cast. The keeper Ruth Vance (Fenn) climbs the stairs.");
        assertFalse(actor(n, "Ruth Vance"), n.toString());
    }

    @Test
    void coordinatedSubjectsShareThePredicateAndPairTheRoles() {
        List<String> c = cast("Night Ferry\n\nNadia Fenn and Kit Arlow are wonderful as mother and son.");
        assertTrue(c.contains("Nadia Fenn||mother") && c.contains("Kit Arlow||son"), c.toString());
    }

    @Test
    void moreWaysToNameTheRole() {
        List<String> c = cast("Night Ferry\n\nTom Vey, playing her estranged son, gives the film's best performance. "
                + "Rob Tallis turns up as a shifty harbour master. Ana Ruiz brings warmth to the role of the village doctor. "
                + "Nadia Fenn, as the widow, and Lia Serrat, as her sister, are both superb.");
        for (String want : List.of("Tom Vey||her estranged son", "Rob Tallis||a shifty harbour master", "Ana Ruiz||the village doctor",
                "Nadia Fenn||the widow", "Lia Serrat||her sister"))
            assertTrue(c.contains(want), want + " in " + c);
    }

    @Test
    void nearMissesForTheRole() {
        // a person who turns up somewhere, brings something to a place, or is "as" something without acting
        List<String> c = cast("Night Ferry\n\nRob Tallis turns up late to the premiere. Ana Ruiz brings snacks to the screening. "
                + "Nadia Fenn, as usual, wrote the review.");
        assertFalse(actor(c, "Rob Tallis") || actor(c, "Ana Ruiz") || actor(c, "Nadia Fenn"), c.toString());
    }

    @Test
    void aCharactersCopulaWithAWordForAPerson() {
        List<String> c = cast("Night Ferry\n\nNadia Fenn plays Ruth. Ruth is a widowed lighthouse keeper. Later, Ruth is a mystery to her son.");
        assertTrue(c.contains("Nadia Fenn|Ruth|a widowed lighthouse keeper"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("mystery")), "a mystery is no word for a person: " + c);
    }

    @Test
    void whatTheFilmStarsAndWhatTheCastIncludes() {
        List<String> c = cast("Night Ferry\n\nTomas Reyhner's third feature stars Nadia Fenn as a keeper. "
                + "Ana Ruiz leads a cast that includes Tom Vey and Rob Tallis.");
        assertTrue(c.contains("Nadia Fenn||a keeper"), c.toString());
        for (String name : List.of("Ana Ruiz", "Tom Vey", "Rob Tallis")) assertTrue(actor(c, name), name + " in " + c);
        // near misses: a person who leads a team or a list that includes someone
        List<String> n = cast("Night Ferry\n\nAna Ruiz leads a team that includes Tom Vey. The credits include Rob Tallis.");
        assertFalse(actor(n, "Ana Ruiz") || actor(n, "Tom Vey") || actor(n, "Rob Tallis"), n.toString());
    }

    @Test
    void praiseForActingInThisWork() {
        assertTrue(actor(cast("Night Ferry\n\nNadia Fenn is magnificent in Tomas Reyhner's drama about a keeper."), "Nadia Fenn"));
        // near miss: praise for being somewhere
        assertFalse(actor(cast("Night Ferry\n\nNadia Fenn was happy in the village, the keeper says."), "Nadia Fenn"));
    }

    @Test
    void partsPeopleHaveAndCharactersTheyBringToLife() {
        List<String> c = cast("Night Ferry\n\nAna Ruiz has a small but memorable part as the nosy postmistress. Tom Vey's turn as the village priest "
                + "is a joy. Nadia Fenn gives life to Ruth, a grieving widow.");
        assertTrue(c.contains("Ana Ruiz||the nosy postmistress") && c.contains("Tom Vey||the village priest"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Nadia Fenn|Ruth|")), c.toString());
        // near misses: a studio brings a culture or a place to life; someone has a part in the plan
        List<String> n = cast("Night Ferry\n\nHarbor Pictures brings coastal culture to life, and Marlow Studios brings Cornwall to life. "
                + "Rob Tallis has a part in the plan.");
        assertFalse(actor(n, "Harbor Pictures") || actor(n, "Marlow Studios") || actor(n, "Rob Tallis"), n.toString());
    }

    @Test
    void aFullNameOwningARoleNounAndACharacter() {
        List<String> c = cast("Night Harbour\n\nThere is a weary charm to Dominic Ashworth's washed-up harbour pilot Tobias in the film.");
        assertTrue(c.contains("Dominic Ashworth|Tobias|washed-up harbour pilot"), c.toString());
        // near misses: a relation ("X's husband Tom" is as often the real person's), a lone owned name, a first name as owner
        assertFalse(actor(cast("Night Harbour\n\nDominic Ashworth's husband Tobias came to the premiere."), "Dominic Ashworth"));
        assertFalse(actor(cast("Night Harbour\n\nDominic Ashworth's Tobias drinks too much."), "Dominic Ashworth"));
        assertFalse(actor(cast("Night Harbour\n\nOdile's washed-up pilot Tobias drinks too much."), "Odile"));
    }

    @Test
    void theActorWhoOwnsTheRoleIsNoPartOfItsDescription() {
        List<String> c = cast("Night Harbour\n\nDominic Ashworth's washed-up pilot Tobias drinks too much.");
        assertFalse(c.stream().anyMatch(x -> x.matches(".*\\|.*Ashworth's.*")), c.toString());
    }

    @Test
    void aParticipleOfActingOpensTheSentence() {
        assertTrue(cast("Night Harbour\n\nPlaying Odile, Clara Venn gives the film its pulse.").contains("Clara Venn|Odile|"));
        // near misses: another participle, and a name that is not right after the opening phrase
        assertFalse(actor(cast("Night Harbour\n\nWatching Odile, Clara Venn smiles."), "Clara Venn"));
        assertFalse(actor(cast("Night Harbour\n\nPlaying the piano in the bar, the barman ignores Clara Venn."), "Clara Venn"));
    }

    @Test
    void aVerbAndObjectThatNameAPerformance() {
        assertTrue(cast("Night Harbour\n\nClara Venn lends her voice to Odile, a talking fox.").contains("Clara Venn|Odile|a talking fox"));
        assertTrue(cast("Night Harbour\n\nOren Falk does fine work as the harbour master.").contains("Oren Falk||the harbour master"));
        assertTrue(actor(cast("Night Harbour\n\nOren Falk makes a strong impression as Tobias."), "Oren Falk"));
        // near misses: the same verbs with other objects
        assertFalse(actor(cast("Night Harbour\n\nOren Falk does the dishes as a favour."), "Oren Falk"));
        assertFalse(actor(cast("Night Harbour\n\nOren Falk lends his boat to the festival."), "Oren Falk"));
        assertFalse(actor(cast("Night Harbour\n\nOren Falk makes a donation as a patron."), "Oren Falk"));
    }

    @Test
    void coordinatedNamesShareAPreposition() {
        List<String> c = cast("Night Harbour\n\nSupporting turns from Oren Falk and Ilse Brandt add texture.");
        assertTrue(actor(c, "Oren Falk") && actor(c, "Ilse Brandt"), c.toString());
        // near miss: a gift from two people is no performance
        List<String> n = cast("Night Harbour\n\nThe festival received gifts from Oren Falk and Ilse Brandt.");
        assertFalse(actor(n, "Oren Falk") || actor(n, "Ilse Brandt"), n.toString());
    }

    @Test
    void aCopulaToACharacterWithARoleNounInApposition() {
        assertTrue(cast("Night Harbour\n\nOren Falk is Tobias, a washed-up pilot.").contains("Oren Falk|Tobias|a washed-up pilot"));
        // near miss: a place ("Oren Falk is Tobias, and nobody minds" casts by the "X is Y" rule, a character's one word)
        assertFalse(actor(cast("Night Harbour\n\nOren Falk is Lisbon, a city he loves."), "Oren Falk"));
    }

    @Test
    void anAppositionAfterTheCharacterDescribesIt() {
        List<String> c = cast("Night Harbour\n\nIlse Brandt is equally good as Hesper, a sometimes strict but loving influence in the boy's life.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ilse Brandt|Hesper|") && x.contains("influence")), c.toString());
        // near misses: a phrase about the part, not the character; a clause that goes on with a verb
        List<String> n = cast("Night Harbour\n\nIlse Brandt is superb as Hesper, a role she was born to play.");
        assertTrue(n.contains("Ilse Brandt|Hesper|"), n.toString());
        List<String> v = cast("Night Harbour\n\nIlse Brandt is superb as Hesper, the mother leaves early.");
        assertFalse(v.stream().anyMatch(x -> x.contains("mother")), v.toString());
    }

    @Test
    void aListOfActorsEachAsARoleKeepsTheRolesApart() {
        List<String> c = cast("Night Harbour\n\nThe film follows one man at three ages: Tomas Reyes as a shy boy, Idris Cole as a furious teenager, "
                + "and Marcus Webb as a grown man.");
        assertTrue(c.contains("Tomas Reyes||a shy boy") && c.contains("Idris Cole||a furious teenager") && c.contains("Marcus Webb||a grown man"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Idris Cole||a shy boy") || x.contains("|Idris Cole|")), c.toString());
    }

    @Test
    void aFullNameWithAnUntaggedTitleInBracketsIsNoCharacter() {
        List<String> c = cast("Night Harbour\n\nClara Venn (Red Orchard) directs with flair.");
        assertFalse(actor(c, "Red Orchard"), c.toString());
        // near miss: a surname alone in brackets after a character is the actor
        assertTrue(actor(cast("Night Harbour\n\nStarring: Ilse Brandt\n\nDrummer Mia Vance (Brandt) keeps time."), "Brandt"));
    }

    @Test
    void quotedWordsAndHyphenatedRoleNounsStayInTheDescription() {
        List<String> c = cast("Night Harbour (2021)\n\nHer cousin, ex-boxer and now weary night-watchman Robbie (Tom Smithers), calls. "
                + "The 16-year-old “wild” singer Lola (Ilse Brandt) joins.");
        assertTrue(c.contains("Tom Smithers|Robbie|Her cousin") && c.contains("Tom Smithers|Robbie|ex-boxer"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ilse Brandt|Lola|") && x.endsWith("16-year-old “wild” singer")), c.toString());
    }

    @Test
    void anUntaggedTitleInQuotesAfterAnActorIsNotCast() {
        List<String> c = cast("Night Harbour\n\nFalk (\"Rogue Tide: A Sea Story\"), dyed blonde, does excellent work as a man adrift. Oren Falk stars.");
        assertFalse(actor(c, "Rogue"), c.toString());
        assertTrue(actor(c, "Oren Falk") || actor(c, "Falk"), c.toString());
    }

    @Test
    void wordsReviewersKeepForPerformers() {
        for (String s : List.of("Ilse Brandt is a revelation.", "Ilse Brandt is the standout.", "The real star is Ilse Brandt.",
                "Ilse Brandt steals the show.", "Ilse Brandt carries the film.", "Ilse Brandt anchors the film."))
            assertTrue(actor(cast("Night Harbour (2021)\n\n" + s), "Ilse Brandt"), s);
        // near misses: a praise noun that is not a copula, a praise verb with some other object, a hero who is a character
        for (String s : List.of("Ilse Brandt called it a revelation.", "Ilse Brandt steals the car.", "Ilse Brandt carries the groceries.",
                "The real hero is the lighthouse."))
            assertFalse(cast("Night Harbour (2021)\n\n" + s).stream().anyMatch(x -> x.startsWith("Ilse Brandt|")), s);
    }

    @Test
    void aRoleOrAPartTheNameIsIn() {
        assertTrue(actor(cast("Night Harbour (2021)\n\nOren Falk, in a small role, is memorable."), "Oren Falk"));
        assertTrue(actor(cast("Night Harbour (2021)\n\nOren Falk is wasted in a thankless part."), "Oren Falk"));
        // near miss: a role in a scandal is no part in the film
        assertFalse(actor(cast("Night Harbour (2021)\n\nOren Falk had a role in the scandal."), "Oren Falk"));
    }

    @Test
    void theCastThatNamesItsMembers() {
        List<String> c = cast("Night Harbour (2021)\n\nJane Roe and Tom Smithers round out the cast. The supporting cast, including Ilse Brandt, is strong.");
        assertTrue(actor(c, "Jane Roe") && actor(c, "Tom Smithers") && actor(c, "Ilse Brandt"), c.toString());
        // near misses: a team rounded out, a guest list including someone
        List<String> n = cast("Night Harbour (2021)\n\nJane Roe and Tom Smithers round out the team. The guest list, including Ilse Brandt, is long.");
        assertFalse(actor(n, "Jane Roe") || actor(n, "Tom Smithers") || actor(n, "Ilse Brandt"), n.toString());
    }

    @Test
    void chemistryAndARelativeClauseOfActing() {
        List<String> c = cast("Night Harbour (2021)\n\nJane Roe and Tom Smithers have terrific chemistry. Ilse Brandt, who plays the mother, is wonderful.");
        assertTrue(actor(c, "Jane Roe") && actor(c, "Tom Smithers") && c.contains("Ilse Brandt||the mother"), c.toString());
        // near miss: having a chemistry degree
        assertFalse(actor(cast("Night Harbour (2021)\n\nJane Roe has a chemistry degree."), "Jane Roe"));
    }

    @Test
    void aReviewInLowerCaseIsReadThroughATruecasedCopy() {
        String text = "so i finally saw night harbour last night and i have thoughts. it is about a pilot and his sister.\n\n"
                + "tom smithers plays tobias and honestly he is the whole movie. my favourite was ilse brandt as the ferry captain.";
        List<Fact.Cast> f = facts(text);
        assertTrue(f.stream().anyMatch(c -> c.actor().text().equals("tom smithers") && c.character() != null && c.character().text().equals("tobias")), f.toString());
        assertTrue(f.stream().anyMatch(c -> c.actor().text().equals("ilse brandt")), f.toString());
        // the evidence quotes the review as written
        for (Fact.Cast c : f) assertEquals(text.substring(c.actor().begin(), c.actor().end()), c.actor().text());
        // a heading typed with capitals above lower-case prose: the prose is still read through the truecased copy,
        // and the heading keeps the capitals it was written with
        String headed = "Night Harbour\n\ni watched this on a plane and i was not ready for it. it follows a night-shift nurse "
                + "(played by ilse brandt, who is great) and a pilot who cannot sleep.\n\ndirected by tom smithers. 91 min. 8/10";
        List<Fact.Cast> h = facts(headed);
        assertTrue(h.stream().anyMatch(c -> c.actor().text().equals("ilse brandt")), h.toString());
        // near miss: an ordinary review keeps its own capitals and finds nothing in lower-case words
        assertTrue(facts("Night Harbour (2021)\n\nThe pilot meets tom smithers, a stranger, at the bar.").isEmpty());
    }

    @Test
    void aCopulaToARoleNounAndItsCharacter() {
        assertTrue(cast("Night Harbour (2021)\n\nCallum Reyes is her son Jonah and he is fine.").contains("Callum Reyes|Jonah|her son"));
        // near misses: no character named; the character owns something else
        assertFalse(actor(cast("Night Harbour (2021)\n\nCallum Reyes is her son."), "Callum Reyes"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nCallum Reyes is her son Jonah's teacher."), "Callum Reyes"));
    }

    @Test
    void aQualityBroughtToACharacterAndAMisparsedParticiple() {
        assertTrue(cast("Night Harbour (2021)\n\nOdette Vance brings a salty humour to Mette, the ferry captain.").contains("Odette Vance|Mette|the ferry captain"));
        assertTrue(cast("Night Harbour (2021)\n\nHer son, played with jittery charm by Callum Reyes, arrives late.").contains("Callum Reyes||Her son"));
        // near miss: a thing brought to a place
        assertFalse(actor(cast("Night Harbour (2021)\n\nOdette Vance brings a cake to Lisbon."), "Odette Vance"));
    }

    @Test
    void aVerbOfActingWithAWordShapedLikeAPerson() {
        assertTrue(cast("Night Harbour (2021)\n\nTom Becker plays a lonely lighthouse keeper.").contains("Tom Becker||a lonely lighthouse keeper"));
        // near misses: an instrument, a game with no determiner
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Becker plays the piano beautifully."), "Tom Becker"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Becker plays poker with the mayor."), "Tom Becker"));
    }

    // ---- credit blocks: "Name – Name" lines, read column by column ----

    @Test
    void creditBlockWithTitlesReadsCharactersFirst() {
        List<String> c = cast("""
                The cast:
                Inspector Wendell Boyce - Corin Matheson
                Lady Margot Fenn - Siobhan Achterberg

                A brisk, old-fashioned whodunit.""");
        assertTrue(c.contains("Corin Matheson|Inspector Wendell Boyce|"), c.toString());
        assertTrue(c.contains("Siobhan Achterberg|Lady Margot Fenn|"), c.toString());
        assertFalse(actor(c, "Inspector Wendell Boyce") || actor(c, "Lady Margot Fenn"), c.toString());
    }

    @Test
    void creditBlockReadsActorsFirstFromTheProse() {
        // the prose calls the left column by surname and the right by first name: the left is the actors
        List<String> c = cast("""
                Tobias Grell – Felix Wren
                Ilse Marquardt – Hanna Wren

                Grell is all nerves as Felix, and Marquardt makes Hanna a quiet force.""");
        assertTrue(c.contains("Tobias Grell|Felix Wren|"), c.toString());
        assertTrue(c.contains("Ilse Marquardt|Hanna Wren|"), c.toString());
        assertFalse(actor(c, "Felix Wren") || actor(c, "Hanna Wren"), c.toString());
    }

    @Test
    void creditBlockLabelledCharactersPutsThemFirstWhenNothingElseTells() {
        List<String> c = cast("""
                Cast of characters:
                Oona Drabble: Petra Lindgren
                Samuel Oyelaran: Marcus Feeney""");
        assertTrue(c.contains("Petra Lindgren|Oona Drabble|"), c.toString());
        assertTrue(c.contains("Marcus Feeney|Samuel Oyelaran|"), c.toString());
    }

    @Test
    void aLoneDashedLineOrANavigationBarIsNoCreditBlock() {
        // near misses: one pair with no label, and a line of places
        List<String> c = cast("""
                Weekend Reading
                Tobias Grell - Felix Wren

                A film about two brothers. Paris - London is the route they drive.""");
        assertFalse(actor(c, "Felix Wren") || actor(c, "Tobias Grell"), c.toString());
    }

    @Test
    void aHeaderOfTwoDashedLinesIsNoCreditBlock() {
        // near miss: a page header pairs a title with a section and a critic with a role, not actors with characters
        List<String> c = cast("""
                Harbour Lights – Film Reviews
                Dana Whitlock – Chief Critic

                A film about two brothers who drive to the coast.""");
        assertFalse(actor(c, "Dana Whitlock") || actor(c, "Harbour Lights"), c.toString());
    }

    @Test
    void aCrewMemberWhoAlsoActs() {
        List<String> c = cast("Directed by Ines Calder. Ines Calder, who spent years on the script, also plays the stern landlady.");
        assertTrue(actor(c, "Ines Calder"), c.toString());
    }

    @Test
    void aCrewMemberWhoDoesSomethingElseToo() {
        // near miss: "also" on a verb that is not acting
        List<String> c = cast("Directed by Ines Calder. Ines Calder also wrote the script, and it shows.");
        assertFalse(actor(c, "Ines Calder"), c.toString());
    }

    @Test
    void aPersonInApositionWhoAppearsAsThemselves() {
        List<String> c = cast("The documentary trails the club's old coach, Walt Bricker, who appears as himself in every scene.");
        assertTrue(actor(c, "Walt Bricker"), c.toString());
    }

    @Test
    void aPersonInApositionWhoDoesSomethingElse() {
        // near miss: the clause on the noun says nothing of acting
        List<String> c = cast("The drama trails the club's old coach, Walt Bricker, who retired in the spring.");
        assertFalse(actor(c, "Walt Bricker"), c.toString());
    }

    @Test
    void namesThatLeadTheFilm() {
        List<String> c = cast("Lena Ford and Tom Hale lead the film as a pair of estranged siblings.");
        assertTrue(actor(c, "Lena Ford") && actor(c, "Tom Hale"), c.toString());
        // near miss: leading a crew, or a role, is no casting
        List<String> n = cast("In the story, Lena Ford leads the crew of a fishing boat.");
        assertFalse(actor(n, "Lena Ford"), n.toString());
    }

    @Test
    void theFilmStarsAListIsNoDescription() {
        // near miss: the tagger may read "stars" as a noun the names stand in apposition to
        List<Fact.Cast> f = facts("The film stars Lena Ford, Tom Hale, Ruth Ames and Ben Cole. It is a quiet, sad thing.");
        assertEquals(4, f.stream().map(c -> c.actor().text()).distinct().count(), f.toString());
        assertTrue(f.stream().allMatch(c -> c.description() == null), f.toString());
    }

    @Test
    void namesInBracketsPairInOrderWithTheNamesBefore() {
        List<String> c = cast("The film stars Lena Ford and Tom Hale. Maggie and Jack (Ford and Hale) are siblings who cannot agree.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ford|Maggie|")) && c.stream().anyMatch(x -> x.startsWith("Hale|Jack|")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Ford|Jack|")), c.toString());
    }

    @Test
    void aLoneSurnameOpeningASentenceIsThePerson() {
        List<String> c = cast("The film stars Lena Ford and Ben Cole. Cole brings menace to the role of a corrupt councilman.");
        assertTrue(c.contains("Cole||a corrupt councilman"), c.toString());
        // near miss: a capitalised first word that is no one's surname stays a word
        List<String> n = cast("The film stars Lena Ford and Ben Cole. Menace comes to the role of a corrupt councilman.");
        assertFalse(actor(n, "Menace"), n.toString());
    }

    @Test
    void aCharacterInAppositionToThePersonsCharacter() {
        List<String> c = cast("The film stars Lena Ford. Ford's character, a nurse named Maggie, is stretched thin.");
        assertTrue(c.contains("Ford|Maggie|a nurse"), c.toString());
        // near miss: an author's character casts no one
        List<String> n = cast("Charles Dickens's character, a miser named Scrooge, haunts the film.");
        assertFalse(actor(n, "Charles Dickens"), n.toString());
    }

    @Test
    void inTheRoleOfOpensTheSentence() {
        List<String> c = cast("In the role of the sheriff, Ben Cole is a delight.");
        assertTrue(c.contains("Ben Cole||the sheriff"), c.toString());
    }

    @Test
    void aPresentCopulaToARoleNounNamesTheRole() {
        List<String> c = cast("The film stars Lena Ford and Tom Hale. Ford is a nurse drowning in debt.");
        assertTrue(c.contains("Ford||a nurse"), c.toString());
        // near misses: a past copula may be a biography; a career word is no role; alone it casts no one
        List<String> past = cast("The film stars Lena Ford and Tom Hale. Ford was a nurse before she became an actress.");
        assertFalse(past.stream().anyMatch(x -> x.endsWith("|a nurse")), past.toString());
        List<String> career = cast("The film stars Lena Ford and Tom Hale. Ford is a veteran of the stage.");
        assertFalse(career.stream().anyMatch(x -> x.contains("veteran")), career.toString());
        assertFalse(actor(cast("In the story, Lena Ford is a nurse drowning in debt."), "Lena Ford"));
    }

    @Test
    void aDocumentarysPeopleAppearAsThemselves() {
        List<String> c = cast("The documentary features interviews with Joan Reed and Kim Fox. We hear from Sandy Hale too. "
                + "Dora Lind, now 70, appears on camera for the first time.");
        for (String n : List.of("Joan Reed", "Kim Fox", "Sandy Hale", "Dora Lind")) assertTrue(actor(c, n), n + ": " + c);
        // near miss: a press interview in a review of a drama casts no one
        List<String> n = cast("In interviews with Joan Reed, the director explained the ending. The drama is long.");
        assertFalse(actor(n, "Joan Reed"), n.toString());
    }

    @Test
    void anAsideAboutAnotherWorkIsBiographyWhenTheClauseCastsThePerson() {
        List<String> c = cast("Night Ferry\nLena Ford, best known for her work on the sitcom Dorm Life, is a revelation as Maggie.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Lena Ford|Maggie|")), c.toString());
        // near miss: the aside alone, with nothing about this film, casts no one
        List<String> n = cast("Night Ferry\nLena Ford, best known for her work on the sitcom Dorm Life, was at the premiere.");
        assertFalse(actor(n, "Lena Ford"), n.toString());
    }

    @Test
    void aTitleInBracketsAfterAFullNameIsAnAside() {
        List<String> c = cast("Night Ferry\nLena Ford (Dorm Life) plays Maggie, a nurse.");
        assertTrue(c.contains("Lena Ford|Maggie|a nurse"), c.toString());
        assertFalse(actor(c, "Dorm Life"), c.toString());
        // near miss: with no verb of acting after the brackets, "Character (Actor)" reads as usual
        List<String> n = cast("Night Ferry\nHer daughter Mira Solberg (Odalys Quenby) keeps her distance.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Odalys Quenby|Mira Solberg|")), n.toString());
    }

    @Test
    void steppingInAsAndDisappearingIntoARole() {
        List<String> c = cast("Night Ferry\nJane Roe was originally slated to play the lead but dropped out; Lena Ford stepped in as Maggie. "
                + "Tom Hale disappears into the role of Jack.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Lena Ford|Maggie|")) && c.stream().anyMatch(x -> x.startsWith("Tom Hale|Jack|")), c.toString());
        assertFalse(actor(c, "Jane Roe"), "one who dropped out is not cast: " + c);
        // near miss: stepping in somewhere that is no part
        assertFalse(actor(cast("Night Ferry\nLena Ford stepped in to help the crew."), "Lena Ford"));
    }

    @Test
    void coordinatedNamesAndCharactersPairInOrder() {
        List<String> c = cast("Night Ferry\nLena Ford, Tom Hale and Ruth Ames play Maggie, Jack and Bea, three squabbling siblings.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Lena Ford|Maggie|")) && c.stream().anyMatch(x -> x.startsWith("Tom Hale|Jack|"))
                && c.stream().anyMatch(x -> x.startsWith("Ruth Ames|Bea|")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Tom Hale|Maggie|") || x.startsWith("Ruth Ames|Maggie|")), c.toString());
        List<String> f = cast("Night Ferry\nAs Maggie and Jack, Lena Ford and Tom Hale have an easy chemistry.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Tom Hale|Jack|")) && !f.stream().anyMatch(x -> x.startsWith("Tom Hale|Maggie|")), f.toString());
        // near miss: two actors, three characters: which is whose cannot be told
        List<String> n = cast("Night Ferry\nLena Ford and Tom Hale play Maggie, Jack and Bea between them.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("Tom Hale|Maggie|") || x.startsWith("Lena Ford|Jack|")), n.toString());
    }

    @Test
    void aPronounCopulaDescribesTheRoleJustTiedToAPerson() {
        List<String> c = cast("Night Ferry\nTom Hale plays Jack. He's a recovering addict with a boat he cannot afford.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Hale|") && x.contains("a recovering addict")), c.toString());
        // near misses: no character named before it, or a sentence about real life
        List<String> n = cast("Night Ferry\nTom Hale gives the performance of his career. He is a father of three in real life.");
        assertFalse(n.stream().anyMatch(x -> x.contains("father")), n.toString());
        List<String> r = cast("Night Ferry\nTom Hale plays Jack. He is a father of three in real life.");
        assertFalse(r.stream().anyMatch(x -> x.contains("father")), r.toString());
    }

    @Test
    void aSurnameAloneStillNamesThePersonInFull() {
        List<String> c = cast("Two sisters inherit a farm. They are played by Ines Varga and Tomas Reyes-Holt. Varga is the elder, Ruth, a lawyer; "
                + "Reyes-Holt's Nell is the dreamer.");
        // the role keeps the name as written, and the full name has a statement of its own for resolution to tie it to
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Varga|Ruth|")) && actor(c, "Ines Varga"), c.toString());
        // a hyphenated surname joins the full name it ends
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Reyes-Holt|Nell|")) && actor(c, "Tomas Reyes-Holt"), c.toString());
    }

    @Test
    void anOpeningAsPhraseWithARoleNounOrAboutScreenTime() {
        assertTrue(cast("As bassist Jo Marsh, Ines Varga gets little to do.").contains("Ines Varga|Jo Marsh|bassist"));
        assertTrue(cast("In a single scene as the village doctor, Ines Varga makes a lasting impression.").contains("Ines Varga||the village doctor"));
        // near misses: "as" in a comparison or a remark, and an opening phrase that is not about a part
        assertFalse(actor(cast("In a film as good as this, Ines Varga hardly matters."), "Ines Varga"));
        assertFalse(actor(cast("As expected, Ines Varga arrives late."), "Ines Varga"));
        assertFalse(actor(cast("In a town as small as Ardee, Ines Varga knew everyone."), "Ines Varga"));
    }

    @Test
    void aNameInAppositionToANounForAPersonIsACandidateWhateverNerSays() {
        List<String> c = cast("In one scene as the doctor, Orla Ní Bhraonáin, an Irish actress working in French, makes a lasting impression.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Orla Ní Bhraonáin|")), c.toString());
        // near miss: a place in apposition to a place noun
        assertTrue(cast("It was shot in Dún Laoghaire, a town near the sea, as the doctor said.").isEmpty());
    }

    @Test
    void aCopulaBetweenTwoFullNamesAcrossAnAside() {
        assertTrue(cast("Tomas Reyes, square-jawed and weary, is Cole Brennan, a disgraced navigator.").contains("Tomas Reyes|Cole Brennan|a disgraced navigator"));
        // near misses: someone's relation, and a subject that is no name
        assertFalse(actor(cast("Tomas Reyes is Ines Varga's son, as everyone in town knows."), "Ines Varga"));
        assertTrue(cast("The hero of the story is Cole Brennan, a disgraced navigator.").isEmpty());
    }

    @Test
    void aRoleNamedByANamingParticiple() {
        List<String> c = cast("Their manager, a cigar-chomping fixer named Harold Fisk, is played by Tomas Reyes with relish.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tomas Reyes|Harold Fisk|")), c.toString());
        List<String> d = cast("Tomas Reyes plays a smuggler called the Deacon.");
        assertTrue(d.contains("Tomas Reyes|Deacon|a smuggler"), d.toString());
        // near miss: a naming participle with nobody cast
        assertTrue(cast("The family lives in a village called Marsh End.").isEmpty());
    }

    @Test
    void aVoiceMayPlayACreature() {
        List<String> c = cast("Then come a pair of bickering gulls voiced by Nate Orr and Sam Pike.");
        assertTrue(c.containsAll(List.of("Nate Orr||a pair of bickering gulls", "Sam Pike||a pair of bickering gulls")), c.toString());
        // near miss: "played by" still needs a person for its role
        assertFalse(cast("A tune on an old organ played by Sam Pike opens it.").stream().anyMatch(x -> x.endsWith("organ")));
    }

    @Test
    void aParticipleOfActingAfterTheActorsClause() {
        assertTrue(cast("Tomas Reyes has the harder job, playing a man who barely speaks.").contains("Tomas Reyes||a man"));
        assertTrue(cast("Ines Varga shines, playing a widow on the run.").contains("Ines Varga||a widow"));
        // near miss: a game is no role
        assertFalse(actor(cast("Ines Varga spent her youth in Madrid, playing tennis."), "Ines Varga"));
    }

    @Test
    void aDescriptionGoesOnAfterNow() {
        List<String> c = cast("Ines Varga plays his former partner, now a customs officer, and their scenes crackle.");
        assertTrue(c.containsAll(List.of("Ines Varga||his former partner", "Ines Varga||a customs officer")), c.toString());
    }

    @Test
    void aDocumentarysPeopleNamedByWhatTheyDo() {
        List<String> c = cast("This rock documentary is built from archive footage. Frontman Dan Holm is funny and rueful, and guitarist Eva Lund is guarded.");
        assertTrue(actor(c, "Dan Holm") && actor(c, "Eva Lund"), c.toString());
        // near misses: a relation, a film job, and the same words in a review of a drama
        List<String> n = cast("This documentary is built from archive footage. His father Bill Holm died young, and producer Ann Lee paid for it.");
        assertFalse(actor(n, "Bill Holm") || actor(n, "Ann Lee"), n.toString());
        assertFalse(actor(cast("This drama is set in Leeds. Frontman Dan Holm is funny and rueful."), "Dan Holm"));
    }

    @Test
    void aOneWordCharacterGivenInFullElsewhereIsTheFullName() {
        List<String> c = cast("Jasmine Achebe plays soul singer Ruby Dawes in this biopic. Achebe's Ruby is fierce and funny.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Jasmine Achebe|Ruby Dawes|")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Jasmine Achebe|Ruby|")), c.toString());
        // near miss: a word that ends two full names stays as written
        List<String> n = cast("Ruby Dawes and Ruby Vale were friends. Jasmine Achebe plays Ruby.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Jasmine Achebe|Ruby|")), n.toString());
    }

    @Test
    void anAsPhraseTheParserHangsNowhereAfterThePredicate() {
        assertTrue(cast("Nia Fowler is touching as Ruby's sister Claudette.").contains("Nia Fowler|Claudette|Ruby's sister"));
        List<String> c = cast("Curtis Bell makes an impression as their bandleader and her eventual husband, Lonnie Price.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Curtis Bell|Lonnie Price|")), c.toString());
        // near misses: a comparison, and a career owned by someone
        assertTrue(cast("Nia Fowler is as good as ever.").isEmpty());
        assertTrue(cast("Nia Fowler worked for years as Tom Vale's assistant.").isEmpty());
        assertTrue(cast("Nia Fowler was hired as Tom Vale's assistant.").isEmpty());
    }

    @Test
    void hammingItUpAsARoleAfterAnAside() {
        List<String> c = cast("Frank DeLuca, channelling Joe Pesci, hams it up as a mob-connected promoter.");
        assertTrue(c.contains("Frank DeLuca||a mob-connected promoter"), c.toString());
        assertFalse(actor(c, "Joe Pesci"), "the compared actor is no cast: " + c);
    }

    @Test
    void openingBesideSomeoneAndBringingAQualityToARole() {
        List<String> c = cast("Opposite her, Dale Whitford brings his usual rumpled decency to the town's drunk sheriff.");
        assertTrue(c.contains("Dale Whitford||the town's drunk sheriff"), c.toString());
        // near misses: a person brought to someone, and a sentence that does not open beside anyone
        assertTrue(cast("Ann Lee brings her daughter to the doctor.").isEmpty());
        assertTrue(cast("Opposite the church, Ann Lee keeps a shop full of clocks and ledgers.").isEmpty());
    }

    @Test
    void peopleADocumentaryMeets() {
        List<String> c = cast("This documentary is patient. We meet Arne Vik, who kept the light, and she talks to the historian Per Dahl.");
        assertTrue(actor(c, "Arne Vik") && actor(c, "Per Dahl"), c.toString());
        // near miss: the same verbs in a review of a drama
        assertTrue(cast("This drama is patient. We meet Arne Vik, who keeps the light.").isEmpty());
        // "we spend time with X"; the choir's accompanist is named by what she does
        List<String> d = cast("This documentary is patient. We also spend time with his mother, Folasade, who taught him to cook. The accompanist, Nia Lloyd-Parry, is very dry.");
        assertTrue(actor(d, "Folasade") && actor(d, "Nia Lloyd-Parry"), d.toString());
        assertTrue(cast("This drama is patient. We also spend time with his mother, Folasade, who taught him to cook.").isEmpty());
    }

    @Test
    void aPronounPlayedByStandsForTheCharacterJustIntroduced() {
        List<String> c = cast("The hero of this sweet animation is Moss, a shy hedgehog who sleeps through winter. He is voiced by Freddie Lake.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Freddie Lake|Moss|")), c.toString());
        // near miss: a pronoun with no character before it casts the person without a role
        List<String> n = cast("The film is sweet. She is played by Ann Lee.");
        assertTrue(n.contains("Ann Lee||"), n.toString());
    }

    @Test
    void aVerbRightAfterTheNameAndHavingABallAsARole() {
        List<String> c = cast("Olive Park lends her voice to Bramble, a bossy robin, and the great Harold Finch has a ball as the villain, a slug called Sir Slime.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Olive Park|Bramble|")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Finch|Sir Slime|")), c.toString());
        // near miss: a ball at a party is no part
        assertTrue(cast("The party is loud, and Tom Vale has a ball.").isEmpty());
    }

    @Test
    void theLeadAScreenTimeObjectAndAnAsideAboutAnotherWork() {
        List<String> c = cast("Hana Sato, best known for the series Glass Harbor, is terrific in the lead. She plays Dr. Mira Hale. "
                + "Della Price gets one great scene as a night nurse with a secret.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Hana Sato|Dr. Mira Hale|")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Della Price||a night nurse")), c.toString());
        assertFalse(actor(c, "Glass Harbor"), c.toString());
        // near misses: screen time without a role, and a lead that is no part
        assertTrue(cast("Ann Lee gets one great scene in the kitchen.").isEmpty());
        assertTrue(cast("Ann Lee is terrific in the lead-up to the storm.").isEmpty());
    }

    @Test
    void theJobOfPlayingAndANameThatOpensAClause() {
        assertTrue(cast("Danny Kowal has the thankless job of playing the sensible one, Eli.").contains("Danny Kowal|Eli|the sensible one"));
        List<String> c = cast("Youssef Amrani plays the young colleague Henk is training to replace him.");
        assertTrue(c.contains("Youssef Amrani||the young colleague"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("|Henk|")), c.toString());
        // near miss: a game is no part
        assertTrue(cast("Ann Lee has the job of playing tennis.").isEmpty());
    }

    @Test
    void aQuotedWorkSomeoneOwnsIsNoCharacter() {
        List<String> c = cast("Berlin dispatch: Piet van der Berg's 'De Stille Stad' is a slow-burning triumph\n\n"
                + "Piet van der Berg has never been in a hurry. Van der Berg's longtime cinematographer, Mara Smit, shoots the harbour.");
        assertFalse(actor(c, "Piet van der Berg"), c.toString());
    }

    @Test
    void aDocumentarysDeadAreNotInIt() {
        List<String> c = cast("This rock documentary rounds up the members: bassist Ann Grady talks. Guitarist Pat Devin, who wrote the hit, died in 1999.");
        assertTrue(actor(c, "Ann Grady"), c.toString());
        assertFalse(actor(c, "Pat Devin"), c.toString());
        // near miss: a band noun before a band's name is no person's role
        assertFalse(actor(cast("This documentary has cameos from Ciara Lyn of the band Hollow Coast."), "Hollow Coast"));
    }

    @Test
    void returningAsAPartAndAPartInTheOriginal() {
        List<String> c = cast("Rachel Osei returns as Captain June Bellamy. Tom Brannigan, who played the harbourmaster's son in the original, is given nothing to do.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Rachel Osei|Captain June Bellamy|")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("harbourmaster's son")), c.toString());
        // near miss: returning home is no part
        assertTrue(cast("Rachel Osei returns home after a decade.").isEmpty());
    }

    @Test
    void anEnsembleBetweenDashesCountsSurnamesAndModifiedNames() {
        List<String> c = cast("Rachel Osei, Kevin Marsh and Lorna Vey star. The ensemble – Osei, Marsh, Vey, Tom Branigan and a scene-stealing Ada Fitch – does what it can.");
        assertTrue(actor(c, "Tom Branigan") && actor(c, "Ada Fitch"), c.toString());
        // near miss: a list of places in a sentence about the cast
        assertFalse(actor(cast("The cast toured Leeds, York, Hull and a rainy Bristol."), "Bristol"));
    }

    @Test
    void aRelativeWhomStandsForTheNamedPart() {
        List<String> c = cast("Its heart is Agnes's half-sister Mercy, a wild, funny girl whom newcomer Elsie Trent plays with enormous verve.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Elsie Trent|Mercy|")), c.toString());
    }

    @Test
    void coordinatedNamesStarringAsCoordinatedRoles() {
        List<String> c = cast("Ana Kova and Teo Brand star as a mother and son running a failing fish shop.");
        assertTrue(c.containsAll(List.of("Ana Kova||a mother", "Teo Brand||son")), c.toString());
        // one role for two names is both's
        List<String> both = cast("Ana Kova and Teo Brand star as the leads of a failing fish shop.");
        assertTrue(both.containsAll(List.of("Ana Kova||the leads", "Teo Brand||the leads")), both.toString());
    }

    @Test
    void aSurnameThenAFirstNameInBracketsReadsActorFirst() {
        List<String> c = cast("Ana Kovač and Teo Brandt star in it. Kovač (Vesna) and Brandt (Luka) have a prickly chemistry.");
        assertTrue(c.stream().anyMatch(x -> x.endsWith("|Vesna|")) && c.stream().anyMatch(x -> x.endsWith("|Luka|")), c.toString());
        assertFalse(actor(c, "Vesna") || actor(c, "Luka"), c.toString());
    }

    @Test
    void aPartTheReviewerPresentsAndARealNameInBrackets() {
        assertTrue(cast("We also get Dino Rabar as the town drunk, and he is a hoot.").stream().anyMatch(x -> x.startsWith("Dino Rabar||")));
        // near misses: meeting a character as a child, a job in the story, a birth name
        assertTrue(cast("We first meet Ruth as a child, and she is already stubborn.").isEmpty());
        assertTrue(cast("The hotel hired Dino Rabar as a cook.").isEmpty());
        assertFalse(actor(cast("It tells the story of the rapper Kid Nova (born Darnell Hayes), and newcomer Andre Bap is a live wire as Nova."), "Darnell Hayes"));
    }

    @Test
    void aSecondNounForThePartThenItsName() {
        List<String> c = cast("Keke Lowe plays his manager and on-off girlfriend, Trina, and the film is better for it.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Keke Lowe|Trina|")), c.toString());
    }

    @Test
    void twoNamesAsOnePluralPart() {
        List<String> c = cast("The family are played by Mia Castell and Jon Pryor as the frazzled parents.");
        assertTrue(c.containsAll(List.of("Mia Castell||the frazzled parents", "Jon Pryor||the frazzled parents")), c.toString());
    }

    @Test
    void aDocumentarysPersonInAppositionToTheirRole() {
        List<String> c = cast("In this documentary, the chef Henri Bastide swears. His sous-chef of thirty years, Amina Diallo, is the quiet hero.");
        assertTrue(actor(c, "Amina Diallo"), c.toString());
        assertFalse(actor(cast("In this drama, his sous-chef of thirty years, Amina Diallo, is the quiet hero."), "Amina Diallo"));
    }

    @Test
    void aCopulaAndPredicateRightAfterAConjoinedName() {
        List<String> c = cast("Lily Okafor is charming as Maddie, and Ben Sutter is sweet as her best friend Leon.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ben Sutter|Leon|")), c.toString());
    }

    @Test
    void aNameThatOwnsTheRoleIsNotTheRole() {
        List<String> c = cast("The secret weapon is Dolores Ruiz as Miguel's grandmother, who runs the family's tiny café.");
        assertTrue(c.contains("Dolores Ruiz||Miguel's grandmother"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Dolores Ruiz|Miguel|")), c.toString());
    }

    @Test
    void aCopulaToAPartWithItsNamedCharacter() {
        List<String> c = cast("Marta Ekdal is his safecracker, a chain-smoking Swede called Birgit; and the rest are fine.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Marta Ekdal|Birgit|")), c.toString());
        assertTrue(cast("Rex Dalton is back as ex-special forces operative Jack Crane, punching his way out.").stream().anyMatch(x -> x.startsWith("Rex Dalton|Jack Crane|")));
        // near miss: a person noun with no named character after it says nothing of a part
        assertTrue(cast("Marta Ekdal is his neighbour, and the film is fine.").isEmpty());
    }

    @Test
    void aNameBetweenCommasAfterTheRoleAndNoPlace() {
        assertTrue(cast("Dev Malhotra plays the planner, Sunny, a disgraced bank auditor with a grudge.").contains("Dev Malhotra|Sunny|the planner"));
        // near miss: a place between commas is no character
        assertTrue(cast("Ann Lee plays a nurse in Lyon, Paris, and London.").stream().noneMatch(x -> x.contains("|Paris|")));
    }

    @Test
    void anAsCharacterAfterAPraisingCopulaAndCoordinatedPassiveSubjects() {
        assertTrue(cast("Cynthia Obi is a force of nature as Lena, and her singing is the film's heart.").stream().anyMatch(x -> x.startsWith("Cynthia Obi|Lena|")));
        List<String> c = cast("Her sisters Ruth and Alma are played by Jasmine Webb and Tori Kane, both very good.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Jasmine Webb|Ruth|")) && c.stream().anyMatch(x -> x.startsWith("Tori Kane|Alma|")), c.toString());
        // near miss: a name one is known as is no part
        assertTrue(cast("Cynthia Obi, known as Lena to her friends, sang in church.").stream().noneMatch(x -> x.contains("|Lena|")));
    }

    @Test
    void aNamedRoleSaidByACopulaToBeTheName() {
        List<String> c = cast("The femme fatale, a nightclub singer called Vera, is Élise Marchand, who plays her to perfection.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Élise Marchand|Vera|")), c.toString());
        // near miss: without the character's name the copula may name the character itself
        assertTrue(cast("The hero of the story is Cole Brennan, a disgraced navigator.").isEmpty());
    }

    @Test
    void gettingLaughsAsAPart() {
        assertTrue(cast("Tim Adebayo gets a few laughs as the harried wedding planner.").contains("Tim Adebayo||the harried wedding planner"));
        // near miss: laughs with no part
        assertTrue(cast("Tim Adebayo gets a few laughs from the crowd.").isEmpty());
    }

    @Test
    void aTurnedCompoundACopulaToARoleThenItsNameAndHavingFunAsAPart() {
        assertTrue(cast("Bianca Torres plays his rival-turned-love-interest, Sofia.").stream().anyMatch(x -> x.startsWith("Bianca Torres|Sofia|")));
        assertTrue(cast("Kwame Mensah is her engineer, Teo, who wants to sell the find.").stream().anyMatch(x -> x.startsWith("Kwame Mensah|Teo|")));
        assertTrue(cast("Lars Eriksen has fun as the ship's sardonic android, Unit Six.").stream().anyMatch(x -> x.startsWith("Lars Eriksen|Unit Six|")));
        // near misses: fun with no part, and a role noun with no name after it
        assertTrue(cast("Lars Eriksen has fun at the beach.").isEmpty());
        assertTrue(cast("Kwame Mensah is her engineer, and he fixes everything.").isEmpty());
    }

    @Test
    void aPassiveReadAsAPastTenseAndAPronounPlayedAndANarrator() {
        List<String> c = cast("She is Clara, a widowed librarian from Leeds, played with warmth by Julia Brandt.");
        assertTrue(actor(c, "Julia Brandt") && !actor(c, "Clara"), c.toString());
        List<String> p = cast("Blue Hour tells the story of trumpeter Eddie Lowe, who played with everyone in New York. Marcus Hale plays him with intensity.");
        assertTrue(actor(p, "Marcus Hale") && !actor(p, "Eddie Lowe"), p.toString());
        assertTrue(actor(cast("Narrator Sally Quinn guides us through a year in the life of otters."), "Sally Quinn"));
        // near misses: playing with someone, and a narrator of a story inside the film
        assertTrue(cast("Ann Lee plays with her dog.").isEmpty());
    }

    @Test
    void backAsAPartHungOnTheCopulaAndACoupleInBrackets() {
        assertTrue(cast("Jenna Fox is back as coastguard captain Sam Wilde, and the film is loud.").contains("Jenna Fox|Sam Wilde|coastguard captain"));
        List<String> c = cast("A couple (Jon Hart and Lisa Park) spend a weekend with her parents.");
        assertTrue(actor(c, "Jon Hart") && actor(c, "Lisa Park"), c.toString());
        // near miss: back home is no part
        assertTrue(cast("Ann Lee is back home after a decade.").isEmpty());
    }

    @Test
    void aCopulaToARoleWhoseSecondDescriptionNamesTheCharacter() {
        // the parser often reads the second description as a coordination, not an apposition
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale is her second-in-command, a former navy diver named Cole, and Ann Pike is the cook.");
        assertTrue(c.contains("Tom Vale|Cole|her second-in-command") && c.contains("Tom Vale|Cole|a former navy diver"), c.toString());
        // near misses: no name after the second description; a coordination with "and" is another subject
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Vale is her second-in-command, a former navy diver, and the crew is small."), "Tom Vale"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Vale is her deputy, and Ed is nervous."), "Tom Vale"));
    }

    @Test
    void aQualityBroughtToTheFilmInAPart() {
        assertTrue(cast("Night Harbour (2021)\n\nAnn Pike gives the film a jolt of humour as the station's cook.").contains("Ann Pike||the station's cook"));
        // (at the end of a long coordination, where the parse loses the verb's object)
        assertTrue(cast("Night Harbour (2021)\n\nTom Vale is her second-in-command, a former navy diver named Cole, and Ann Pike gives the film a jolt of humour as the station's cook.")
                .contains("Ann Pike||the station's cook"));
        assertTrue(actor(cast("Night Harbour (2021)\n\nThe pilot is dull, and Ann Pike brings real menace as Ruth's landlord."), "Ann Pike"));
        // near misses: a gift given as a thing, and a time after "as"
        assertFalse(actor(cast("Night Harbour (2021)\n\nAnn Pike gives her son money as a gift."), "Ann Pike"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nAnn Pike gives the film a jolt of energy as the credits roll."), "Ann Pike"));
    }

    @Test
    void aSecondAppositionAfterTheCharacterDescribesItToo() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale is her father, Ernesto, a proud man who never smiles.");
        assertTrue(c.contains("Tom Vale|Ernesto|her father") && c.contains("Tom Vale|Ernesto|a proud man"), c.toString());
        // near miss: a place after the name is no description of it
        List<String> n = cast("Night Harbour (2021)\n\nTom Vale is her father, Ernesto, in Lisbon, a proud city.");
        assertFalse(n.contains("Tom Vale|Ernesto|a proud city"), n.toString());
    }

    @Test
    void aTitleOfRankStaysInTheCharactersName() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale stars as Prince Karim, heir to a lost kingdom.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Vale|Prince Karim|")), c.toString());
        assertFalse(c.contains("Tom Vale|Prince Karim|Prince") || c.contains("Tom Vale|Karim|Prince"), c.toString());
        // near miss: a job before a name is the part's description
        assertTrue(cast("Night Harbour (2021)\n\nTom Vale stars as Sergeant Karim, a tired man.").contains("Tom Vale|Karim|Sergeant"));
    }

    @Test
    void aCharacterDescribedAsAllSomeQualityHasNoSuchDescription() {
        List<String> c = cast("Night Harbour (2021)\n\nBaritone Tom Vale is the smuggler, Anton, all swagger and menace.");
        assertTrue(c.contains("Tom Vale|Anton|the smuggler"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.endsWith("swagger")), c.toString());
    }

    @Test
    void aRoleInCapitalInitialsAndASecondDescriptionOfIt() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale is smarmy as her CEO, a man who says \"synergy\" a lot, and Ann Pike has a nice turn as the hacker who helps her.");
        assertTrue(c.contains("Tom Vale||her CEO") && c.contains("Tom Vale||a man"), c.toString());
        assertTrue(c.contains("Ann Pike||the hacker"), c.toString());
        // near misses: a name after the first description is a character, not a second description; "and" after a
        // comma does not make any name the subject of the verb after it
        List<String> n = cast("Night Harbour (2021)\n\nTom Vale is smarmy as her boss, Ruth, and the dog barks, and Ann Pike's cat has a cold.");
        assertFalse(n.contains("Tom Vale||Ruth") || actor(n, "Ann Pike"), n.toString());
    }

    @Test
    void aBrideToBeAndAChambermaidInBrackets() {
        List<String> c = cast("Night Harbour (2021)\n\nIn 1975 a nervous bride-to-be (Ann Pike) waits for a groom, while a chambermaid (Ruth Vale, superb) tries to talk her out of it.");
        assertTrue(c.contains("Ann Pike||a nervous bride-to-be") && c.contains("Ruth Vale||a chambermaid"), c.toString());
        // near miss: a name in brackets after something that is no person
        assertFalse(actor(cast("Night Harbour (2021)\n\nIn 1975 a nervous wedding (Ann Pike) is planned."), "Ann Pike"));
    }

    @Test
    void aPartSungIsAPartPlayed() {
        assertTrue(cast("Night Harbour (2021)\n\nThe Polish soprano Ann Pike sings Irena, a lighthouse signaller who falls for a smuggler.")
                .contains("Ann Pike|Irena|a lighthouse signaller"));
        assertTrue(cast("Night Harbour (2021)\n\nTom Vale sings the role of the old king with real weight.").contains("Tom Vale||the old king"));
        // near misses: singing a songwriter's songs, with or without a description of the songwriter
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe soprano Ann Pike sings Gershwin, a composer she adores."), "Ann Pike"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nAnn Pike sings Gershwin in a smoky club."), "Ann Pike"));
    }

    @Test
    void aCharacterWithABareTitleAfterAs() {
        assertTrue(cast("Night Harbour (2021)\n\nTom Vale completes the line-up as drummer Rob Pike.").contains("Tom Vale|Rob Pike|drummer"));
        // near misses: someone's title and name owning another role, and a name one is known by
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Vale started out as drummer Rob Pike's roadie."), "Tom Vale"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Vale is known as drummer Rob."), "Tom Vale"));
    }

    @Test
    void theEldestAndTheYoungestStandForPeople() {
        List<String> c = cast("Night Harbour (2021)\n\nThe eldest, Jonas, a bank manager who wants to sell, is played by Tom Vale with clenched restraint. "
                + "Ann Pike brings a wounded charm to the youngest, the prodigal Max.");
        assertTrue(c.contains("Tom Vale|Jonas|The eldest") && c.contains("Tom Vale|Jonas|a bank manager"), c.toString());
        assertTrue(c.contains("Ann Pike|Max|the youngest"), c.toString());
        // near misses: "the middle of the film" is no person, and a phrase before a name that opens a clause is no description
        assertFalse(actor(cast("Night Harbour (2021)\n\nAnn Pike brings a wounded charm to the middle of the film."), "Ann Pike"));
        List<String> n = cast("Night Harbour (2021)\n\nWhen he hires two young assistants, Ruth feels left out. Ann Pike plays Ruth.");
        assertFalse(n.stream().anyMatch(x -> x.endsWith("assistants")), n.toString());
    }

    @Test
    void aDirectorWhoDirectsHerselfInAPart() {
        List<String> c = cast("Night Harbour (2021)\n\nFinally, Ann Pike directs herself as a widow who checks in to scatter her husband's ashes.");
        assertTrue(c.contains("Ann Pike||a widow"), c.toString());
        // near miss: directing oneself somewhere is no part
        assertFalse(actor(cast("Night Harbour (2021)\n\nDirector Ann Pike directs herself to the bar, as ever."), "Ann Pike"));
    }

    @Test
    void aCopulaToAPartWhoseClauseTellsTheStory() {
        // the aside about another work does not outweigh a part in this one
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale, best known for the TV series \"Harbour Police,\" is the English birdwatcher who falls for her.");
        assertTrue(c.contains("Tom Vale||the English birdwatcher"), c.toString());
        // near misses: a biography in the past tense, an indefinite noun, and a film job
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Vale is the man who founded the charity."), "Tom Vale"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Vale is a birdwatcher who lives on the island."), "Tom Vale"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Vale is the director who makes this work."), "Tom Vale"));
    }

    @Test
    void twoNamesAsACoupleShareThePart() {
        List<String> c = cast("Night Harbour (2021)\n\nThe cast is fun: Ann Pike as the cook, and Tom Vale and Ruth Vale as the couple who sneak off to the freezer.");
        assertTrue(c.contains("Tom Vale||the couple") && c.contains("Ruth Vale||the couple"), c.toString());
        // near miss: a singular noun for one person after two names is not both's
        List<String> n = cast("Night Harbour (2021)\n\nThe cast is fun: Tom Vale and Ruth Vale as the cook.");
        assertFalse(n.contains("Tom Vale||the cook"), n.toString());
    }

    @Test
    void anAgeBeforeACharacterInBracketsDescribesThePart() {
        List<String> c = cast("Night Harbour (2021)\n\nEleven-year-old Poppy (Ann Pike) finds a pony in the barn.");
        assertTrue(c.contains("Ann Pike|Poppy|Eleven-year-old"), c.toString());
        // near miss: a hyphenated name is all name
        assertTrue(cast("Night Harbour (2021)\n\nMary-Kate Poppy (Ann Pike) finds a pony in the barn.").stream().anyMatch(x -> x.startsWith("Ann Pike|Mary-Kate Poppy|")));
    }

    @Test
    void aCapitalisedCommonNounOpeningTheSentenceIsADescription() {
        List<String> c = cast("Night Harbour (2021)\n\nIt was fun. Newlyweds (Ann Pike and Tom Vale, both great) check into a motel.");
        assertTrue(c.contains("Ann Pike||Newlyweds") && c.contains("Tom Vale||Newlyweds"), c.toString());
        // near miss: a one-word name opening the sentence is a character
        assertTrue(cast("Night Harbour (2021)\n\nIt was fun. Hattie (Ann Pike) checks into a motel.").contains("Ann Pike|Hattie|"));
    }

    @Test
    void aCharacterAfterATitleOfRankIsNoActorAndAnAsPhraseDescribesIt() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale plays King George III as a kindly eccentric rather than a tragic figure.");
        assertTrue(c.contains("Tom Vale|King George III|a kindly eccentric"), c.toString());
        assertFalse(actor(c, "George III"), c.toString());
        // near miss: a genre after "as" describes no one
        List<String> n = cast("Night Harbour (2021)\n\nTom Vale plays Ruth as a comedy, and it works.");
        assertFalse(n.stream().anyMatch(x -> x.endsWith("comedy")), n.toString());
    }

    @Test
    void aRoleThatACharacterOwns() {
        List<String> c = cast("Night Harbour (2021)\n\nMarta (Ann Pike) is a widow. Ruth Vale is Marta's sharp-tongued mother-in-law, a woman who has buried two husbands.");
        assertTrue(c.contains("Ruth Vale||Marta's sharp-tongued mother-in-law") && c.contains("Ruth Vale||a woman"), c.toString());
        // near miss: a real relation of a real person
        assertFalse(actor(cast("Night Harbour (2021)\n\nMarta (Ann Pike) is a widow. Ruth Vale is Dora Quill's daughter, and she is fine."), "Ruth Vale"));
    }

    @Test
    void anAsideBetweenTheNamingWordAndTheName() {
        assertTrue(cast("Night Harbour (2021)\n\nNew to the cast is Tom Vale as a henchman named, and I am not making this up, Gearbox.")
                .contains("Tom Vale|Gearbox|a henchman"));
        // near miss: an aside followed by no name
        assertFalse(cast("Night Harbour (2021)\n\nTom Vale plays a henchman named, of all things, after his father.").stream().anyMatch(x -> x.startsWith("Tom Vale|after")));
    }

    @Test
    void aPartWithoutANounAndANameTheParserMakesASecondObject() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale plays the uptight one, Peter; Ann Pike plays the screw-up, Sam.");
        assertTrue(c.contains("Tom Vale|Peter|the uptight one") && c.contains("Ann Pike|Sam|the screw-up"), c.toString());
        // near miss: an instrument and a composer are no part
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Vale plays the piano, Chopin mostly, and he is fine."), "Tom Vale"));
    }

    @Test
    void onePartPlayedBySeveralAgentsInASeries() {
        List<String> c = cast("Night Harbour (2021)\n\nRuth is played as a girl by newcomer Ann Pike, as a young woman by Ilse Brandt, and in old age by the great Dora Quill. "
                + "Her first love, Emeka, is played by Tom Vale as a young man and by Ed Roe in later life. Her captain is voiced by Ana Soo, and her cowardly first mate Barnaby by comedian Jon Fleet.");
        assertTrue(c.contains("Ann Pike|Ruth|a girl") && c.contains("Ilse Brandt|Ruth|a young woman") && c.contains("Dora Quill|Ruth|"), c.toString());
        assertTrue(c.contains("Ed Roe|Emeka|Her first love") && c.contains("Jon Fleet|Barnaby|her cowardly first mate"), c.toString());
        // near misses: an agent of another verb after the series, and a manner that is no part
        List<String> n = cast("Night Harbour (2021)\n\nRuth is played by Ann Pike, and the house was built by Tom Vale in 1990. "
                + "Mira is played with charm and a tough core by Ilse Brandt.");
        assertFalse(actor(n, "Tom Vale") || n.stream().anyMatch(x -> x.endsWith("a tough core")), n.toString());
    }

    @Test
    void aDirectorWhoAlsoTurnsUpInAPart() {
        assertTrue(cast("Night Harbour (2021)\n\nDirector Tom Vale, a former stunt coordinator, also turns up as a stunt coordinator.").contains("Tom Vale||a stunt coordinator"));
        // near miss: a director who turns up at the premiere
        assertFalse(actor(cast("Night Harbour (2021)\n\nDirector Tom Vale also turns up at the premiere."), "Tom Vale"));
    }

    @Test
    void aPluralPartAfterAListOfNames() {
        List<String> c = cast("Night Harbour (2021)\n\nFeaturing the voices of Ann Pike, Tom Vale and Ruth Vale as the raccoons.");
        assertTrue(c.contains("Ann Pike||the raccoons") && c.contains("Tom Vale||the raccoons") && c.contains("Ruth Vale||the raccoons"), c.toString());
        // near miss: a list that ends in something else before "as"
        assertFalse(actor(cast("Night Harbour (2021)\n\nWe see Ann Pike, Tom Vale and the dog as the sun sets."), "Ann Pike"));
    }

    @Test
    void anAnimalPartBeforeABracketedActorAndTheNextItemOfAList() {
        List<String> c = cast("Night Harbour (2021)\n\nA tabby cat named Whiskers (voiced by Ann Pike) teams up with a nervous mouse, Pip (Tom Vale), to stop a gang. "
                + "He meets a ruthless studio chief (Ruth Vale, terrifying), an agent who never stops talking (Ed Roe), and a dog.");
        assertTrue(c.contains("Ann Pike|Whiskers|A tabby cat") && c.contains("Tom Vale|Pip|a nervous mouse"), c.toString());
        assertTrue(c.contains("Ruth Vale||a ruthless studio chief") && c.contains("Ed Roe||an agent"), c.toString());
        // near misses: the next item's role is not the first one's; a place before a bracketed character describes no one
        assertFalse(c.contains("Ruth Vale||an agent"), c.toString());
        assertFalse(cast("Night Harbour (2021)\n\nThey visit the old mill, Hattie (Ann Pike) and Ed (Tom Vale) in tow.").stream().anyMatch(x -> x.endsWith("the old mill")));
    }

    @Test
    void aFamilysWordForAParentIsACharactersName() {
        List<String> c = cast("Night Harbour (2021)\n\nIt is silly. Mom (Ann Pike) and Dad (Tom Vale) move the kids into a farmhouse.");
        assertTrue(c.contains("Ann Pike|Mom|") && c.contains("Tom Vale|Dad|"), c.toString());
        assertFalse(c.contains("Ann Pike||Mom"), c.toString());
    }

    @Test
    void aRoleInInitialsOpeningTheSentence() {
        List<String> c = cast("Night Harbour (2021)\n\nAs the ship's AI, Halden, Tom Vale provides the film's best moments.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Vale|Halden|")), c.toString());
        assertFalse(actor(c, "Halden"), c.toString());
    }

    @Test
    void aBandsLineUpOfCharactersWithTheirActorsInBrackets() {
        List<String> c = cast("Night Harbour (2021)\n\nHer band, the Thunderbirds – guitarist Earl Simms (Marcus Dean), bassist Ronnie Pratt (Jalen Hughes) "
                + "and drummer Tiny Wallace (Andre Moss) – are played by musicians.");
        assertTrue(c.contains("Marcus Dean|Earl Simms|guitarist") && actor(c, "Jalen Hughes") && c.contains("Andre Moss|Tiny Wallace|drummer"), c.toString());
        // near miss: the band is no description of one of its members
        assertFalse(c.stream().anyMatch(x -> x.endsWith("|Her band")), c.toString());
    }

    @Test
    void aDocumentarysPeopleListedAfterADash() {
        List<String> c = cast("The Last Keepers\n\nA moving documentary. The director tracks down the three surviving keepers – Ann Pike, now 84, Tom Vale and Ruth Vale – and lets them talk.");
        assertTrue(actor(c, "Ann Pike") && actor(c, "Tom Vale") && actor(c, "Ruth Vale"), c.toString());
        // near misses: the same list outside a documentary, and a list after a dash that no noun for people opens
        assertFalse(actor(cast("The Last Keepers\n\nA moving drama. The director tracks down the three surviving keepers – Ann Pike, now 84, Tom Vale and Ruth Vale – and lets them talk."), "Ann Pike"));
        assertFalse(actor(cast("The Last Keepers\n\nA moving documentary about three islands – Ann Pike, Tom Vale and Ruth Vale – and their people."), "Ann Pike"));
    }

    @Test
    void aDiaryInLowerCaseThatCapitalisesOnlyANameIsTruecased() {
        String text = "Night Harbour\n\nwatched this because i love Ruth Vale and she deserved better. it is about a ferry and a storm. "
                + "tom smithers as the creepy landlord is fine i guess. directed by ann lee.";
        List<Fact.Cast> f = facts(text);
        assertTrue(f.stream().anyMatch(c -> c.actor().text().equals("tom smithers")), f.toString());
        // near miss: ordinary prose with capitals at its sentence starts is read as written
        assertTrue(facts("Night Harbour\n\nI watched this because I love Ruth Vale. It is about a ferry. The landlord meets tom smithers at the bar.").stream()
                .noneMatch(c -> c.actor().text().equals("tom smithers")));
    }

    @Test
    void aWordForAPerformerOpeningTheSentenceIsNoPartOfTheName() {
        List<String> c = cast("Night Harbour (2021)\n\nNewcomer Tom Vale plays Danny, a shy sixteen-year-old.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Vale|Danny|")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Newcomer")), c.toString());
        // near miss: a two-word name whose first word is such a word stays whole ("Star Jones")
        assertTrue(cast("Night Harbour (2021)\n\nStar Jones plays Danny.").stream().anyMatch(x -> x.startsWith("Star Jones|Danny|")));
    }

    @Test
    void aCreditLineOfItemsPartedBySemicolons() {
        List<String> c = cast("THE BRIDGE CLUB\n\nDirector: Ann Lee\nCast: Ruth Vale (Margaret); Ann Pike (Dot); Ilse Brandt (Irene); Tom Vale (Gerald)\n\nFour widows play bridge.");
        assertTrue(c.contains("Ann Pike|Dot|") && c.contains("Ilse Brandt|Irene|") && c.contains("Tom Vale|Gerald|"), c.toString());
        // near miss: a semicolon that opens another label's list ends the cast
        assertFalse(actor(cast("Night Harbour\n\nCast: Ruth Vale, Ann Pike; runtime: 96 mins; Tom Vale wrote it."), "Tom Vale"));
    }

    @Test
    void aPartThatGoesToThePerson() {
        List<String> c = cast("Night Harbour (2021)\n\nThe role of the harbour pilot, a drunk in a borrowed coat, goes to Tom Vale, who clearly enjoys himself.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Vale||") && x.contains("harbour pilot")), c.toString());
        // near misses: a prize or the credit that goes to someone is no part
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe award for best newcomer goes to Tom Vale."), "Tom Vale"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe credit goes to Tom Vale, who edited it."), "Tom Vale"));
    }

    @Test
    void theNameAfterAPartSomeoneUnnamedPlaysIsThePerformer() {
        List<String> c = cast("Night Harbour (2021)\n\nThe guy who plays her landlord, Tom Vale, is wonderfully awful.");
        assertTrue(c.contains("Tom Vale||her landlord"), c.toString());
        // near miss: after a named actor the name is the part's
        List<String> n = cast("Night Harbour (2021)\n\nAnn Pike plays her landlord, Tom, with relish.");
        assertFalse(actor(n, "Tom"), n.toString());
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Ann Pike|Tom|")), n.toString());
    }

    @Test
    void whatACharacterIsInTheStory() {
        List<String> c = cast("Night Harbour (2021)\n\nMia (Ann Pike) is the chaos gremlin who wants a bar. Jo (Ruth Vale) is the sensible one with the spreadsheets.");
        assertTrue(c.contains("Ann Pike|Mia|the chaos gremlin"), c.toString());
        assertTrue(c.contains("Ruth Vale|Jo|the sensible one with the spreadsheets"), c.toString());
        // near misses: praise and a verdict on the part are no description of it
        List<String> n = cast("Night Harbour (2021)\n\nMia (Ann Pike) is the heart of the film. Jo (Ruth Vale) is a revelation.");
        assertTrue(n.contains("Ann Pike|Mia|") && n.contains("Ruth Vale|Jo|"), n.toString());
        assertEquals(2, n.size(), n.toString());
    }

    @Test
    void aCopulaToADescribedOneWordName() {
        List<String> c = cast("Night Harbour (2021)\n\nOpposite her, Tom Vale is the guild master Orsk, and the scenes crackle.");
        assertTrue(c.contains("Tom Vale|Orsk|the guild master"), c.toString());
        // near miss: the one word a name of no part ("the reason to see Orsk")
        List<String> n = cast("Night Harbour (2021)\n\nThe villain is Orsk, and Tom Vale is the reason to watch.");
        assertFalse(actor(n, "Orsk"), n.toString());
    }

    @Test
    void aRelativePronounForTheVoicedPart() {
        List<String> c = cast("Night Harbour (2021)\n\nHer guide is a fox named Ember, to whom Tom Vale lends his gravelly voice.");
        assertTrue(c.contains("Tom Vale|Ember|a fox"), c.toString());
        // near miss: support lent to a cause is no voice
        assertFalse(actor(cast("Night Harbour (2021)\n\nIt is a cause to which Tom Vale lends his support."), "Tom Vale"));
    }

    @Test
    void anAnimalInAppositionDescribesThePart() {
        List<String> c = cast("Night Harbour (2021)\n\nComedian Ann Pike does the heavy lifting as Grub, a worm with big ideas.");
        assertTrue(c.contains("Ann Pike|Grub|a worm with big ideas"), c.toString());
        // near miss: "a role" after the name describes nothing
        List<String> n = cast("Night Harbour (2021)\n\nComedian Ann Pike does the heavy lifting as Grub, a role she was born for.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|a role")), n.toString());
    }

    @Test
    void aParticipleOfActingAfterACommaDescribesTheNounBeforeIt() {
        List<String> c = cast("Night Harbour (2021)\n\nThe widow lives in Spain with her toyboy, played in a tiny cameo by Tom Vale.");
        assertTrue(c.contains("Tom Vale||her toyboy"), c.toString());
        // near miss: a thing before the comma is no part
        List<String> n = cast("Night Harbour (2021)\n\nThe widow lives in Spain on her savings, played for laughs in a cameo by Tom Vale.");
        assertTrue(n.stream().noneMatch(x -> x.contains("savings")), n.toString());
    }

    @Test
    void aFrontedAsPhraseIsOnlyItsOwnClausesSubjects() {
        List<String> c = cast("Night Harbour (2021)\n\nAs lead guitarist Dex Ryan, Tom Vale has the showier part, while Ann Pike is terrific as drummer Edie Platt.");
        assertTrue(c.contains("Tom Vale|Dex Ryan|lead guitarist"), c.toString());
        assertFalse(c.contains("Ann Pike|Dex Ryan|lead guitarist"), c.toString());
        // near miss: an "and" inside the subject's own phrase opens no clause
        List<String> n = cast("Night Harbour (2021)\n\nAs that daughter, the fierce and funny Ann Pike is a real find.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Ann Pike||") && x.contains("daughter")), n.toString());
    }

    @Test
    void subjectsAndPartsInTurn() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale and Ann Pike play the stage manager and the leading man's understudy, and their romance is sweet.");
        assertTrue(c.contains("Tom Vale||the stage manager"), c.toString());
        assertTrue(c.contains("Ann Pike||the leading man's understudy"), c.toString());
        // near miss: one part shared by two subjects stays shared
        List<String> n = cast("Night Harbour (2021)\n\nTom Vale and Ann Pike play the warring neighbours.");
        assertTrue(n.contains("Tom Vale||the warring neighbours") && n.contains("Ann Pike||the warring neighbours"), n.toString());
    }

    @Test
    void aPartTheStoryIntroducesByANounIsTheCharacterOfTheNameAfterTheCopula() {
        List<String> c = cast("Night Harbour (2021)\n\nAlso the old neighbour Mr Gowan, who knows more than he lets on, is Tom Vale, great to see him again.");
        assertTrue(c.contains("Tom Vale|Mr Gowan|the old neighbour"), c.toString());
        assertFalse(actor(c, "Mr Gowan"), c.toString());
        // near miss: after a performer's word the name is the performer's ("the actress Ann Pike is Ruth Vale")
        List<String> n = cast("Night Harbour (2021)\n\nThe actress Ann Pike is Ruth Vale, and she is superb.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Ann Pike|Ruth Vale|")), n.toString());
    }

    @Test
    void aNamedPartAfterAnAppositionsNoun() {
        List<String> c = cast("Night Harbour (2021)\n\nTheir manager, the fast-talking Londoner Sid Kemp, is played by Tom Vale, who steals the film.");
        assertTrue(c.contains("Tom Vale|Sid Kemp|Their manager"), c.toString());
        // near miss: no name after the apposition's noun
        List<String> n = cast("Night Harbour (2021)\n\nTheir manager, a fast-talking Londoner, is played by Tom Vale.");
        assertTrue(n.contains("Tom Vale||Their manager"), n.toString());
    }

    @Test
    void theOwnerOfAPersonsRelationIsNotTheOneMet() {
        String doc = "Still Standing\nA documentary.\n\nThis documentary follows the singer Ann Pike on her last tour. Keogh also talks to Pike's former producer, Tom Vale, and to her daughter.";
        List<String> c = cast(doc);
        assertTrue(actor(c, "Tom Vale"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Pike|")), c.toString());
        // near miss: in a story the part named after the comma is the owner's
        List<String> n = cast("Night Harbour (2021)\n\nThe map is coveted by Tom Vale's oily villain, Harold Fisk, who wants it badly. Vale plays him with relish.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Tom Vale|Harold Fisk|") || x.startsWith("Tom Vale||") && x.contains("villain")), n.toString());
    }

    @Test
    void aRelativeClauseWithAnAsRoleHere() {
        List<String> c = cast("Night Harbour (2021)\n\nBest of all is Tom Vale, who was so good in Bay Street Blues and is even better here as the dispatcher.");
        assertTrue(c.contains("Tom Vale||the dispatcher"), c.toString());
        // near miss: the "as" role in another title
        List<String> n = cast("Night Harbour (2021)\n\nBest of all is Tom Vale, who was so good as the dispatcher in Bay Street Blues.");
        assertFalse(n.contains("Tom Vale||the dispatcher"), n.toString());
        // near miss: a past part, said with its title after the role noun
        List<String> p = cast("Night Harbour (2021)\n\nVale, who was so memorable as the nun in Ann Lee's \"Bay Street\", gives a performance of restraint.");
        assertFalse(p.stream().anyMatch(x -> x.contains("the nun")), p.toString());
    }

    @Test
    void coStarsNameNoPart() {
        List<String> c = cast("Night Harbour (2021)\n\nHe is generous to his co-stars, especially Ann Pike, who plays his new partner.");
        assertTrue(c.contains("Ann Pike||his new partner"), c.toString());
        assertFalse(c.contains("Ann Pike||his co-stars"), c.toString());
    }

    @Test
    void aRankAmongSiblingsInFrontOfTheBracket() {
        List<String> c = cast("Night Harbour (2021)\n\nThe older girl (Ann Pike) wants to leave; the younger (Ruth Vale) makes friends with the neighbour.");
        assertTrue(c.contains("Ruth Vale||the younger"), c.toString());
        // near miss: a comparison, not a sibling ("the younger crowd (…)" is a noun's)
        List<String> n = cast("Night Harbour (2021)\n\nThe film skews to the younger crowd (teenagers, mostly) and Ruth Vale plays the aunt.");
        assertFalse(n.contains("Ruth Vale||the younger"), n.toString());
    }

    @Test
    void whatACopulaSaysTheNamedCharacterIs() {
        List<String> c = cast("Night Harbour (2021)\n\nThe main girl is Wren, played by Ann Pike, who is a star.");
        assertTrue(c.contains("Ann Pike|Wren|The main girl"), c.toString());
        // near miss: a plural says who a pair are, not what one is
        List<String> q = cast("Night Harbour (2021)\n\nThe strangers are Wren, a schoolteacher, and Dan, an architect. Ann Pike plays Wren and Tom Vale plays Dan.");
        assertFalse(q.stream().anyMatch(x -> x.contains("strangers")), q.toString());
        // near miss: praise for a performer is no description of a part
        List<String> n = cast("Night Harbour (2021)\n\nThe real star is Ann Pike, who plays Wren.");
        assertFalse(n.stream().anyMatch(x -> x.contains("real star")), n.toString());
    }

    @Test
    void oneDescriptionOfOneActorIsSaidOnce() {
        List<String> c = cast("Night Harbour (2021)\n\nWriter-director-star Tom Reyes has spent years playing cops. Reyes plays Frank Duarte, a night-shift paramedic in Oakland who is tired.");
        assertEquals(1, c.stream().filter(x -> x.contains("paramedic")).count(), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.contains("|Frank Duarte|a night-shift paramedic in Oakland")), c.toString());
        // near miss: two different descriptions of one part both stay
        List<String> n = cast("Night Harbour (2021)\n\nTom Reyes plays Frank Duarte, a paramedic. Frank, a gentle widower, is tired.");
        assertTrue(n.stream().anyMatch(x -> x.contains("paramedic")) && n.stream().anyMatch(x -> x.contains("widower")), n.toString());
    }

    @Test
    void aBracketClosingAPhraseWhoseHeadIsThePerson() {
        List<String> c = cast("Night Harbour (2021)\n\nA night clerk at a desert motel (Tom Vale) begins to suspect a guest.");
        assertTrue(c.contains("Tom Vale||A night clerk at a desert motel"), c.toString());
        // near miss: a phrase about a place with no person at its head
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe lobby of a desert motel (Tom Vale) is the only set."), "Tom Vale"));
    }

    @Test
    void capitalisedWordsInsideADescription() {
        List<String> c = cast("Night Harbour (2021)\n\nThere is a lovely turn from Tom Vale as a Highland B&B owner who takes a shine to her.");
        assertTrue(c.contains("Tom Vale||a Highland B&B owner"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("|Highland")), c.toString());
        // near miss: a name after "as" without a determiner is the character
        assertTrue(cast("Night Harbour (2021)\n\nThere is a lovely turn from Tom Vale as Hamish McLeod, who owns the inn.").stream().anyMatch(x -> x.startsWith("Tom Vale|Hamish McLeod|")));
    }

    @Test
    void aCapitalisedTitleTheTaggerCallsACommonNounOpensTheName() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale plays the real-life Admiral Sir Edward Hale with a ramrod back.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Vale|Admiral Sir Edward Hale|")), c.toString());
        // near miss: a capitalised common noun opening a sentence opens no name
        assertFalse(actor(cast("Night Harbour (2021)\n\nAdmiral Hale is a bore. Tom Vale plays chess."), "Tom Vale"));
    }

    @Test
    void toMakeAPartIsToPlayIt() {
        List<String> c = cast("Night Harbour (2021)\n\nAnn Pike makes a shrewd, funny Lady Hale, the wife who knows everything. Tom Vale makes a convincing villain.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ann Pike|Lady Hale|")), c.toString());
        assertTrue(c.contains("Tom Vale||a convincing villain"), c.toString());
        // near misses: a story's event, and a film made
        assertFalse(actor(cast("Night Harbour (2021)\n\nRuth Vale makes a new friend at school. Ann Pike makes a film about it."), "Ruth Vale"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nRuth Vale makes a new friend at school. Ann Pike makes a film about it."), "Ann Pike"));
    }

    @Test
    void aPronounObjectStandsForThePartNamedBeforeIt() {
        List<String> c = cast("Night Harbour (2021)\n\nThe best scenes belong to his sidekick, a teenage hacker called Pixel, and Ann Pike plays her with real spark.");
        assertTrue(c.contains("Ann Pike|Pixel|a teenage hacker"), c.toString());
        // near miss: no part named before the pronoun
        List<String> n = cast("Night Harbour (2021)\n\nThe best scenes belong to the sidekick, and Ann Pike plays her with real spark.");
        assertFalse(n.stream().anyMatch(x -> x.contains("|Pixel|")), n.toString());
    }

    @Test
    void anAdjectiveOpeningTheSentenceIsNoPartOfTheName() {
        List<String> c = cast("Night Harbour (2021)\n\nHunky Tom Vale plays Jake Harlan, a getaway driver.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Vale|Jake Harlan|")), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Hunky")), c.toString());
    }

    @Test
    void aListOfPeopleAPraisedGroupStandsFor() {
        List<String> c = cast("Night Harbour (2021)\n\nThe kids – Tom Vale, Ann Pike, Ravi Sandhu and little Ruth Lane – are all terrific, and the film lets them be annoying.");
        assertTrue(actor(c, "Tom Vale") && actor(c, "Ann Pike") && actor(c, "Ravi Sandhu"), c.toString());
        // near miss: a list of people that no praise of a group stands over
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe letters went to Tom Vale, Ann Pike, Ravi Sandhu and Ruth Lane, and nobody answered."), "Tom Vale"));
    }

    @Test
    void aCopulaToARoleWhoseApposedNameIsNamed() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Vale is the burglar, a hopeless romantic named Denny.");
        assertTrue(c.contains("Tom Vale|Denny|the burglar"), c.toString());
        // near miss: a role with no name named after it names no character
        List<String> n = cast("Night Harbour (2021)\n\nTom Vale is the burglar, a hopeless romantic, and he plays it well.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("Tom Vale|Denny|")), n.toString());
    }

    @Test
    void aPartThatIsByCopulaTheName() {
        List<String> c = cast("Night Harbour (2021)\n\nHer devoted husband, Frank, is Tom Ridley, and the two of them are great together.");
        assertTrue(c.contains("Tom Ridley|Frank|Her devoted husband"), c.toString());
        List<String> d = cast("Night Harbour (2021)\n\nThe stranger who wants to buy the farm, a smooth developer, is Alan Voss, who seems lost.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("Alan Voss||The stranger")), d.toString());
        // near misses: a film job; a group; a past tense, as in a biography
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe director is Alan Voss, who made three films before this one."), "Alan Voss"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe trio at its centre are Alan Voss, Ann Vey and Tom Ridley."), "Ann Vey"));
        assertFalse(actor(cast("Night Harbour (2021)\n\nHer husband was Tom Ridley, a banker who died in 1990."), "Tom Ridley"));
    }

    @Test
    void aFrontedPartWhoseAsideNamesTheCharacter() {
        List<String> c = cast("Night Harbour (2021)\n\nAs the mayor's fixer, a former boxer named Lenny Dunn, Pat Morrow is terrific.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Pat Morrow|Lenny Dunn|")), c.toString());
        // the named name is the part's, not a performer
        assertFalse(actor(c, "Lenny Dunn"), c.toString());
    }

    @Test
    void aRelativeOwnedInADocumentaryIsNoPart() {
        List<String> c = cast("Loud Years (2021)\n\nThis documentary follows singer Ray Platt as the band reforms. The new drummer is Platt's nephew Tim, a maths student.");
        assertTrue(actor(c, "Ray Platt"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.contains("|Tim|")), c.toString());
        // near miss: in a story, an actor's possessed part is still a part
        List<String> f = cast("Night Harbour (2021)\n\nThe drama is a slow burn. Ann Vey's weary sheriff Ruth is a marvel.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Ann Vey|Ruth|")), f.toString());
    }

    @Test
    void aCertificateAfterRatedIsNoInitial() {
        List<String> c = cast("Night Harbour (2021)\n\nAnn Vey plays the sheriff. It runs two hours and is rated R. Three stars out of four.");
        assertTrue(c.stream().allMatch(x -> x.startsWith("Ann Vey|")), c.toString());
    }

    @Test
    void aCoordinatedPartWithItsNameIsByCopulaTheName() {
        List<String> c = cast("Night Harbour (2021)\n\nHis first mate and oldest friend, Magnus, is Ole Brandt, who gives the film its tenderness.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ole Brandt|Magnus|")), c.toString());
    }

    @Test
    void praiseWithAnAsPartInThePresent() {
        List<String> c = cast("Night Harbour (2021)\n\nThe priest turns up late, and Ada Kerr is quietly magnificent as a Ukrainian grandmother who speaks no English.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ada Kerr||a Ukrainian grandmother")), c.toString());
        // near miss: a name one is known by
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe priest turns up late. Ada Kerr is best known as a singer of hymns."), "Ada Kerr"));
    }

    @Test
    void aJobAPronounOwnsIsAPartAndANameAfterAnApposedRoleNoun() {
        List<String> c = cast("Night Harbour (2021)\n\nAnd her producer, the Swedish hitmaker Lars Ekman, is Anders Lund, who gets the best scene.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Anders Lund|Lars Ekman|")), c.toString());
        List<String> d = cast("Night Harbour (2021)\n\nHer first boyfriend, the heartthrob Trey Colt, is Miles Baxter, who is very funny.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("Miles Baxter|Trey Colt|")), d.toString());
        // near miss: the film's producer, owned by no one, is crew
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe producer is Anders Lund, who has made ten films."), "Anders Lund"));
    }

    @Test
    void aPlayedRoleThenTheCharactersNameBetweenCommas() {
        assertTrue(cast("Night Harbour (2021)\n\nDeon Pryce plays his partner in rhyme, Tyrell, and he is good.").contains("Deon Pryce|Tyrell|his partner"));
        // near miss: no name after the role
        assertTrue(cast("Night Harbour (2021)\n\nDeon Pryce plays his partner in rhyme, and he is good.").stream().noneMatch(x -> x.contains("|Tyrell|")));
    }

    @Test
    void aDocumentarysPeopleOfThePastAndOfNow() {
        List<String> c = cast("Blue Hours (2024)\n\nThis documentary tells the story of a forgotten jazz band. The band was led by trumpeter Cal Brooks in 1958, and "
                + "saxophonist Walt Pryor played on every record. Only drummer Eddie Crane, now 84, is still alive, and his interviews are the heart of the film.");
        assertTrue(actor(c, "Eddie Crane"), c.toString());
        // near misses: people named only in the band's history
        assertFalse(actor(c, "Cal Brooks"), c.toString());
        assertFalse(actor(c, "Walt Pryor"), c.toString());
        // a past-tense introduction with a present-day mention still casts
        List<String> d = cast("Loud Years (2024)\n\nThis documentary follows a punk band. In 1979 the band was formed by singer Lou Fenn. "
                + "Forty years later Fenn, now a teacher, is persuaded to play one more gig.");
        assertTrue(actor(d, "Lou Fenn"), d.toString());
    }

    @Test
    void aRelationAPronounOwnsInTheStory() {
        List<String> c = cast("Night Harbour (2021)\n\nTom Hallam plays Joe, an engineer. Naomi Voss is his ex-wife, a junior minister who ignored him.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Naomi Voss||his ex-wife")), c.toString());
        // near misses: a relation in real life; a documentary's people are themselves
        assertFalse(actor(cast("Night Harbour (2021)\n\nTom Hallam directs. Naomi Voss is his wife in real life."), "Naomi Voss"));
        assertFalse(actor(cast("Blue Hours (2021)\n\nThis documentary follows the painter Tom Hallam. Naomi Voss is his wife."), "Naomi Voss"));
    }

    @Test
    void aFilmFromADirectorStarsANameAsAPart() {
        List<String> c = cast("Night Harbour (2021)\n\nThe film, from Norwegian director Sigrid Aas, stars Tom Hallam as Joe Brennan, an engineer.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Hallam|Joe Brennan|")), c.toString());
        assertFalse(actor(c, "Sigrid Aas"), c.toString());
    }

    @Test
    void aCoordinatedAppositionTheParserReadsAsAList() {
        List<String> c = cast("Night Harbour (2021)\n\nIt follows Ewa, a nurse and single mother, as the refugees arrive. Ewa is played by Ada Lis with ferocity.");
        assertTrue(c.contains("Ada Lis|Ewa|a nurse"), c.toString());
        // near miss: a definite noun after the comma is no apposition the rule reads
        List<String> n = cast("Night Harbour (2021)\n\nIt follows Ewa, the nurse and the doctor as the refugees arrive. Ewa is played by Ada Lis with ferocity.");
        assertFalse(n.contains("Ada Lis|Ewa|the nurse"), n.toString());
    }

    @Test
    void aPersonByTheirPlaceInTheStorysSituation() {
        assertTrue(cast("Night Harbour (2021)\n\nComedian Raj Patel is wasted as the hotel's one remaining guest.").contains("Raj Patel||the hotel's one remaining guest"));
        // near miss: an object of a verb of acting that names no person
        assertFalse(actor(cast("Night Harbour (2021)\n\nRaj Patel plays poker with the hotel's guests."), "Raj Patel"));
    }

    @Test
    void aWordForAPerformerAfterTheCopulaWithAnAsRole() {
        List<String> c = cast("Night Harbour (2021)\n\nWren Ashby is a delight as the night porter, a widower who hums to himself.");
        assertTrue(c.contains("Wren Ashby||the night porter"), c.toString());
        // the second description in apposition, read off the surface
        assertTrue(c.contains("Wren Ashby||a widower"), c.toString());
        // near miss: the film, not a person, is the delight
        assertTrue(cast("Night Harbour (2021)\n\nThe film is a delight as a whole.").isEmpty());
    }

    @Test
    void agentsAfterANounForPeopleAndASecondDescription() {
        List<String> c = cast("Night Harbour (2021)\n\nThe getaway drivers, a pair of squabbling cousins, are played by real-life sisters Ada Thorne and Bea Thorne.");
        assertTrue(c.containsAll(List.of("Ada Thorne||The getaway drivers", "Bea Thorne||The getaway drivers", "Ada Thorne||a pair of squabbling cousins")), c.toString());
        // near miss: "a pair of" things counts no people
        List<String> n = cast("Night Harbour (2021)\n\nThe getaway drivers, a pair of old vans, are played by real-life sisters Ada Thorne and Bea Thorne.");
        assertTrue(actor(n, "Ada Thorne") && n.stream().noneMatch(x -> x.contains("vans")), n.toString());
    }

    @Test
    void aFirstNameThatIsAlsoAWordKeepsItsName() {
        List<String> c = cast("Night Harbour (2021)\n\nConstance, a bored wife, is played by Honor Vell with brittle wit.");
        assertTrue(c.contains("Honor Vell|Constance|a bored wife"), c.toString());
        // near miss: the word alone, with no surname after it, is no name
        assertTrue(cast("Night Harbour (2021)\n\nConstance is played with Honor and wit.").stream().noneMatch(x -> x.startsWith("Honor")));
    }

    @Test
    void aPartNamedThenMadeIntoWhatAnAdjectiveSays() {
        List<String> c = cast("Night Harbour (2021)\n\nThe new governess, a vicar's daughter called Alys Penrick, arrives in May, and Saskia Lunde makes her both prim and sly.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Saskia Lunde|Alys Penrick|")), c.toString());
        // near miss: made to do something is no part
        List<String> n = cast("Night Harbour (2021)\n\nThe new governess, a vicar's daughter called Alys Penrick, arrives in May, and Saskia Lunde makes her cry.");
        assertFalse(actor(n, "Saskia Lunde"), n.toString());
    }

    @Test
    void aQualityGivenToThePartNamedBeforeWhateverItsNoun() {
        List<String> c = cast("Night Harbour (2021)\n\nThe fighter is Rory Vantongeren, a former amateur champion now working nights, and Mateo Ruelas gives him a coiled, wary stillness.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Mateo Ruelas|Rory Vantongeren|")), c.toString());
        assertFalse(actor(c, "Rory Vantongeren"), c.toString());
        // near miss: a thing given, not a quality
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe fighter is Rory Vantongeren, a former champion, and Mateo Ruelas gives him a lift home."), "Mateo Ruelas"));
    }

    @Test
    void playsItAfterAPartDescribedByName() {
        List<String> c = cast("Night Harbour (2021)\n\nKit's sister Ana, who raised his son, gets the film's best scene, and Ines Cabraal plays it without a single tear.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ines Cabraal|Ana|")), c.toString());
        // near miss: "plays it straight" with no part named before
        assertFalse(actor(cast("Night Harbour (2021)\n\nThe script gets the period right, and Ines Cabraal plays it straight."), "Ines Cabraal"));
    }

    @Test
    void playsHerOpeningTheSentenceAfterThePartNamedInTheLastOne() {
        List<String> c = cast("Night Harbour (2021)\n\nThe crew's safecracker \u2013 a retired watchmaker named Ottilie Brasker \u2013 opens the vault with a sigh. "
                + "Maud Lindqvar plays her, and she steals the film.");
        assertTrue(c.contains("Maud Lindqvar|Ottilie Brasker|a retired watchmaker"), c.toString());
        // near miss: "plays her part" after a sentence that names no one
        List<String> n = cast("Night Harbour (2021)\n\nThe crew opens the vault with a sigh. Maud Lindqvar plays her part well.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|Ottilie")), n.toString());
    }

    @Test
    void anAdverbBeforeTheDescriptionIsTheClauses() {
        List<String> c = cast("Night Harbour (2021)\n\nA birdwatcher (Bryn Talley) sees too much, and soon the only policeman for miles (Crispin Oakhurst) takes an interest.");
        assertTrue(c.contains("Crispin Oakhurst||the only policeman for miles"), c.toString());
        // near miss: an adverb inside the phrase stays
        List<String> n = cast("Night Harbour (2021)\n\nA very tired birdwatcher (Bryn Talley) sees too much.");
        assertTrue(n.contains("Bryn Talley||A very tired birdwatcher"), n.toString());
    }

    @Test
    void aCreditWordIsNoPartOfTheFirstName() {
        List<String> c = cast("Mudbank\n\nThriller. Directed by Yusuf Demren. Starring Bryn Talley, Crispin Oakhurst, Kofi Anaman. 96 min.");
        assertTrue(actor(c, "Bryn Talley") && actor(c, "Crispin Oakhurst") && actor(c, "Kofi Anaman"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Starring")), c.toString());
    }

    @Test
    void thatIsANamePointsAtThePersonJustIntroduced() {
        List<String> c = cast("Night Shift (2024)\n\nThe plot involves a lorry driver (Gordie Macaskill) who keeps coming back, and a health inspector who may be in love with her. "
                + "That's Priti Rajaratnam and she's great too.");
        assertTrue(c.contains("Priti Rajaratnam||a health inspector"), c.toString());
        assertTrue(c.contains("Gordie Macaskill||a lorry driver"), c.toString());
        // near misses: "that's" before a possessive speaks of the person's work; a sentence before with no one in it
        assertFalse(actor(cast("Night Shift (2024)\n\nThe plot involves a health inspector. That's Priti Rajaratnam's best work."), "Priti Rajaratnam"));
        assertFalse(actor(cast("Night Shift (2024)\n\nThe plot is about love and motorways. That's Priti Rajaratnam and she's great too."), "Priti Rajaratnam"));
    }

    @Test
    void aSurnameOpeningASentenceIsTheFullNamesWhateverItsTag() {
        List<String> c = cast("Mudbank\n\nStarring Bryn Talley, Kofi Anaman. Anaman is the journalist who believes her.");
        assertTrue(c.contains("Anaman||the journalist"), c.toString());
        // near miss: a title a noun and an adjective make is no first name ("the pompous Home Secretary")
        List<String> n = cast("Cold Rising (2020)\n\nStephen Okonjo has a great time as the pompous Foreign Secretary.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|Foreign")), n.toString());
    }

    @Test
    void theyArePlayedByPairsWithTheCoordinatedNamesOfTheSentenceBefore() {
        List<String> c = cast("Tides (2024)\n\nMarthe and Gilles meet as teenagers in a port town. They're played, as adults, by Sabine Aubertot and Mathis Ferrandel.");
        assertTrue(c.contains("Sabine Aubertot|Marthe|") && c.contains("Mathis Ferrandel|Gilles|"), c.toString());
        assertFalse(actor(c, "Gilles"), c.toString());
        // near miss: three players for two names pair no one
        List<String> n = cast("Tides (2024)\n\nMarthe and Gilles meet as teenagers. They're played by Sabine Aubertot, Mathis Ferrandel and Lou Berthier.");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("Mathis Ferrandel|Gilles")), n.toString());
    }

    @Test
    void aPronounForThePartNamedByACopulaOrANamingWord() {
        List<String> c = cast("Tumbleweed (2024)\n\nThe hero is Prickles, a young cactus who dreams of being a sheriff, and he's voiced with gusto by Jamal Okorafor. "
                + "His sidekick is a nervous roadrunner called Dash, and Benedikt Falkenhain does a lot with very little as him. "
                + "Wanda Mbeki-Tolland turns up as the saloon owner, a tough old tortoise.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Jamal Okorafor|Prickles|")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Benedikt Falkenhain|Dash|")), c.toString());
        assertTrue(c.contains("Wanda Mbeki-Tolland||a tough old tortoise"), c.toString());
        // near miss: "as him" with no part named before it
        assertFalse(actor(cast("Tumbleweed (2024)\n\nThe desert is huge, and Benedikt Falkenhain does a lot with very little as him."), "Benedikt Falkenhain"));
    }

    @Test
    void aNameTheParserMakesAConjunctOfTheNounForThePerson() {
        List<String> c = cast("Electric (2024)\n\nHis brother and rival Liam, the band's guitarist, is Fionn Garvagh, all cheekbones and resentment.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Fionn Garvagh|Liam|")), c.toString());
        // near miss: a second person after "and" is no name of the first
        List<String> n = cast("Electric (2024)\n\nHis brother and Liam, the band's guitarist, are Fionn Garvagh's friends.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|Liam|")), n.toString());
    }

    @Test
    void aSentenceListingTheCastPresentsEachPart() {
        List<String> c = cast("Confetti (2024)\n\nThe cast includes Petra Lindqvell as the bride who can't decide, Dominic Sallowby as her long-suffering fiancé, "
                + "and Gloria Ferreira-Bankes as her mother.");
        assertTrue(c.contains("Petra Lindqvell||the bride") && c.contains("Dominic Sallowby||her long-suffering fiancé") && c.contains("Gloria Ferreira-Bankes||her mother"), c.toString());
        // near miss: hired as a cook is a job in the story
        assertFalse(actor(cast("Confetti (2024)\n\nThe bakery hired Dominic Sallowby as a cook."), "Dominic Sallowby"));
    }

    @Test
    void aNamedPartIsTheNameAfterTheCopula() {
        List<String> c = cast("Iron (2024)\n\nGuitarist Baz writes the riffs; bassist Spud is Dev Ramnarayan, who gets the best lines; "
                + "and the drummer, a gentle giant called Tiny, is Kwesi Amankwah-Lorde.");
        assertTrue(c.contains("Dev Ramnarayan|Spud|bassist"), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Kwesi Amankwah-Lorde|Tiny|")), c.toString());
        // near miss: a named part that is late, not played
        assertTrue(cast("Iron (2024)\n\nBassist Spud is late again, and the drummer is asleep.").isEmpty());
    }

    @Test
    void aPassiveWhoseSubjectTheParseLosesOpensTheClause() {
        List<String> c = cast("Convoy (2024)\n\nFamke Rivel is Johanna, the dairyman's daughter; her father, Cornelis, a gruff, frightened man who says yes anyway, "
                + "is played by Joost Aertsen.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Joost Aertsen|Cornelis|")), c.toString());
        List<String> d = cast("Convoy (2024)\n\nHer first husband, the charming Eddie Marr, is Jack Fennimoor, and her pianist and lifelong confidant, Benny Satoh, "
                + "is played with quiet grace by Hiro Tanabi.");
        assertTrue(d.stream().anyMatch(x -> x.startsWith("Hiro Tanabi|Benny Satoh|")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.startsWith("Hiro Tanabi|Eddie")), d.toString());
    }

    @Test
    void makingTheMostOfItAfterAPartNamedBefore() {
        List<String> c = cast("Laundrette (2024)\n\nDotty's boyfriend, a would-be drummer named Tommo, gets a cheeky number of his own, and Harrison Quayle-Dunmore makes the most of it.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harrison Quayle-Dunmore|Tommo|")), c.toString());
        // near miss: making the most of a holiday names no part
        List<String> n = cast("Laundrette (2024)\n\nThe town is quiet in August, and Harrison Quayle-Dunmore makes the most of it.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|Tommo|")), n.toString());
    }

    @Test
    void aDocumentarysPeopleWhoTestifyOrWhomWeHearFrom() {
        List<String> c = cast("Wolf Hollow (2024)\n\nThis documentary about a 1987 disappearance is built from interviews. The missing girl's sister, Carol Reddican, now in her fifties, "
                + "is its heart. We also hear from the retired sheriff, Dale Whitlow, who keeps the file in his truck, and from Reverend Amos Pettiford. "
                + "Archive footage shows the search; a local reporter at the time, June Haskins, remembers how the town turned on itself.");
        for (String p : List.of("Carol Reddican", "Dale Whitlow", "Amos Pettiford", "June Haskins")) assertTrue(actor(c, p), p + " " + c);
        // near miss: in a story, remembering is the character's
        List<String> n = cast("Wolf Hollow (2024)\n\nA drama about a small town. A local reporter at the time, June Haskins, remembers how the town turned on itself.");
        assertFalse(actor(n, "June Haskins"), n.toString());
    }

    @Test
    void aPraiseVerbTheTaggerReadsAsANounKeepsItsAsPart() {
        List<String> c = cast("Hollow Orbit (2026)\n\nSaoirse Brennockson anchors the film as Commander Ilse Vargas, the last crew member aboard.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Saoirse Brennockson|Ilse Vargas|")), c.toString());
        // near miss: no "as" after the praise names no part
        List<String> n = cast("Hollow Orbit (2026)\n\nSaoirse Brennockson anchors the film with ease.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|Ilse")), n.toString());
    }

    @Test
    void aRelationBeforeTheNameOfADocumentarysPersonDoingSomethingNow() {
        List<String> c = cast("The Singing Strand\n\nThis documentary follows two folk singers. Elder sister Rhona Kettering writes the songs; younger sister Kirsty sings.");
        assertTrue(actor(c, "Rhona Kettering") && actor(c, "Kirsty"), c.toString());
        // near miss: in a story, a sister is a part
        assertFalse(actor(cast("The Singing Strand\n\nA drama about two folk singers. Elder sister Rhona Kettering writes the songs."), "Rhona Kettering"));
    }

    @Test
    void theCopulasSubjectDescribesThePartItsPredicateNames() {
        List<String> c = cast("Night Shift (2024)\n\nHer only employee is a sullen teenager named Jez (a very good Callum Obiora).");
        assertTrue(c.contains("Callum Obiora|Jez|Her only employee") && c.contains("Callum Obiora|Jez|a sullen teenager"), c.toString());
        List<String> d = cast("Night Shift (2024)\n\nHer unlikely confidante is the family's new governess, a clergyman's daughter called Alys Penwarden, "
                + "and Saskia Vormer makes her prim.");
        assertTrue(d.contains("Saskia Vormer|Alys Penwarden|Her unlikely confidante"), d.toString());
        // near miss: a thing, not a person, as the subject
        List<String> n = cast("Night Shift (2024)\n\nThe real draw is a sullen teenager named Jez (a very good Callum Obiora).");
        assertTrue(n.stream().noneMatch(x -> x.endsWith("|The real draw")), n.toString());
    }

    @Test
    void theYoungerVersionsArePlayedByPairsWithTheCharactersNamedBefore() {
        List<String> c = cast("Tides (2024)\n\nMarthe and Gilles meet as teenagers in a port town. They're played, as adults, by Sabine Aubertot and Mathis Ferrandel. "
                + "The younger versions are played by newcomers Lou Berthier and Anatole Richelieu-Vaux.");
        assertTrue(c.contains("Lou Berthier|Marthe|") && c.contains("Anatole Richelieu-Vaux|Gilles|"), c.toString());
        // near miss: versions of something else are no parts
        List<String> n = cast("Tides (2024)\n\nMarthe and Gilles meet as teenagers in a port town. They're played, as adults, by Sabine Aubertot and Mathis Ferrandel. "
                + "The new versions of the old songs are played by the pianists Lou Berthier and Anatole Richelieu-Vaux.");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("Lou Berthier|Marthe")), n.toString());
    }

    @Test
    void agentsOfActingInAListReadActorThenCharacterInBrackets() {
        List<String> c = cast("Doo-Wop (2024)\n\nThe four brothers are played by Marcus Hale-Ogundipe (lead singer Sal), Jimmy Okafor-Ruizo (Vinnie, who wrote their hits) "
                + "and Theo Brandauerson (bass singer Frankie).");
        assertTrue(c.contains("Marcus Hale-Ogundipe|Sal|lead singer") && c.contains("Jimmy Okafor-Ruizo|Vinnie|") && c.contains("Theo Brandauerson|Frankie|bass singer"), c.toString());
        assertFalse(actor(c, "Sal") || actor(c, "Frankie"), c.toString());
        // near miss: in prose, "Character (Actor)" still reads the other way
        List<String> n = cast("Doo-Wop (2024)\n\nThe brothers argue all night, and Sal (Marcus Hale-Ogundipe) storms out.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Marcus Hale-Ogundipe|Sal|")), n.toString());
    }

    @Test
    void anAsRoleOnARelativeClausesOwnVerb() {
        List<String> c = cast("Dry Season (2025)\n\nBest of all is Ottilie Brannagh-Voss, who steals every scene as Ruth's thrice-married aunt Hilde.");
        assertTrue(c.contains("Ottilie Brannagh-Voss|Hilde|Ruth's thrice-married aunt"), c.toString());
        assertTrue(actor(cast("Dry Season (2025)\n\nThe film belongs to Ottilie Brannagh-Voss, who shines as the vicar's sister."), "Ottilie Brannagh-Voss"));
        // near misses: a career in the relative clause, and a past part in another title
        assertFalse(actor(cast("Dry Season (2025)\n\nThe script comes from Ottilie Brannagh-Voss, who works as a nurse in Leeds."), "Ottilie Brannagh-Voss"));
        assertFalse(actor(cast("Dry Season (2025)\n\nIt was shot by Ottilie Brannagh-Voss, who shone as a child in Cold Orchard."), "Ottilie Brannagh-Voss"));
    }

    @Test
    void praiseForPartsTheActorsOwnInAList() {
        List<String> c = cast("Dry Season (2025)\n\nAmong the villagers, Ottilie Brannagh-Voss's nervous radio operator and Cato Firth-Amble's cheerful cook stand out.");
        assertTrue(c.contains("Ottilie Brannagh-Voss||nervous radio operator") && c.contains("Cato Firth-Amble||cheerful cook"), c.toString());
        // near misses: a person-shaped noun no one praises, and a film job
        assertFalse(actor(cast("Dry Season (2025)\n\nOttilie Brannagh-Voss's nervous radio operator was a real man she met in 1952."), "Ottilie Brannagh-Voss"));
        assertFalse(actor(cast("Dry Season (2025)\n\nOttilie Brannagh-Voss directs. Ottilie Brannagh-Voss's editor stands out."), "Ottilie Brannagh-Voss"));
    }

    @Test
    void aPartGivenAQualityByThePerson() {
        List<String> c = cast("Dry Season (2025)\n\nVera, a jaded torch singer given real menace by Ottilie Brannagh-Voss, runs the club.");
        assertTrue(c.contains("Ottilie Brannagh-Voss|Vera|a jaded torch singer"), c.toString());
        List<String> t = cast("Dry Season (2025)\n\nThey ask the Marsh Queen – a vast, sulking old ogre given a rasping growl by Harold Firth-Amble – for help.");
        assertTrue(t.contains("Harold Firth-Amble|Marsh Queen|a vast, sulking old ogre"), t.toString());
        // near misses: a person given a lift or a ride is the story's, and a thing given by someone is no part
        assertFalse(actor(cast("Dry Season (2025)\n\nA hitchhiking boy given a lift by Ottilie Brannagh-Voss tells the story."), "Ottilie Brannagh-Voss"));
        assertFalse(actor(cast("Dry Season (2025)\n\nThe prize, given every year by Ottilie Brannagh-Voss, is a silver cup."), "Ottilie Brannagh-Voss"));
    }

    @Test
    void aPassiveSubjectThatAnOwnerNounOpens() {
        List<String> c = cast("Dry Season (2025)\n\nThe Danish ferryman's daughter who rows them over the fjord, Sigrun, is played by newcomer Ottilie Brannagh-Voss, who says almost nothing.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Ottilie Brannagh-Voss|Sigrun|") && x.contains("daughter")), c.toString());
        // near miss: the owner is no part ("The Danish ferryman" is not who she plays)
        assertTrue(c.stream().noneMatch(x -> x.endsWith("|The Danish ferryman")), c.toString());
    }

    @Test
    void aFoilIsAPartTheCopulaDescribes() {
        List<String> c = cast("Dry Season (2025)\n\nHer foil is Cato Firth-Amble's Rupert, a pompous best man who keeps losing the rings.");
        assertTrue(c.contains("Cato Firth-Amble|Rupert|Her foil"), c.toString());
        // near miss: a word for no person says nothing of the part
        List<String> n = cast("Dry Season (2025)\n\nHer downfall is Cato Firth-Amble's Rupert, a pompous best man who keeps losing the rings.");
        assertTrue(n.stream().noneMatch(x -> x.endsWith("|Her downfall")), n.toString());
    }

    @Test
    void aTitledCharacterInACreditLinesBrackets() {
        List<String> c = cast("DRY SEASON\nCast: Ottilie Brannagh-Voss (Mrs. Pell), Harold Firth-Amble (Father Kinsella), Jo Roe-Amble (Ada).\n\nThe inn burns down.");
        assertTrue(c.contains("Ottilie Brannagh-Voss|Mrs. Pell|") && c.contains("Harold Firth-Amble|Father Kinsella|"), c.toString());
        assertFalse(actor(c, "Pell") || actor(c, "Kinsella"), c.toString());
        // near miss: in prose the bracket holds the actor
        List<String> n = cast("Dry Season (2025)\n\nThe innkeeper, Mrs. Pell (Ottilie Brannagh-Voss), hides the money.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Ottilie Brannagh-Voss|") && x.contains("Pell")), n.toString());
    }

    @Test
    void aRoleNounOpeningTheSentenceIsNoPartOfTheName() {
        List<String> c = cast("Loud Summer (2025)\n\nThis documentary tracks down the band. Frontwoman Ottilie Brannagh-Voss, now a teacher, still can't explain why she quit.");
        assertTrue(actor(c, "Ottilie Brannagh-Voss"), c.toString());
        assertFalse(actor(c, "Frontwoman Ottilie Brannagh-Voss"), c.toString());
        // near miss: a title that opens a character's name leaves the character a character, not a performer
        List<String> n = cast("Dry Season (2025)\n\nCaptain Harold Firth-Amble (Ottilie Brannagh-Voss) runs the ship.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Ottilie Brannagh-Voss|") && x.contains("Harold Firth-Amble")), n.toString());
        assertFalse(actor(n, "Harold Firth-Amble") || actor(n, "Captain Harold Firth-Amble"), n.toString());
    }

    @Test
    void whatACopulaSaysTheApposedNounIsDescribesTheName() {
        List<String> c = cast("Dry Season (2025)\n\nTobin (Harold Firth-Amble) tends the roses. Her only ally is the gardener, Tobin, a gentle giant who says little.");
        assertTrue(c.contains("Harold Firth-Amble|Tobin|Her only ally") && c.contains("Harold Firth-Amble|Tobin|a gentle giant"), c.toString());
        // near miss: a subject that is no person describes no one
        List<String> n = cast("Dry Season (2025)\n\nTobin (Harold Firth-Amble) tends the roses. Her only problem is the gardener, Tobin, who says little.");
        assertTrue(n.stream().noneMatch(x -> x.endsWith("|Her only problem")), n.toString());
    }

    @Test
    void twoNamesInSupportPlayTwoPartsInTurn() {
        List<String> c = cast("Dry Season (2025)\n\nThe cast is led by Ottilie Brannagh-Voss as Captain Ada Quill, with Harold Firth-Amble and Jo Pell-Amble in support as her first mate and the ship's anxious cook.");
        assertTrue(c.contains("Harold Firth-Amble||her first mate") && c.contains("Jo Pell-Amble||the ship's anxious cook"), c.toString());
        // near miss: two people who worked as something before are no pair of parts
        List<String> n = cast("Dry Season (2025)\n\nThe writers, Harold Firth-Amble and Jo Pell-Amble, worked as waiters and cooks before this.");
        assertFalse(actor(n, "Harold Firth-Amble") || actor(n, "Jo Pell-Amble"), n.toString());
    }

    @Test
    void aHyphenatedGivenNameSetOffByCommasAndAnAppositionBeforeAParticiple() {
        List<String> c = cast("Dry Season (2025)\n\nKim Min-seo is terrific as his sister, Hye-jin, a nurse who works nights.");
        assertTrue(c.contains("Kim Min-seo|Hye-jin|his sister") && c.contains("Kim Min-seo|Hye-jin|a nurse"), c.toString());
        List<String> a = cast("Dry Season (2025)\n\nOttilie Brannagh-Voss stars as Quill, the stoic captain of a station orbiting Mars.");
        assertTrue(a.contains("Ottilie Brannagh-Voss|Quill|the stoic captain of a station"), a.toString());
        // near miss: a lower-case hyphenated word set off by commas stays a word
        List<String> n = cast("Dry Season (2025)\n\nKim Min-seo is terrific as his sister, well-meaning, a nurse who works nights.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|well-meaning|")), n.toString());
    }

    @Test
    void namesHungOnAPluralPartPairWithItsAgents() {
        List<String> c = cast("Dry Season (2025)\n\nHer cousins, sisters Ida and Mae Quill, are played by Delia Brannagh-Voss and Jo Pell-Amble, and the three are a joy.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Delia Brannagh-Voss|Ida")) && c.stream().anyMatch(x -> x.startsWith("Jo Pell-Amble|Mae Quill")), c.toString());
        // near miss: one agent for two names pairs no one
        List<String> n = cast("Dry Season (2025)\n\nHer cousins, sisters Ida and Mae Quill, are played by Delia Brannagh-Voss, who is a joy.");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("Delia Brannagh-Voss|Mae Quill")), n.toString());
    }

    @Test
    void aBandNamedInApppositionIsNoPerformer() {
        List<String> c = cast("Dry Season (2025)\n\nThis documentary follows a singer on tour. Her secret weapon is her band, the Tin Larks, who have played with her for thirty years: "
                + "guitarist Ottilie Brannagh-Voss and drummer Harold Firth-Amble.");
        assertFalse(actor(c, "Tin Larks"), c.toString());
        // near miss: a person apposed to a word for a person is still a candidate
        List<String> n = cast("Dry Season (2025)\n\nHer secret weapon is her brother, Harold Firth-Amble, who plays the drunk uncle with glee.");
        assertTrue(actor(n, "Harold Firth-Amble"), n.toString());
    }

    @Test
    void anAsideAboutAnotherWorkBetweenTheNameAndAs() {
        List<String> c = cast("Dry Season (2025)\n\nThis Regency romp stars Delia Brannagh-Voss (Lady Ashdown's Secret) as Lady Ida Quill, a penniless heiress, "
                + "and Harold Firth-Amble (Harbour Lanes) as the disreputable Captain Tom Avery, who will marry no one.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Delia Brannagh-Voss|Lady Ida Quill")) && c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|") && x.contains("Tom Avery")), c.toString());
        assertFalse(actor(c, "Harbour Lanes") || actor(c, "Lady Ashdown"), c.toString());
        // near miss: a person in the brackets is the one who plays the name before them
        List<String> n = cast("Dry Season (2025)\n\nLady Ida Quill (Delia Brannagh-Voss) marries no one.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Delia Brannagh-Voss|")), n.toString());
    }

    @Test
    void namesACopulaListsForAPartOpeningAClause() {
        List<String> c = cast("Dry Season (2025)\n\nThe queen bee is played by Delia Brannagh-Voss and her two minions are Harold Firth-Amble and Jo Pell-Amble, who are both hilarious.");
        assertTrue(c.contains("Harold Firth-Amble||her two minions") && c.contains("Jo Pell-Amble||her two minions"), c.toString());
        // near miss: first names alone after such a copula are the characters' names
        List<String> n = cast("Dry Season (2025)\n\nThe queen bee is played by Delia Brannagh-Voss, and her two minions are Ida and Mae, who are both hilarious.");
        assertFalse(actor(n, "Ida") || actor(n, "Mae"), n.toString());
    }

    @Test
    void whatACopulaSaysAPlayedPartIs() {
        List<String> c = cast("Dry Season (2025)\n\nHer only visitor is a young surveyor from the water board, played with a nervous energy by Harold Firth-Amble.");
        assertTrue(c.contains("Harold Firth-Amble||Her only visitor") && c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble||a young surveyor")), c.toString());
        // near miss: a subject that is no person says nothing of the part
        List<String> n = cast("Dry Season (2025)\n\nHer only hope is a young surveyor from the water board, played with a nervous energy by Harold Firth-Amble.");
        assertTrue(n.stream().noneMatch(x -> x.endsWith("|Her only hope")), n.toString());
    }

    @Test
    void aPlayerSetOffByDashesAfterThePartsName() {
        List<String> c = cast("Dry Season (2025)\n\nAnd the kid who plays her son, Tobin – Harold Firth-Amble – is so creepy.");
        assertTrue(c.contains("Harold Firth-Amble|Tobin|her son"), c.toString());
        assertFalse(actor(c, "Tobin"), c.toString());
        // near miss: with no player after it, the name in apposition is still who plays the part
        List<String> n = cast("Dry Season (2025)\n\nThe guy who plays her landlord, Harold Firth-Amble, is so creepy.");
        assertTrue(actor(n, "Harold Firth-Amble"), n.toString());
    }

    @Test
    void aDocumentarysPersonWhoStillDoesSomething() {
        List<String> c = cast("Blue Hours (2025)\n\nThis documentary follows the quintet on tour. Bandleader and saxophonist Ottilie Brannagh-Voss, 71, formed the group in 1979, and still writes all their music.");
        assertTrue(actor(c, "Ottilie Brannagh-Voss"), c.toString());
        // near miss: one only in the band's past is not in the film
        List<String> n = cast("Blue Hours (2025)\n\nThis documentary follows the quintet on tour. Bandleader and saxophonist Ottilie Brannagh-Voss formed the group in 1979 and left in 1981.");
        assertFalse(actor(n, "Ottilie Brannagh-Voss"), n.toString());
    }

    @Test
    void aPartNamedAfterANationalityAndAStressingReflexive() {
        List<String> c = cast("Dry Season (2025)\n\nThe sailor himself, a brooding Dane named Aksel, is Harold Firth-Amble, who mostly broods.");
        assertTrue(c.contains("Harold Firth-Amble|Aksel|The sailor"), c.toString());
        // near miss: a reflexive object of a verb stays where it is, no description
        assertTrue(cast("Dry Season (2025)\n\nHarold Firth-Amble plays himself.").stream().noneMatch(x -> x.endsWith("|The sailor")));
    }

    @Test
    void tonesLentToAPartAndACreatureNamedByANamingWord() {
        List<String> c = cast("Moth Song (2025)\n\nA fable about a moth named Gossamer. Gossamer is voiced by Delia Brannagh-Voss. Harold Firth-Amble lends his honeyed tones to the old owl.");
        assertTrue(c.contains("Delia Brannagh-Voss|Gossamer|a moth") && actor(c, "Harold Firth-Amble"), c.toString());
        // near miss: money lent to someone is no performance
        assertFalse(actor(cast("Moth Song (2025)\n\nIn the film, Harold Firth-Amble lends his savings to the old owl."), "Harold Firth-Amble"));
    }

    @Test
    void aPartsNameAfterItsDescriptionInAnAside() {
        List<String> c = cast("Dry Season (2025)\n\nHarold Firth-Amble, as the glassblower, Maestro Pell, is a mountain of grief.");
        assertTrue(c.contains("Harold Firth-Amble|Maestro Pell|the glassblower"), c.toString());
        // near miss: a place after the aside is no name of the part
        List<String> n = cast("Dry Season (2025)\n\nHarold Firth-Amble, as the glassblower, lives in Venice, and is a mountain of grief.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|Venice|")), n.toString());
    }

    @Test
    void aSecondDescriptionAfterAPassivesSubject() {
        List<String> c = cast("Dry Season (2025)\n\nThe new villain, a billionaire drone tycoon, is played by Harold Firth-Amble, who seems to be in a better film.");
        assertTrue(c.contains("Harold Firth-Amble||The new villain") && c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble||a billionaire")), c.toString());
        // near miss: an aside that names no person adds no description
        List<String> n = cast("Dry Season (2025)\n\nThe new villain, a real disappointment, is played by Harold Firth-Amble.");
        assertTrue(n.stream().noneMatch(x -> x.endsWith("|a real disappointment")), n.toString());
    }

    @Test
    void aCopulaToARoleNounThenACommaThenTheCharactersName() {
        List<String> c = cast("Dry Season (2025)\n\nHarold Firth-Amble is the theatre's nervous producer, Edmund, who is hopelessly in love with her.");
        assertTrue(c.contains("Harold Firth-Amble|Edmund|the theatre's nervous producer"), c.toString());
        // near miss: a place after the comma is no character
        List<String> n = cast("Dry Season (2025)\n\nHarold Firth-Amble is the theatre's producer, London, it seems.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|London|")), n.toString());
        // near miss: a list going on names the next actor, not a character ("A is the captain, B its engineer")
        List<String> g = cast("Dry Season (2025)\n\nStarring: Harold Firth-Amble, Delia Brannagh-Voss.\n\nFirth-Amble is the crew's jittery captain, Brannagh-Voss its engineer.");
        assertTrue(actor(g, "Delia Brannagh-Voss") || actor(g, "Brannagh-Voss"), g.toString());
    }

    @Test
    void aDocumentarysInterviewListAfterAColonAndNoOneWhoDied() {
        List<String> c = cast("Gull Sands (2025)\n\nThis documentary is careful. The director interviews everyone who is still alive: the victim's older sister, Delia Brannagh-Voss, now 61; "
                + "the retired detective who ran the case, Harold Firth-Amble; and the local reporter, Jo Pell-Amble. Archive footage shows the camp's owner, Ottilie Brannagh-Voss, who died in 2009.");
        assertTrue(actor(c, "Delia Brannagh-Voss") && actor(c, "Harold Firth-Amble") && actor(c, "Jo Pell-Amble"), c.toString());
        assertFalse(actor(c, "Ottilie Brannagh-Voss"), c.toString());
        // near miss: a list after a colon whose clause meets no one
        List<String> n = cast("Gull Sands (2025)\n\nThis documentary is careful. The case had three suspects: Delia Brannagh-Voss, Harold Firth-Amble and Jo Pell-Amble.");
        assertFalse(actor(n, "Harold Firth-Amble"), n.toString());
    }

    @Test
    void playsABareRoleNounThenTheName() {
        List<String> c = cast("Dry Season (2025)\n\nHarold Firth-Amble is the manager, and Delia Brannagh-Voss plays keyboard player Ottilie Marsh, the only woman in the band.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Delia Brannagh-Voss|Ottilie Marsh|")), c.toString());
        // near miss: "keyboard player X" names a musician, not an actor
        assertFalse(actor(cast("Dry Season (2025)\n\nThe band's keyboard player Ottilie Marsh wrote the songs."), "Ottilie Marsh"));
        // though in a documentary the musician appears as herself
        assertTrue(actor(cast("Dry Season (2025)\n\nThis documentary tracks the band down. Keyboard player Ottilie Marsh, who wrote the songs, turns out to be its quiet heart."),
                "Ottilie Marsh"));
    }

    @Test
    void anAppositionPastAnotherNameDescribesThatName() {
        List<String> c = cast("Dry Season (2025)\n\nHarold Firth-Amble is bassist Edmund Marsh, the steady one, and Delia Brannagh-Voss plays keyboard player Ottilie Marsh, the only woman in the band and its real musical brain.");
        assertTrue(c.contains("Harold Firth-Amble|Edmund Marsh|the steady one"), c.toString());
        assertFalse(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|") && x.contains("woman")), c.toString());
    }

    @Test
    void aSecondAppositionAfterTheCharacter() {
        List<String> c = cast("Dry Season (2025)\n\nHarold Firth-Amble plays the band's singer and chief songwriter, Edmund Marsh, a dole-queue poet with a temper.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Edmund Marsh|a dole-queue poet")), c.toString());
        // near miss: a phrase after the name that is no person
        List<String> n = cast("Dry Season (2025)\n\nHarold Firth-Amble plays the band's singer, Edmund Marsh, a role he clearly loves.");
        assertFalse(n.stream().anyMatch(x -> x.contains("a role")), n.toString());
    }

    @Test
    void aNameRightBeforeIsPlayedIsTheDescribedPart() {
        List<String> c = cast("Dry Season (2025)\n\nHer producer and ex-boyfriend Edmund is played by Harold Firth-Amble.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Edmund|")), c.toString());
        // near miss: a place after the noun is no part
        List<String> n = cast("Dry Season (2025)\n\nHer producer in London is played by Harold Firth-Amble.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble||")), n.toString());
    }

    @Test
    void aPronounPassesOverTheFilmsTitleAndItsCrew() {
        List<String> c = cast("Copper Hill\n\nVeteran character actor Harold Firth-Amble gets the lead role in Copper Hill, the second feature from writer-director Delia Brannagh-Voss. "
                + "He plays Edmund Marsh, a former bronc rider.");
        assertTrue(c.contains("Harold Firth-Amble|Edmund Marsh|a former bronc rider"), c.toString());
        assertFalse(actor(c, "Delia Brannagh-Voss"), c.toString());
    }

    @Test
    void aSurnameGivenInFullElsewhereIsTheCopulasActor() {
        List<String> c = cast("Dry Season (2025)\n\nStarring: Delia Brannagh-Voss, Harold Drewitt\n\nDrewitt is that fiancé, Edmund, now a caterer.");
        assertTrue(c.stream().anyMatch(x -> x.matches("(Harold )?Drewitt\\|Edmund\\|.*")), c.toString());
        // near miss: a single word no one names in full
        List<String> n = cast("Dry Season (2025)\n\nMarsh is that fiancé, Edmund, now a caterer.");
        assertFalse(actor(n, "Marsh"), n.toString());
    }

    @Test
    void aQualityLentToTheCreatureARelativeClauseNames() {
        List<String> c = cast("Burrow\n\nAlong the way they meet a con-artist fox with a silver tongue, to whom Harold Firth-Amble lends a purring menace.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble||a con-artist fox")), c.toString());
        // near miss: lending a thing to a person in the story casts no one
        assertFalse(actor(cast("Burrow\n\nAlong the way they meet a farmer, to whom Harold Firth-Amble lends his tractor."), "Harold Firth-Amble"));
    }

    @Test
    void aSecondAppositionHungOnTheFirstsNoun() {
        List<String> c = cast("Dry Season (2025)\n\nHarold Firth-Amble, who broke out years ago, is Edmund, the senior of the pair, a man who has chosen exile.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Edmund|a man")), c.toString());
        // near miss: a noun for no person after the first apposition
        List<String> n = cast("Dry Season (2025)\n\nHarold Firth-Amble is Edmund, the senior of the pair, a pairing that never convinces.");
        assertFalse(n.stream().anyMatch(x -> x.contains("pairing")), n.toString());
    }

    @Test
    void aQuotedNicknameKeepsTheCharactersNameWhole() {
        List<String> c = cast("Dry Season (2025)\n\nThe gang's leader is Edmund \"Prophet\" Marsh, played by newcomer Harold Firth-Amble with real swagger.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Edmund \"Prophet\" Marsh|")), c.toString());
    }

    @Test
    void namesSetOffByDashesPairWithTheAgents() {
        List<String> c = cast("Dry Season (2025)\n\nThe other members – Leon, Kezzie and little Ty – are played by Harold Firth-Amble, Delia Brannagh-Voss and Jo Pell-Amble.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Leon|")) && c.stream().anyMatch(x -> x.startsWith("Delia Brannagh-Voss|Kezzie|"))
                && c.stream().anyMatch(x -> x.startsWith("Jo Pell-Amble|Ty|")), c.toString());
        // near miss: as many names as agents or no pairing at all
        List<String> n = cast("Dry Season (2025)\n\nThe other members – Leon and Kezzie – are played by Harold Firth-Amble, Delia Brannagh-Voss and Jo Pell-Amble.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Leon|")), n.toString());
    }

    @Test
    void aFrontedAsWithATitledNameInTheAside() {
        List<String> c = cast("Dry Season (2025)\n\nAs her Cambridge mentor, the gruff professor Alfred Pym, Harold Firth-Amble does his usual reliable work.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Alfred Pym|")), c.toString());
        // near miss: an aside with no name
        List<String> n = cast("Dry Season (2025)\n\nAs her mentor, the gruff professor at Cambridge, Harold Firth-Amble does reliable work.");
        assertTrue(n.stream().noneMatch(x -> x.contains("|Cambridge|")), n.toString());
    }

    @Test
    void himAfterACopulaPersonIsThatPerson() {
        List<String> c = cast("Dry Season (2025)\n\nThe film's villain, if it has one, is the civil servant who buried her work, and Harold Firth-Amble plays him as a smiling menace.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble||the civil servant")), c.toString());
        // near miss: playing an instrument after such a sentence
        assertFalse(actor(cast("Dry Season (2025)\n\nThe real hero is the kindly doctor, and Harold Firth-Amble plays the piano beautifully."), "Harold Firth-Amble"));
    }

    @Test
    void aDocumentarysPeopleWithoutTheirTitles() {
        List<String> c = cast("Glass Tide (2026)\n\nThis documentary follows the eels to the sea, and we meet the marine biologist Dr Ottilie Brannagh-Voss, who has devoted her life to them.");
        assertTrue(actor(c, "Ottilie Brannagh-Voss"), c.toString());
        assertFalse(actor(c, "Dr Ottilie Brannagh-Voss"), c.toString());
    }

    @Test
    void praiseWithAnAsPartAfterAnAsideAboutTheActor() {
        List<String> c = cast("Dry Gulch\n\nHarold Firth-Amble, who spent the last decade playing square-jawed cops on network television, is a revelation as Eli Stroud, a former bounty hunter.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Eli Stroud|")), c.toString());
        // near miss: what the actor is known as
        assertFalse(actor(cast("Dry Gulch\n\nHarold Firth-Amble, who spent the last decade playing cops on television, is known as Eli Stroud to his friends."), "Harold Firth-Amble"));
    }

    @Test
    void aDocumentarysPeopleSaidToBeSomethingNow() {
        String doc = "Radio Girls (2026)\nDocumentary | 96 min\n\nThis affectionate documentary reunites the group. Delia Brannagh-Voss, who wrote their biggest hits, is refreshingly candid about the money. "
                + "The other two, Ottilie Marsh and Jo Pell-Amble, are warm and very funny about the costumes.";
        List<String> c = cast(doc);
        assertTrue(actor(c, "Delia Brannagh-Voss") && actor(c, "Ottilie Marsh") && actor(c, "Jo Pell-Amble"), c.toString());
        // near miss: a drama whose director once made a documentary is no documentary
        List<String> n = cast("Radio Girls (2026)\n\nA drama about a girl group. Its writer has a documentary background, and it shows. Delia Brannagh-Voss, who wrote the songs, is candid about money.");
        assertFalse(actor(n, "Delia Brannagh-Voss"), n.toString());
    }

    @Test
    void aColonOpensAListOfParts() {
        List<String> c = cast("Dry Gulch (2026)\n\nFlashbacks fill in the crew: Harold Firth-Amble as the commander, Delia Brannagh-Voss as the engineer, and Jo Pell-Amble as her husband.");
        assertTrue(c.contains("Harold Firth-Amble||the commander"), c.toString());
        // near miss: no list, and the verb is no casting
        assertFalse(actor(cast("Dry Gulch (2026)\n\nShe has only one regret: marrying Harold Firth-Amble as a teenager."), "Harold Firth-Amble"));
    }

    @Test
    void himAfterATitledNameSetOffWithItsArticle() {
        List<String> c = cast("Hollow Time\n\nThe villagers are led by the vicar, the Reverend Amos Culley, and Harold Firth-Amble plays him as a man who smiles too much.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Reverend Amos Culley|")), c.toString());
    }

    @Test
    void aNameSetOffAfterANounForAPersonBeforeIsPlayed() {
        List<String> c = cast("Dry Gulch\n\nThe town's corrupt marshal, Hollis Vane, is played by Harold Firth-Amble with a drawl.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble|Hollis Vane|")), c.toString());
        // near miss: a place set off there is no name
        List<String> n = cast("Dry Gulch\n\nThe town's corrupt marshal, in Texas, is played by Harold Firth-Amble with a drawl.");
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Harold Firth-Amble||")), n.toString());
    }
}
