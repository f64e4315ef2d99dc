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
        List<String> c = cast("She fights with her stepfather (Martin Kessler) and her older sister (Lara Dunne).");
        assertTrue(c.contains("Martin Kessler||her stepfather"), c.toString());
        assertTrue(c.contains("Lara Dunne||her older sister"), c.toString());
    }

    @Test
    void aListAfterStarsGivesEachActorTheCharacterInBrackets() {
        List<String> c = cast("It stars Neve Okafor (Hattie), Luis Brandt (Teddy) and Ada Quist (Mrs Grant).");
        assertTrue(c.containsAll(List.of("Neve Okafor|Hattie|", "Luis Brandt|Teddy|", "Ada Quist|Mrs Grant|")), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Mrs Grant|") || x.startsWith("Teddy|")), "no pair read the wrong way round: " + c);
        // near misses: another work in brackets is no character, and prose "Character (Actor)" keeps its reading
        List<String> w = cast("The film stars Neve Okafor (Harbour Watch) and Luis Brandt.");
        assertTrue(w.stream().noneMatch(x -> x.startsWith("Harbour Watch|") || x.contains("|Harbour Watch|")), w.toString());
        List<String> p = cast("Hattie (Neve Okafor) and her son Teddy (Luis Brandt) live above a chip shop.");
        assertTrue(p.contains("Neve Okafor|Hattie|") && p.stream().anyMatch(x -> x.startsWith("Luis Brandt|Teddy|")), p.toString());
    }

    @Test
    void aLineOfThreeNamesUnderTheCreditsIsTheCast() {
        List<String> c = cast("Harbor Lights (2024)\nDir. Tomasz Wierzba\nMara Lindqvist, Kwame Asante, Lotte Brandt\nA film about a ferry.");
        assertTrue(c.containsAll(List.of("Mara Lindqvist||", "Kwame Asante||", "Lotte Brandt||")), c.toString());
        // near misses: places, and two names (a byline of two critics looks the same)
        assertTrue(cast("Harbor Lights\nLondon, Paris, Berlin\nA film about three cities.").isEmpty());
        assertTrue(cast("Harbor Lights\nMara Lindqvist, Kwame Asante\nA film about a ferry.").isEmpty());
    }

    @Test
    void descriptionCharacterActor() {
        List<String> c = cast("Things fall apart when her agent Martin (Tom Hanks) quits.");
        assertTrue(c.contains("Tom Hanks|Martin|her agent"), c.toString());
    }

    @Test
    void characterPlayedBy() {
        List<String> c = cast("The story follows a weary drummer named Otis (played by Jeffrey Walsh) across Ohio.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Jeffrey Walsh|Otis|")), c.toString());
    }

    @Test
    void actorStarsAsCharacterWithApposition() {
        List<String> c = cast("Natalie Portman stars as Celeste, a pop singer with a troubled past.");
        assertTrue(c.stream().anyMatch(s -> s.startsWith("Natalie Portman|Celeste|")), c.toString());
    }

    @Test
    void listInBracketsSharesTheDescription() {
        List<String> c = cast("Her three roommates (Gina Lark, Kathryn Hahn and Rosie Perez) barely notice.");
        assertEquals(3, c.stream().filter(s -> s.endsWith("|Her three roommates")).count(), c.toString());
    }

    @Test
    void creditLine() {
        List<String> c = cast("A fine film.\nCast: Gina Lark, Kathryn Hahn, Rosie Perez");
        assertTrue(c.containsAll(List.of("Gina Lark||", "Kathryn Hahn||", "Rosie Perez||")), c.toString());
    }

    @Test
    void nearMissTitlesInBracketsAreNotCast() {
        List<String> c = cast("The director Sofia Coppola (The Virgin Suicides, Lost in Translation) returns with a quiet drama.");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void nearMissSuchAsIsNotCasting() {
        List<String> c = cast("Great actors such as Myra Strand as well as newcomers appear.");
        assertTrue(c.stream().noneMatch(s -> s.contains("Myra Strand|")), c.toString());
    }

    @Test
    void nearMissPlaysAnInstrumentIsNotARole() {
        List<String> c = cast("In one scene Tom Hanks plays the piano for an hour.");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void coordinatedDescriptionsBeforeTheNameAllCount() {
        List<String> c = cast("Her old flame, a failed poet and now weary bartender Sam (Tom Harlow), drops by with his dog.");
        assertTrue(c.containsAll(List.of("Tom Harlow|Sam|Her old flame", "Tom Harlow|Sam|a failed poet", "Tom Harlow|Sam|now weary bartender")), c.toString());
    }

    @Test
    void nearMissAThingBeforeTheDescriptionIsNotADescription() {
        List<String> c = cast("She meets the band, her manager Walter (Ben Fisk).");
        assertEquals(List.of("Ben Fisk|Walter|her manager"), c);
    }

    @Test
    void roleInCharacterIdiom() {
        List<String> c = cast("She finds a mentor in Grace (Judith Carter), a retired jazz singer.");
        assertTrue(c.containsAll(List.of("Judith Carter|Grace|a mentor", "Judith Carter|Grace|a retired jazz singer")), c.toString());
    }

    @Test
    void nearMissPlacesInBracketsAreNotCharacters() {
        List<String> c = cast("He sings in Paris (France) and in Rome (Italy).");
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void pluralDescriptionCoversEveryCharacterPlayedBy() {
        List<String> c = cast("He leans on his neighbours – namely, Rob and Tess (played by Mark Doyle and Ruth Evans).");
        assertTrue(c.containsAll(List.of("Mark Doyle|Rob|his neighbours", "Ruth Evans|Tess|his neighbours")), c.toString());
    }

    @Test
    void pluralDescriptionCoversCoordinatedCharacters() {
        List<String> c = cast("She hurts her sisters, Ann Lee (Pat Moore) and Joy (Kim Hale), with her lies.");
        assertTrue(c.containsAll(List.of("Pat Moore|Ann Lee|her sisters", "Kim Hale|Joy|her sisters")), c.toString());
    }

    @Test
    void nearMissSingularDescriptionStaysWithItsCharacter() {
        List<String> c = cast("She calls her sister, Ann Lee (Pat Moore) and Joy (Kim Hale) at dawn.");
        assertTrue(c.contains("Kim Hale|Joy|"), c.toString());
        assertTrue(c.stream().noneMatch(s -> s.startsWith("Kim Hale|Joy|her sister")), c.toString());
    }

    @Test
    void copulaAfterTheBracketsGivesARole() {
        List<String> c = cast("Robbie (Rob Lowe, who also produced the film) is the drummer and the driver.");
        assertTrue(c.contains("Rob Lowe|Robbie|the drummer"), c.toString());
    }

    @Test
    void nearMissCopulaWithoutARoleNoun() {
        List<String> c = cast("Robbie (Rob Lowe) is a mess for most of the film.");
        assertEquals(List.of("Rob Lowe|Robbie|"), c);
    }

    @Test
    void appositionWithAPrepositionalPhrase() {
        List<String> c = cast("It follows Sarah Kind (Jo Roe), a frontwoman for a punk band, as she collapses.");
        assertTrue(c.contains("Jo Roe|Sarah Kind|a frontwoman for a punk band"), c.toString());
    }

    @Test
    void creditListKeepsNamesThatNerMistakes() {
        // NER tends to call some first names organisations; inside a list of people the shape decides
        List<String> c = cast("Also starring: Jane Porter, Amber Lyle, Nick Dent, Ruby Tuesday and Lou Hart.");
        assertEquals(5, c.size(), c.toString());
    }

    @Test
    void starBeforeANameIsCast() {
        List<String> c = cast("To open the festival, the director and star Jane Porter talk about the film.");
        assertEquals(List.of("Jane Porter||"), c);
    }

    @Test
    void nearMissRockStarBeforeACharacterIsADescription() {
        List<String> c = cast("It follows a rock star Ruth Lane (Jane Porter) on tour. The star Mia Holt (Rosa Lind) falls.");
        assertTrue(c.stream().noneMatch(s -> s.startsWith("Ruth Lane|") || s.startsWith("Mia Holt|")), c.toString());
    }

    @Test
    void actorAsRoleNounCharacter() {
        List<String> c = cast("It stars Tom Reed, with Ruth Evans as guitarist Ann Lee and Ben Hardy as drummer Joe Tate.");
        assertTrue(c.containsAll(List.of("Ruth Evans|Ann Lee|guitarist", "Ben Hardy|Joe Tate|drummer")), c.toString());
    }

    @Test
    void oppositeAndFilmStarsAndStarIn() {
        assertTrue(cast("Bradley Cooper plays Jackson Maine opposite Lady Gaga.").contains("Lady Gaga||"));
        assertTrue(cast("The film stars Mia Holt and Rosa Lind.").containsAll(List.of("Mia Holt||", "Rosa Lind||")));
        assertTrue(cast("Mia Holt and Rosa Lind star in a quiet drama.").containsAll(List.of("Mia Holt||", "Rosa Lind||")));
    }

    @Test
    void nearMissOppositeAPlaceAndStarsOfACommonNoun() {
        assertEquals(List.of(), cast("The club sits opposite Main Street. The film stars a dog."));
    }

    @Test
    void fullNameIsFullName() {
        assertTrue(cast("Taron Egerton is Elton John in a bright biopic.").contains("Taron Egerton|Elton John|"));
    }

    @Test
    void nearMissIsSomeonesRelative() {
        assertEquals(List.of(), cast("Tom Reed is Sam Vance's father, and a fine painter."));
    }

    @Test
    void possessiveCharacterOfAnActorCastElsewhere() {
        List<String> c = cast("Bradley Cooper and Lady Gaga star in it. Cooper's Jackson drinks, and Gaga's Ally sings.");
        assertTrue(c.containsAll(List.of("Cooper|Jackson|", "Gaga|Ally|")), c.toString());
    }

    @Test
    void nearMissPossessiveOfSomeoneNotCast() {
        List<String> c = cast("Mia Holt stars in it. It recalls Ingmar Bergman's Persona.");
        assertTrue(c.stream().noneMatch(x -> x.contains("Persona")), c.toString());
    }

    @Test
    void nearMissPossessiveInAHeadline() {
        List<String> c = cast("Review: Smells Like Mia Holt's Chance to Shine\nMia Holt stars as Violet, a shy singer.");
        assertTrue(c.stream().noneMatch(x -> x.contains("Chance")), c.toString());
    }

    @Test
    void nearMissARoleInAnotherWork() {
        String text = "Lost Harbor is a quiet film. In Lost Harbor, Mia Holt stars as Edie Vance. Lost Harbor is slow. "
                + "Mia Holt played Peggy Olson in Mad Men, and Tom Reed is Sam Dorn in “Night Ferry.”";
        List<String> c = cast(text);
        assertTrue(c.contains("Mia Holt|Edie Vance|"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("Peggy") || x.contains("Sam Dorn")), c.toString());
    }

    @Test
    void aRoleInThisFilmNamedAfterIn() {
        String text = "Lost Harbor is a quiet film. Lost Harbor is slow. Tom Reed is Sam Dorn in Lost Harbor, a drifter.";
        assertTrue(cast(text).contains("Tom Reed|Sam Dorn|"), cast(text).toString());
    }

    @Test
    void nearMissWorkingAlongsideTheDirector() {
        List<String> c = cast("Directed by Jane Quill. Mia Holt stars as Edie, working alongside Jane Quill again.");
        assertTrue(c.stream().noneMatch(x -> x.startsWith("Jane Quill|")), c.toString());
    }

    @Test
    void wasCastAs() {
        assertTrue(cast("Mia Holt was perfectly cast as Edie Vance, a singer.").stream().anyMatch(x -> x.startsWith("Mia Holt|Edie Vance|")));
        assertTrue(cast("Tom Reed is cast in the role of drifter Sam Dorn.").contains("Tom Reed|Sam Dorn|drifter"), cast("Tom Reed is cast in the role of drifter Sam Dorn.").toString());
    }

    @Test
    void nearMissCastInAnotherFilm() {
        String text = "Lost Harbor is a quiet film. Lost Harbor is slow. Mia Holt stars as Edie. Mia Holt was once cast as Nora Reed in Night Ferry.";
        assertTrue(cast(text).stream().noneMatch(x -> x.contains("Nora Reed")), cast(text).toString());
    }

    @Test
    void aLineOfNamesWithLeadsAndWith() {
        List<String> c = cast("Night Ferry\nLena Ford & Tom Hale with Ruth Ames, Ben Cole\n\nA film about a ferry.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Lena Ford")) && c.stream().anyMatch(x -> x.startsWith("Ben Cole")), c.toString());
        // near miss: "with" in a sentence of prose is no credit line
        List<String> n = cast("Night Ferry\nShe travels with Tom Hale and Ruth Ames with Ben Cole.");
        assertTrue(n.isEmpty(), n.toString());
    }

    @Test
    void isARoleThenItsNameAfterAComma() {
        List<String> c = cast("Night Ferry (2021)\n\nTom Vale is that husband, Sam, a gentle man with a temper.");
        assertTrue(c.stream().anyMatch(x -> x.startsWith("Tom Vale|Sam|") && x.contains("husband")), c.toString());
        // near miss: a thing, not a word for a person, before the name
        List<String> n = cast("Night Ferry (2021)\n\nTom Vale is the reason, Sam, that I went.");
        assertTrue(n.stream().noneMatch(x -> x.startsWith("Tom Vale|Sam|")), n.toString());
    }
}
