package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.review.Review;
import org.junit.jupiter.api.Test;

/** Crew, band and song rules on sentences written for these tests, near misses included. */
class OtherExtractorsTest {
    private static final Extraction EXTRACTION = new Extraction();

    private static List<String> facts(String text, Class<? extends Fact> kind) {
        return EXTRACTION.run(new Review("t.txt", text)).facts().stream().filter(kind::isInstance).map(OtherExtractorsTest::show).toList();
    }

    private static String show(Fact f) {
        if (f instanceof Fact.Crew c) return c.person().text() + "|" + c.job();
        if (f instanceof Fact.Band b) return b.band().text() + "|" + b.fictional() + "|" + (b.member() == null ? "" : b.member().text())
                + "|" + (b.songwriter() == null ? "" : b.songwriter().text());
        if (f instanceof Fact.Song s) return s.title().text() + "|" + s.artist().text();
        return f.toString();
    }

    @Test
    void membersIntroducedByTheirRoles() {
        List<String> b = facts("The documentary follows the Velvet Foxes, a four-piece garage band. Singer Maisie Cole and bassist Tom Arkwright "
                + "formed the group at school; drummer Raj Patel joined later. Their manager, Gerry Stamp, hated the music and the songs.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Velvet Foxes|UNKNOWN|Maisie Cole|", "Velvet Foxes|UNKNOWN|Tom Arkwright|", "Velvet Foxes|UNKNOWN|Raj Patel|")), b.toString());
        // near miss: a manager is no member
        assertTrue(b.stream().noneMatch(s -> s.contains("Gerry Stamp")), b.toString());
    }

    @Test
    void nearMissABandRoleOutsideAReviewAboutMusic() {
        List<String> b = facts("The story follows the Velvet Foxes, a family of thieves. Drummer Raj Patel is a minor character.", Fact.Band.class);
        assertTrue(b.stream().noneMatch(s -> s.contains("Raj Patel")), b.toString());
    }

    @Test
    void membersWithTheirRolesAfterABandName() {
        List<String> b = facts("Much of the film is concert footage of Hollow Crown, with founding member Ezra Klein-Hart on keys and longtime drummer Bea Sorensen.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Hollow Crown|UNKNOWN|Ezra Klein-Hart|", "Hollow Crown|UNKNOWN|Bea Sorensen|")), b.toString());
        // near miss: a place with people after it is no band
        List<String> p = facts("The tour reaches Paris, with drummer Bea Sorensen ill.", Fact.Band.class);
        assertTrue(p.stream().noneMatch(s -> s.startsWith("Paris|")), p.toString());
    }

    @Test
    void asAMemberOfTheBand() {
        List<String> b = facts("As a member of the fictional band The Lanterns, Ciaran Doyle sings lead.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(s -> s.matches("(The )?Lanterns\\|[A-Z]+\\|Ciaran Doyle\\|")), b.toString());
    }

    @Test
    void aFilmTitledAfterItsBand() {
        String text = "Paper Moths review – a scrappy rock doc\nHanne Solberg's documentary about the post-punk band Paper Moths is ramshackle. "
                + "Formed in Bergen in 1979 by singer Delia Marsh and guitarist Kit Rowe, Paper Moths released three albums. The songs still sound fresh.";
        List<String> b = facts(text, Fact.Band.class);
        assertTrue(b.containsAll(List.of("Paper Moths|UNKNOWN||", "Paper Moths|UNKNOWN|Delia Marsh|", "Paper Moths|UNKNOWN|Kit Rowe|")), b.toString());
        // near miss: a title that only music words surround is the film, not a band
        List<String> n = facts("Glass Owls review – a drama\nGlass Owls is a drama about the Glass Owls' fans and their songs.", Fact.Band.class);
        assertTrue(n.stream().noneMatch(s -> s.startsWith("Glass Owls|")), n.toString());
    }

    @Test
    void jobWithABracketBeforeTheName() {
        List<String> c = facts("The film, from writer-director (and Ohio native) Jon Quill, opens in a club.", Fact.Crew.class);
        assertTrue(c.containsAll(List.of("Jon Quill|DIRECTOR", "Jon Quill|WRITER")), c.toString());
    }

    @Test
    void pluralBandNounMakesEveryItemABand() {
        // "Mary Ellen" reads as a person to NER; after "the bands" it is a band
        List<String> b = facts("Songs come from Dana Lowe (of the bands Mary Ellen and Crushed), who provides the song.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Mary Ellen|NO|Dana Lowe|", "Crushed|NO|Dana Lowe|")), b.toString());
    }

    @Test
    void nearMissAPersonAfterASingularBandNounIsNotABand() {
        List<String> b = facts("The band Jane Porter joined in college was terrible.", Fact.Band.class);
        assertTrue(b.stream().noneMatch(s -> s.startsWith("Jane Porter|")), b.toString());
    }

    @Test
    void castInBracketsAfterABandNameAreItsMembers() {
        List<String> b = facts("Her band Velvet Hour (Jane Roe as Ruth and Kim Hale as Ida) falls apart.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Velvet Hour|UNKNOWN|Ruth|", "Velvet Hour|UNKNOWN|Ida|")), b.toString());
    }

    @Test
    void songsWithPossessiveArtists() {
        List<String> s = facts("In Lost Harbor she belts out Talking Heads' “Psycho Killer” and Sinead O'Connor's \"Nothing Compares.\"", Fact.Song.class);
        assertTrue(s.containsAll(List.of("Psycho Killer|Talking Heads", "Nothing Compares|Sinead O'Connor")), s.toString());
    }

    @Test
    void nearMissAQuotedPhraseWithoutAnArtistIsNotASong() {
        List<String> s = facts("The critics called it \"Rough Going\" and moved on.", Fact.Song.class);
        assertTrue(s.isEmpty(), s.toString());
    }

    private static List<String> info(String text) {
        return EXTRACTION.run(new Review("t.txt", text)).facts().stream().filter(f -> f instanceof Fact.ReviewInfo).map(f -> (Fact.ReviewInfo) f)
                .map(i -> i.kind() + "|" + i.value() + "|" + i.normalised()).toList();
    }

    @Test
    void runtimeInBracketsWithTheRating() {
        assertTrue(info("Lost Harbor (R, 1 hr. 54 min.) opens Friday.").contains("RUNTIME|114|114.0"));
        assertTrue(info("It lasts 2 hours and 5 minutes.").contains("RUNTIME|125|125.0"));
    }

    @Test
    void starGlyphRatings() {
        assertTrue(info("Lost Harbor\n★★★½\nA film.").contains("RATING|★★★½|0.7"), info("Lost Harbor\n★★★½\nA film.").toString());
        assertTrue(info("Lost Harbor ★★★☆ A film.").contains("RATING|★★★☆|0.75"));
    }

    @Test
    void nearMissAStrayNumberOfHoursIsNoRuntime() {
        assertTrue(info("She waits 3 hours in the rain.").isEmpty(), info("She waits 3 hours in the rain.").toString());
    }

    @Test
    void bandNamedOnlyAsASongsArtist() {
        List<String> b = facts("She sings along to the Marigolds’ “Paper Moon” and Lena Fox’s “Blue”.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Marigolds|")), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Lena Fox|")), "a person's song makes no band: " + b);
    }

    @Test
    void bandsFromMusicNounsAndMemberRoles() {
        List<String> b = facts("Marigolds fans will smile. Lena Fox, the drummer for the Harrows, steals the show. "
                + "The Harrows' frontman Jon Pell sulks.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Marigolds|")), b.toString());
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Harrows|") && x.contains("|Lena Fox|")), b.toString());
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Harrows|") && x.contains("|Jon Pell|")), b.toString());
    }

    @Test
    void nonMusicGroupsAndNumbersAreNoBands() {
        List<String> b = facts("The comedy duo Pratt and Bell return. The 1981 album sold well, as did the 1984 tour.", Fact.Band.class);
        assertTrue(b.isEmpty(), b.toString());
    }

    @Test
    void bandsOwningSongsThroughByOrOf() {
        List<String> b = facts("He remembers the songs of the Harrows, and the music of the Sixties, and old records by the Marigolds.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Harrows|")) && b.stream().anyMatch(x -> x.startsWith("Marigolds|")), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Sixties|")), b.toString());
    }

    private static boolean has(List<String> bands, String band, String member) {
        return bands.stream().anyMatch(x -> x.startsWith(band + "|") && x.contains("|" + member + "|"));
    }

    @Test
    void membersThroughVerbsOfMembership() {
        List<String> b = facts("The story follows the Glass Owls, a four-piece from Leeds fronted by Nadia Fenn. "
                + "Founding member Josie Crane left the Paper Kites in 1994. Dara Opoku joined Bone Orchard as its bassist.", Fact.Band.class);
        assertTrue(has(b, "Glass Owls", "Nadia Fenn") && has(b, "Paper Kites", "Josie Crane") && has(b, "Bone Orchard", "Dara Opoku"), b.toString());
        // "Founding" opening the sentence is no band
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Founding|")), b.toString());
    }

    @Test
    void lineUpsAndMemberLists() {
        List<String> b = facts("Lia Serrat (vocals), Kit Arlow (bass) and Rob Tallis (drums) make up Bone Orchard. "
                + "Later, Velvet Hounds members Ana Ruiz and Tom Vey appear in archive footage.", Fact.Band.class);
        assertTrue(has(b, "Bone Orchard", "Lia Serrat") && has(b, "Bone Orchard", "Kit Arlow") && has(b, "Bone Orchard", "Rob Tallis"), b.toString());
        assertTrue(has(b, "Velvet Hounds", "Ana Ruiz") && has(b, "Velvet Hounds", "Tom Vey"), b.toString());
    }

    @Test
    void theBandMeansTheBandLastNamed() {
        List<String> b = facts("Fans of the Velvet Hounds will love this. The band's singer Dara Opoku plays a drifter, "
                + "and Tom Vey, their drummer, sulks.", Fact.Band.class);
        assertTrue(has(b, "Velvet Hounds", "Dara Opoku") && has(b, "Velvet Hounds", "Tom Vey"), b.toString());
    }

    @Test
    void nearMissesForTheBand() {
        // no band named anywhere: "the band's singer" points at nothing; a family's possessive is no band
        List<String> b = facts("The band's singer Dara Opoku plays a drifter. Their father, Tom Vey, sulks. "
                + "The comedy troupe the Grey Hats appear, and Ana Ruiz joined Harbor Bank as its director.", Fact.Band.class);
        assertTrue(b.isEmpty(), b.toString());
    }

    @Test
    void whatOnlyABandDoes() {
        List<String> b = facts("The Glass Owls broke up in 1985. The Harbor Board met in 1990, and the Smiths Street party was loud.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Glass Owls|")), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Harbor Board|") || x.startsWith("Smiths")), b.toString());
    }

    private static final String MUSIC = "Night Harbour (2021)\n\nA music drama about a rock band, its songs and its singer.\n\n";

    @Test
    void aPluralNameDoingWhatBandsDoInAReviewAboutMusic() {
        for (String s : List.of("The Hollow Saints sang backup for everyone.", "We hear the Hollow Saints perform their biggest hit.",
                "Before long the Hollow Saints are playing sold-out shows.", "The story of the Hollow Saints is a familiar one.",
                "The Hollow Saints' manager, Kim Fowler, is a monster.")) {
            List<String> b = facts(MUSIC + s, Fact.Band.class);
            assertTrue(b.stream().anyMatch(x -> x.startsWith("Hollow Saints|")), s + " -> " + b);
        }
        // near misses: a family in a review that is not about music; a family playing a game; a place
        List<String> n = facts("Night Harbour (2021)\n\nA drama about two families.\n\nThe Hallorans sing at the wedding. The story of the Hallorans is sad.",
                Fact.Band.class);
        assertTrue(n.isEmpty(), n.toString());
        assertTrue(facts(MUSIC + "The Hallorans play a game of cards.", Fact.Band.class).isEmpty());
        assertTrue(facts(MUSIC + "The story of the Philippines is long.", Fact.Band.class).isEmpty());
    }

    @Test
    void membersNamedWithTheBandsRoleOrWhatTheyPlayInIt() {
        List<String> b = facts(MUSIC + "Mia Vance, the Hollow Saints' singer, is played by Ana Blick. Jack Rusk plays guitar in the Hollow Saints. "
                + "Lola Crane and Ida Moss formed the Marigolds.", Fact.Band.class);
        assertTrue(has(b, "Hollow Saints", "Mia Vance") && has(b, "Hollow Saints", "Jack Rusk"), b.toString());
        assertTrue(has(b, "Marigolds", "Lola Crane") && has(b, "Marigolds", "Ida Moss"), b.toString());
        // near misses: playing a game in a place, a person's own singer
        List<String> n = facts(MUSIC + "Jack Rusk plays cards in the Hollow Inn. Mia Vance, Ana Blick's singer, waits.", Fact.Band.class);
        assertTrue(n.stream().noneMatch(x -> x.contains("|Jack Rusk|") || x.contains("|Mia Vance|")), n.toString());
    }

    @Test
    void theFoundersNamedBeforeTheBandAndASongNounBeforeTheQuote() {
        List<String> b = facts(MUSIC + "Founded in 1977 by singer Lola Crane and guitarist Ida Moss, the Hollow Saints played every club in town.", Fact.Band.class);
        assertTrue(has(b, "Hollow Saints", "Lola Crane") && has(b, "Hollow Saints", "Ida Moss"), b.toString());
        List<String> s = facts(MUSIC + "The Hollow Saints' big hit, “Burn the Chart”, gets played three times.", Fact.Song.class);
        assertTrue(s.stream().anyMatch(x -> x.startsWith("Burn the Chart|") && x.contains("Hollow Saints")), s.toString());
        // near misses: a company founded by people; a quote after a possessive with no song noun between is still a song,
        // but one after an ordinary noun is not
        List<String> n = facts(MUSIC + "Founded in 1977 by Lola Crane and Ida Moss, the Harbour Bakery sold bread.", Fact.Band.class);
        assertTrue(n.stream().noneMatch(x -> x.contains("|Lola Crane|")), n.toString());
        assertTrue(facts(MUSIC + "The Hollow Saints' big car, “Burn the Chart”, is red.", Fact.Song.class).isEmpty());
    }

    @Test
    void aCapitalisedPluralNamedTwiceInAReviewAboutMusic() {
        List<String> b = facts(MUSIC + "Imagine a world where the Harbour Kings never existed. Only Tom remembers the Harbour Kings.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Harbour Kings|")), b.toString());
        // near misses: named once; an award; a review that is not about music
        assertTrue(facts(MUSIC + "Imagine a world where the Harbour Kings never existed.", Fact.Band.class).isEmpty());
        assertTrue(facts(MUSIC + "It was snubbed at the Oscars. Nobody at the Oscars noticed.", Fact.Band.class).isEmpty());
        assertTrue(facts("Night Harbour (2021)\n\nA drama about a family.\n\nThe Hallorans move in. The Hallorans argue.", Fact.Band.class).isEmpty());
    }

    @Test
    void membersIntroducedByTheirRolesAfterABand() {
        List<String> b = facts("The band Paper Kites, with lead singer Rory Vance and founding member Tess Calloway, sounds huge.", Fact.Band.class);
        assertTrue(has(b, "Paper Kites", "Rory Vance") && has(b, "Paper Kites", "Tess Calloway"), b.toString());
        List<String> l = facts("The Hollow Pines were a four-piece: singer Ada Quill, guitarist Moe Barrett and drummer June Faraday.", Fact.Band.class);
        assertTrue(has(l, "Hollow Pines", "Ada Quill") && has(l, "Hollow Pines", "June Faraday"), l.toString());
    }

    @Test
    void nearMissRolesThatAreNoMusiciansOrNoBand() {
        // a family with a father, and a firm with a founder, are no band
        List<String> b = facts("The Whitlocks were a family: father Ada Quill, mother Moe Barrett and son June Faraday. "
                + "The firm, with founder Rory Vance, went under.", Fact.Band.class);
        assertTrue(b.isEmpty(), b.toString());
    }

    @Test
    void aTwoWordBandOwningItsFrontman() {
        // the tagger reads the band's first word as an adjective; the band keeps it
        List<String> b = facts("Static Orchard's frontman Rory Vance gets most of the screen time.", Fact.Band.class);
        assertTrue(has(b, "Static Orchard", "Rory Vance"), b.toString());
    }

    @Test
    void membersByWhoseRoleByInstrumentAndWithModifiers() {
        List<String> w = facts("Paper Crowns\nIt follows the Glass Owls, the Leeds four-piece whose frontman, Declan Rourke, burned too bright.", Fact.Band.class);
        assertTrue(has(w, "Glass Owls", "Declan Rourke"), w.toString());
        List<String> i = facts("Paper Crowns\nFormed in 1979, the Glass Owls featured Declan Rourke on vocals and Suzie Marr on bass.", Fact.Band.class);
        assertTrue(has(i, "Glass Owls", "Declan Rourke") && has(i, "Glass Owls", "Suzie Marr"), i.toString());
        List<String> m = facts("Paper Crowns\nHale plays Declan Rourke, the Glass Owls' doomed singer.", Fact.Band.class);
        assertTrue(has(m, "Glass Owls", "Declan Rourke"), m.toString());
    }

    @Test
    void anInstrumentsPlayerIsAMember() {
        String text = "Paper Crowns\nFor three years the Glass Owls were the loudest band in Leeds, and this documentary about the Glass Owls is nearly as loud, all concert footage and old gigs. "
                + "Drummer Gaz Dunne mostly laughs. And keyboard player Suzie Marr, who wrote the songs, is the quiet heart of the story.";
        List<String> b = facts(text, Fact.Band.class);
        assertTrue(has(b, "Glass Owls", "Suzie Marr"), b.toString());
        // near miss: a player of a game is no member
        String game = "Paper Crowns\nFor three years the Glass Owls were the loudest band in Leeds, and this documentary about the Glass Owls is nearly as loud, all concert footage and old gigs. "
                + "Drummer Gaz Dunne mostly laughs. And chess player Suzie Marr visits once.";
        assertFalse(has(facts(game, Fact.Band.class), "Glass Owls", "Suzie Marr"), facts(game, Fact.Band.class).toString());
    }

    @Test
    void aLineUpBetweenDashesOnlyInAReviewAboutMusic() {
        String music = "Paper Crowns\nThe Glass Owls – Declan Rourke, Suzie Marr and Gaz Dunne – were never meant to last. "
                + "Their songs, their albums and the tour that broke them fill the film, and every gig rings out.";
        assertTrue(has(facts(music, Fact.Band.class), "Glass Owls", "Suzie Marr"), facts(music, Fact.Band.class).toString());
        // near miss: a family between dashes in a review that is not about music
        List<String> n = facts("Paper Crowns\nThe Hendersons – Mary Reed, Tom Reed and Sue Reed – live next door and never stop arguing.", Fact.Band.class);
        assertTrue(n.isEmpty(), n.toString());
    }

    private static final String MUSIC_TALK = " Their songs, their albums and the tour that broke them fill the film, and every gig rings out.";

    @Test
    void bandsNamedByWhatBandsDo() {
        assertTrue(has(facts("Paper Crowns\nBefore joining the Glass Owls, Joan Reed sang in church." + MUSIC_TALK, Fact.Band.class), "Glass Owls", "Joan Reed"));
        assertTrue(has(facts("Paper Crowns\nJoan Reed became the lead singer of the Glass Owls at sixteen.", Fact.Band.class), "Glass Owls", "Joan Reed"));
        assertTrue(has(facts("Paper Crowns\nThe trio, loosely modelled on the Velvettes, is called the Dreamettes.", Fact.Band.class), "Dreamettes", ""));
        assertTrue(has(facts("Paper Crowns\nThe trio is loosely modelled on the Velvettes." + MUSIC_TALK, Fact.Band.class), "Velvettes", ""));
        List<String> b = facts("Paper Crowns\nIt's a Glass Owls biopic that skips the hard parts.", Fact.Band.class);
        assertTrue(has(b, "Glass Owls", "") && b.size() == 1, b.toString());
    }

    @Test
    void nearMissesForWhatBandsDo() {
        // outside a review about music, joining or being modelled on a plural name makes no band
        assertTrue(facts("Paper Crowns\nBefore joining the Marines, Joan Reed worked in a bakery.", Fact.Band.class).isEmpty());
        assertTrue(facts("Paper Crowns\nThe family is loosely modelled on the Kennedys.", Fact.Band.class).isEmpty());
        // the plural of a person's surname is their family or their work
        List<String> f = facts("Paper Crowns\nRuth Tanner sings in every scene, and the Tanners' music fills the film.", Fact.Band.class);
        assertTrue(f.isEmpty(), f.toString());
    }

    @Test
    void aMemberWhoWritesAllTheSongs() {
        List<String> b = facts("Paper Crowns\nThe film follows the Harrows, a scrappy indie band on tour. Ann Pike plays their bassist, Jo, "
                + "who writes all the songs and gets none of the credit. The music is loud.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Harrows|") && x.endsWith("|Jo")), b.toString());
        // near miss: writing all the letters is no songwriting
        List<String> n = facts("Paper Crowns\nThe film follows the Harrows, a scrappy indie band on tour. Ann Pike plays their bassist, Jo, "
                + "who writes all the letters home. The music is loud.", Fact.Band.class);
        assertTrue(n.stream().noneMatch(x -> x.endsWith("|Jo")), n.toString());
    }

    @Test
    void aPluralThatOpensALongerBandNameIsNoBandOfItsOwn() {
        List<String> b = facts("The Crows of Autumn: Live\nA loud concert film from the Danish punk band the Crows of Autumn. "
                + "Singer Ida Lund howls, and the band's drummer, Per Holm, never stops. The Crows of Autumn sound huge.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Crows of Autumn|")), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Crows|")), b.toString());
        // near miss: the plural alone, named twice in a review about music, is still a band
        List<String> n = facts("Paper Crowns\nThe Crows play every song loud. The album sold well, and the Crows toured for years.", Fact.Band.class);
        assertTrue(n.stream().anyMatch(x -> x.startsWith("Crows|")), n.toString());
    }

    @Test
    void aPluralNameSetBesideBandsAndItsPeople() {
        List<String> b = facts("Few bands have been as loved and as unlucky as the Paper Moths. They made two albums and toured for years. "
                + "Frontman Davy Rook is the star of the show. Guitarist Elsa Moor, who wrote most of the band's songs, is more guarded. "
                + "Bassist Kenny Dunn and drummer Fraser Gill fill in the gaps, and the music holds up.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Paper Moths|UNKNOWN||", "Paper Moths|UNKNOWN|Davy Rook|", "Paper Moths|UNKNOWN|Elsa Moor|",
                "Paper Moths|UNKNOWN|Kenny Dunn|", "Paper Moths|UNKNOWN|Fraser Gill|", "Paper Moths|UNKNOWN||Elsa Moor")), b.toString());
        // near misses: a plural name beside bands outside a review about music, and a family
        assertTrue(facts("Few families are as unlucky as the Hendersons. The house burns down.", Fact.Band.class).isEmpty());
    }

    @Test
    void theStoryOfAHomeTownsBandAndItsSongwriter() {
        List<String> b = facts("Neon Rain, about the rise and fall of Leeds's the Velvet Kites, hits every beat of the rock biopic: the songs, the tour, "
                + "the albums. Kit Rowe plays guitarist and chief songwriter Lenny Shaw, and drummer Mo Patel keeps time.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Velvet Kites|UNKNOWN||", "Velvet Kites|UNKNOWN|Lenny Shaw|", "Velvet Kites|UNKNOWN||Lenny Shaw",
                "Velvet Kites|UNKNOWN|Mo Patel|")), b.toString());
        // near misses: the story of a family outside a review about music; a drummer listed after the songwriter
        assertTrue(facts("The film tells the story of Leeds's the Hendersons, a family of farmers and their land.", Fact.Band.class).isEmpty());
        assertTrue(facts("Neon Rain is about the Velvet Kites and their songs and albums and tours. Kit Rowe plays chief songwriter Lenny Shaw, "
                + "and drummer Mo Patel keeps time.", Fact.Crew.class).stream().noneMatch(x -> x.startsWith("Mo Patel")));
    }

    @Test
    void producersListedAfterTheVerbAndAPartnerInWriting() {
        List<String> c = facts("Produced by Dana Whit, Luis Ferro. Directed by Marc Oyel. Camera: Anders Holt.", Fact.Crew.class);
        assertTrue(c.containsAll(List.of("Dana Whit|PRODUCER", "Luis Ferro|PRODUCER", "Anders Holt|CINEMATOGRAPHER")), c.toString());
        List<String> w = facts("Ann Lemar directs. Lemar co-wrote the screenplay with her longtime collaborator Remy Aubin.", Fact.Crew.class);
        assertTrue(w.contains("Remy Aubin|WRITER"), w.toString());
        // near misses: a song in a songwriter's clause, and names after "by" that run on into another clause
        assertTrue(facts("Kit Rowe plays chief songwriter Lenny Shaw, the quiet one who wrote Sunday Static.", Fact.Crew.class)
                .stream().noneMatch(x -> x.startsWith("Sunday Static")));
        assertFalse(facts("It was produced by Dana Whit, and Luis Ferro's score is fine.", Fact.Crew.class).contains("Luis Ferro|PRODUCER"));
    }

    @Test
    void aBandNounSomeoneOwnsAndAMemberAfterASecondNoun() {
        List<String> b = facts("The Thunderbirds, Ruby's backing band, get short shrift, though Curtis Bell shines as their bandleader and "
                + "her eventual husband, Lonnie Price.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Thunderbirds|UNKNOWN||", "Thunderbirds|UNKNOWN|Lonnie Price|")), b.toString());
        // near miss: a solo singer the band backs is no member of it
        List<String> solo = facts("The Thunderbirds, Ruby's backing band, get short shrift. Jasmine Achebe plays soul singer Ruby Dawes.", Fact.Band.class);
        assertTrue(solo.stream().noneMatch(x -> x.contains("Ruby Dawes")), solo.toString());
    }

    @Test
    void aPronounOwningANumberedFeatureAndAJobBeforeBrackets() {
        List<String> c = facts("Westerns are dead, but nobody told Mateo Ruiz. His third feature, Dust Road, is lean.", Fact.Crew.class);
        assertTrue(c.contains("Mateo Ruiz|DIRECTOR"), c.toString());
        assertTrue(facts("The film's director (Ann Lee) keeps it simple.", Fact.Crew.class).contains("Ann Lee|DIRECTOR"));
        // near misses: an actor's latest film, a role before brackets, and a firmer credit beside a weak one
        assertTrue(facts("Ann Lee is wonderful. Her latest film is a comedy.", Fact.Crew.class).isEmpty());
        assertTrue(facts("The widow (Ann Lee) keeps it simple.", Fact.Crew.class).isEmpty());
        List<String> both = facts("Ann Lee directs. Tom Vale stars. His first feature was better.", Fact.Crew.class);
        assertEquals(List.of("Ann Lee|DIRECTOR"), both);
    }

    @Test
    void homeMoviesShotBySomeoneAreNoCinematography() {
        assertTrue(facts("The archive material, much of it home movies shot by Arne Vik himself, is astonishing.", Fact.Crew.class).isEmpty());
        assertTrue(facts("The film, shot by Ann Lee, looks great.", Fact.Crew.class).contains("Ann Lee|CINEMATOGRAPHER"));
        // a first name the tagger calls a common noun still belongs to the name
        List<String> named = facts("Editor Kari Lunde cuts it together with real sensitivity, and Ola Brekke's cello score never oversells.", Fact.Crew.class);
        assertTrue(named.contains("Ola Brekke|COMPOSER"), named.toString());
    }

    @Test
    void servingAsSeveralJobsAndDirectingWithAMannerBeforeBy() {
        List<String> c = facts("Tom Askew, who serves as writer, star and co-producer, has built this breezy comedy.", Fact.Crew.class);
        assertTrue(c.containsAll(List.of("Tom Askew|WRITER", "Tom Askew|PRODUCER")), c.toString());
        assertTrue(facts("Directed with icy control by Lucia Brandt, it follows a doctor.", Fact.Crew.class).contains("Lucia Brandt|DIRECTOR"));
        // near misses: serving as no film job, and a manner without "by"
        assertTrue(facts("Ann Lee served as a waiter in Paris.", Fact.Crew.class).isEmpty());
        assertTrue(facts("The scene is directed with icy control, and Lucia Brandt watches.", Fact.Crew.class).isEmpty());
    }

    @Test
    void aHeadlineQuotingTheFilmItsMakerOwns() {
        List<String> c = facts("Berlin dispatch: Piet van der Berg's 'De Stille Stad' is a slow-burning triumph\n\nPiet van der Berg has never been "
                + "in a hurry. De Stille Stad is slow.", Fact.Crew.class);
        assertTrue(c.contains("Piet van der Berg|DIRECTOR"), c.toString());
        assertTrue(facts("Berlin dispatch: Piet van der Berg's 'De Stille Stad' is a slow-burning triumph\n\nIt is slow.", Fact.Song.class).isEmpty());
    }

    @Test
    void theirOneHitNamesItsSongwriter() {
        List<String> b = facts("Feedback Loop is a documentary about the Copper Saints, the Dublin band, and their songs and records and tours. "
                + "Guitarist Pat Devin, who wrote their one hit, died in 1999.", Fact.Band.class);
        assertTrue(b.contains("Copper Saints|NO||Pat Devin"), b.toString());
    }

    @Test
    void anotherFilmDirectedBySomeoneAndThisOnesMaker() {
        List<String> c = facts("There are echoes of a Bronte adaptation directed by Ingmar Bergman in Ilse Marr's handsome, chilly period drama.", Fact.Crew.class);
        assertEquals(List.of("Ilse Marr|DIRECTOR"), c);
        assertTrue(facts("Lowtide is a dark comedy thriller directed by Ana Soo, who also wrote it.", Fact.Crew.class).contains("Ana Soo|DIRECTOR"));
        assertTrue(facts("She was directed by Ann Lee in her first film.", Fact.Crew.class).isEmpty());
    }

    @Test
    void songwritersSourceAuthorsAndCombinedLabels() {
        List<String> c = facts("The songs, by the songwriting team of Eli Brant and Nora Quist, are catchy. Marr, who adapted the script from the novel by "
                + "Cathy Doyle, has an eye. Choreographer Tina Ruiz deserves a medal.\n\nDirector, screenplay: Gordon Hale. Camera: Priya Nair.", Fact.Crew.class);
        assertTrue(c.containsAll(List.of("Eli Brant|SONGWRITER", "Nora Quist|SONGWRITER", "Cathy Doyle|OTHER", "Tina Ruiz|OTHER", "Gordon Hale|DIRECTOR",
                "Gordon Hale|WRITER", "Priya Nair|CINEMATOGRAPHER")), c.toString());
        // near miss: a label list holding a word that is no job is no credit
        assertTrue(facts("Rated R, violence: Gordon Hale is in it.", Fact.Crew.class).isEmpty());
    }

    @Test
    void theBandsGuitaristAndMainSongwriter() {
        List<String> b = facts("This concert film captures the Night Owls, a band at full throttle, and their songs. Her brother Jonah Strand, the band's "
                + "guitarist and main songwriter, barely looks up.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Night Owls|UNKNOWN|Jonah Strand|", "Night Owls|UNKNOWN||Jonah Strand")), b.toString());
    }

    @Test
    void coWritingWithSomeoneAndANicknameAfterAJob() {
        List<String> c = facts("Director Maja Petrov, whose previous film won at Karlovy Vary, co-wrote with Ivo Simic.", Fact.Crew.class);
        assertTrue(c.containsAll(List.of("Ivo Simic|WRITER")), c.toString());
        assertFalse(facts("The real-life producer Marcus \"Beats\" Dane is played by Jordan Fisk.", Fact.Crew.class).contains("Marcus|PRODUCER"));
    }

    @Test
    void aMakersAccountAndAFiddlerInTheBand() {
        assertTrue(facts("It takes conviction, and Hanna Lind's account of a ski battalion has conviction to spare.", Fact.Crew.class).contains("Hanna Lind|DIRECTOR"));
        List<String> b = facts("This documentary follows the folk singer Maren Holt. Her longtime band, the Stormy Petrels, turn up with their songs and "
                + "albums: fiddler Ewan Baird and guitarist Rhona Muir are both interviewed.", Fact.Band.class);
        assertTrue(b.containsAll(List.of("Stormy Petrels|UNKNOWN|Ewan Baird|", "Stormy Petrels|UNKNOWN|Rhona Muir|")), b.toString());
        // near miss: an account someone gives in the story is no film of theirs when a firmer credit names the director
        assertEquals(List.of("Ann Lee|DIRECTOR"), facts("Directed by Ann Lee. Tom Vale's account of the war is moving.", Fact.Crew.class));
    }

    @Test
    void theVoiceOfABand() {
        List<String> b = facts("Lena Ray was the voice of the Holloway Sisters, the Detroit gospel trio whose records and songs crossed over.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Holloway Sisters|") && x.contains("|Lena Ray|")), b.toString());
    }

    @Test
    void aBandCalledSomethingAndItsDrummerByTheCast() {
        List<String> b = facts("In Static Hearts, a struggling indie band called the Paper Tigers gets one last shot at a record deal and a tour. "
                + "His sister Jess (Aoife Kelly) plays bass, and drummer Dex (Marcus Obi) mostly keeps quiet.", Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Paper Tigers|") && x.contains("|Dex|")), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Static Hearts")), b.toString());
    }

    @Test
    void shotByAtTheStartOfASentence() {
        assertTrue(facts("Shot by Pierre Aoun in long, patient takes, it runs 108 minutes.", Fact.Crew.class).contains("Pierre Aoun|CINEMATOGRAPHER"));
        assertTrue(facts("The hunter was shot by Pierre Aoun in the woods.", Fact.Crew.class).isEmpty());
    }

    @Test
    void aWildlifeCameraman() {
        assertTrue(facts("The footage, shot over three years by wildlife cameraman Rob Dunn, is astonishing.", Fact.Crew.class).contains("Rob Dunn|CINEMATOGRAPHER"));
    }

    private static final String GIGS = " Their songs, their gigs and their albums are all here.";

    @Test
    void aNameThatIsByCopulaABandNoun() {
        assertTrue(facts("The Paper Kites were her brother's wedding band for years." + GIGS, Fact.Band.class).contains("Paper Kites|UNKNOWN||"));
        assertTrue(facts("Harbour Lights are a four-piece from Hull." + GIGS, Fact.Band.class).contains("Harbour Lights|UNKNOWN||"));
        // near misses: a family is no band; a person who was someone's drummer is no band
        assertTrue(facts("The Larkins are a family of farmers from Kent." + GIGS, Fact.Band.class).isEmpty());
        assertTrue(facts("Jo Roe was the band's drummer." + GIGS, Fact.Band.class).stream().noneMatch(b -> b.startsWith("Jo Roe")));
        assertTrue(facts("The Pranksters were a comedy duo from Leeds." + GIGS, Fact.Band.class).isEmpty());
    }

    @Test
    void anIndefiniteRecordOfATwoWordName() {
        assertTrue(facts("In 1996 everyone owned a Copperline Radio record." + GIGS, Fact.Band.class).contains("Copperline Radio|UNKNOWN||"));
        // near misses: a world record; one word before the record; no music in the review
        assertTrue(facts("She set a Guinness World Record for skipping." + GIGS, Fact.Band.class).isEmpty());
        assertTrue(facts("Nobody in the village owned a Copperline Radio record of any kind; it was a farming town.", Fact.Band.class).isEmpty());
    }

    @Test
    void aNameTheyCalledThemselves() {
        assertTrue(facts("Five teenagers started recording in a bedroom and called themselves Gravel Hymnal." + GIGS, Fact.Band.class).contains("Gravel Hymnal|UNKNOWN||"));
        // near misses: what people call themselves outside music, or a word that is no name
        assertTrue(facts("The two families called themselves Gravel Hymnal at church, and nobody sang.", Fact.Band.class).isEmpty());
        assertTrue(facts("The refugees called themselves lucky." + GIGS, Fact.Band.class).isEmpty());
    }

    @Test
    void theOtherMembersAfterADash() {
        List<String> b = facts("Five teenagers called themselves Gravel Hymnal. The other members – Harold Firth-Amble, Delia Brannagh-Voss and little Jo Pell-Amble – are all great." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Gravel Hymnal|UNKNOWN|Harold Firth-Amble|") && b.contains("Gravel Hymnal|UNKNOWN|Jo Pell-Amble|"), b.toString());
        List<String> two = facts("Five teenagers called themselves Gravel Hymnal. The other two, Harold Firth-Amble and Delia Brannagh-Voss, are warm and funny." + GIGS, Fact.Band.class);
        assertTrue(two.contains("Gravel Hymnal|UNKNOWN|Delia Brannagh-Voss|"), two.toString());
        // near miss: a committee's other members, in a review with no music
        assertTrue(facts("The Gravel Hymnal committee met. The other members – Harold Firth-Amble and Delia Brannagh-Voss – voted no.", Fact.Band.class).isEmpty());
    }

    @Test
    void aBandThatSplitWhenTheySplit() {
        assertTrue(facts("Nobody had heard of the Tin Saints when they split in 1979." + GIGS, Fact.Band.class).contains("Tin Saints|UNKNOWN||"));
        assertTrue(facts("Nobody remembers the Crows, who broke up in 1979." + GIGS, Fact.Band.class).contains("Crows|UNKNOWN||"));
        // (the tagger calls the first word an adjective)
        assertTrue(facts("Few remember the Static Gulls, who split in 1984." + GIGS, Fact.Band.class).stream().anyMatch(b -> b.startsWith("Static Gulls|")));
        // near miss: moving house is not what bands alone do
        assertTrue(facts("Nobody had heard of the Larkins when they moved to Kent in 1979." + GIGS, Fact.Band.class).isEmpty());
    }

    @Test
    void foundersOfTheBandAfterTheComma() {
        List<String> b = facts("Nobody remembers the Crows, who split in 1979. Formed in 1975 by singer-songwriter Jo Dunne and her neighbour Pete Cole on drums, "
                + "the band played pubs." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Crows|UNKNOWN|Jo Dunne|"), b.toString());
        assertTrue(b.contains("Crows|UNKNOWN|Pete Cole|"), b.toString());
        // near miss: a bakery is founded too, and no band is named
        assertTrue(facts("Founded in 1975 by Jo Dunne and her neighbour Pete Cole, the bakery thrived.", Fact.Band.class).isEmpty());
    }

    @Test
    void foundersIntroducedByWhatTheyAreToEachOther() {
        List<String> b = facts("Last Night in Hull\n\nThe Copper Wrens were never meant to last. Formed in Hull in 2011 by two brothers, Al and Ben Roebuck, and a schoolfriend, "
                + "the drummer Cy Lockley, the trio made four albums." + GIGS, Fact.Band.class);
        for (String m : List.of("Ben Roebuck", "Cy Lockley", "Al")) assertTrue(b.contains("Copper Wrens|UNKNOWN|" + m + "|"), b.toString());
        // a player the band hires for the tour is no member
        assertTrue(facts("Last Night in Hull\n\nThe Copper Wrens were never meant to last. Formed in Hull in 2011 by two brothers, Al and Ben Roebuck, "
                + "the trio made four albums. Touring keyboardist Femi Oduya fills out the sound." + GIGS, Fact.Band.class).stream().noneMatch(x -> x.contains("Oduya")));
        // near miss: a charity is founded by brothers too
        assertTrue(facts("Formed in 2011 by two brothers, Al and Ben Roebuck, the charity feeds the town." + GIGS, Fact.Band.class).isEmpty());
    }

    @Test
    void aMemberWithANicknameInQuotes() {
        List<String> b = facts("Forty Years of Noise\n\nFormed in 1983 by vocalist Kev \"The Bishop\" Dorrance and guitarist Stu Pellow, Rust Choir made nine albums." + GIGS, Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.contains("|Kev \"The Bishop\" Dorrance|")), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.contains("|Kev|") || x.contains("|Dorrance|")), b.toString());
    }

    @Test
    void theGroupPointsBackAtThePluralNameBeforeIt() {
        String text = "About forty minutes in, the camera finds four lads in eyeliner tuning up. That is the Tin Harriers in 1972. "
                + "Guitarist Rob Vantage, the group's hard man, is played by Dev Anand-Rees.";
        List<String> b = facts(text + GIGS, Fact.Band.class);
        assertTrue(b.contains("Tin Harriers|UNKNOWN|Rob Vantage|"), b.toString());
        // "the group's hard man" is a man, not a band
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Guitarist")), b.toString());
        // near misses: no talk of music; the plural name comes after the words that point back
        assertTrue(facts(text, Fact.Band.class).isEmpty());
        assertTrue(facts("Guitarist Rob Vantage, the group's hard man, is played by Dev Anand-Rees. That is the Tin Harriers in 1972." + GIGS, Fact.Band.class)
                .stream().noneMatch(x -> x.startsWith("Tin Harriers|")));
    }

    @Test
    void aLineUpOfInstrumentPlayersAfterAColon() {
        List<String> b = facts("The Crows were her road band for a decade: fiddle player Ned Hay (Tim Ross), steel guitar player Al Venn (Rob Ide), "
                + "and the drummer, Sid Lowe, played by Ken Orr." + GIGS, Fact.Band.class);
        for (String m : List.of("Ned Hay", "Al Venn", "Sid Lowe")) assertTrue(b.contains("Crows|UNKNOWN|" + m + "|"), b.toString());
        // the actors, in brackets or after "played by", are no members
        for (String a : List.of("Tim Ross", "Rob Ide", "Ken Orr")) assertTrue(b.stream().noneMatch(x -> x.contains(a)), b.toString());
    }

    @Test
    void countedPeopleOfAPluralName() {
        assertTrue(facts("The film follows the four young men of the Night Owls on the road." + GIGS, Fact.Band.class).contains("Night Owls|UNKNOWN||"));
        // near misses: not counted; not a review about music
        assertTrue(facts("The film follows the young men of the Night Owls on the road." + GIGS, Fact.Band.class).isEmpty());
        assertTrue(facts("The film follows the four young men of the Highlanders as they march to the sea.", Fact.Band.class).isEmpty());
    }

    @Test
    void aCharacterOfTheGroupAndOneWhoSingsAndWritesTheSongs() {
        List<String> b = facts("The Night Owls were a trio from Ohio. Mae (Ana Pryce) is the baby of the group, and her sister Lou (Kim Hart), who sings "
                + "and writes most of the songs, is the boss." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Night Owls|UNKNOWN|Mae|"), b.toString());
        assertTrue(b.contains("Night Owls|UNKNOWN||Lou"), b.toString());
        // near miss: the baby of the family is no member
        assertTrue(facts("The Night Owls were a trio from Ohio. Mae (Ana Pryce) is the baby of the family." + GIGS, Fact.Band.class).stream().noneMatch(x -> x.contains("Mae")));
    }

    @Test
    void aRolesModifierOpeningASentenceIsNoBandAndChartSuccessMakesOne() {
        List<String> b = facts("The Tidewaters never had a number one, but they were loud. Lead singer Ricky Dane was the star; the band's bass player, "
                + "Eddie Moss, was the sensible one." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Tidewaters|UNKNOWN||"), b.toString());
        assertTrue(b.contains("Tidewaters|UNKNOWN|Ricky Dane|"), b.toString());
        assertTrue(b.contains("Tidewaters|UNKNOWN|Eddie Moss|"), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Lead|")), b.toString());
        // near miss: a family that had a hit with its shop is no band outside a review about music
        assertTrue(facts("The Pattersons never had a hit with the bakery.", Fact.Band.class).isEmpty());
    }

    @Test
    void aRecordProducerSomeoneOwnsAndThePossessorOfAnAgent() {
        List<String> c = facts("The film follows the trio and their producer, Marcus Hale, through the studio years. Its songs and albums and gigs were "
                + "loud. Much of the footage was shot by Hale's cousin on a camcorder. Directed by Keira Mount.", Fact.Crew.class);
        assertTrue(c.contains("Keira Mount|DIRECTOR"), c.toString());
        assertTrue(c.stream().noneMatch(x -> x.contains("Hale")), c.toString());
        // near misses: a film's producer by name; a director who owns the film
        assertTrue(facts("The film was produced by Marcus Hale. Its songs and albums and gigs were loud.", Fact.Crew.class).contains("Marcus Hale|PRODUCER"));
        assertTrue(facts("Director Keira Mount's Zorya is a small film about a border town.", Fact.Crew.class).contains("Keira Mount|DIRECTOR"));
    }

    @Test
    void aBandLedByItsMembersUnderAShortNameAndALineUpCompleted() {
        List<String> b = facts("For one winter the Lenox Street Six were the hottest jazz band in town. The Six were led by trumpeter Cal Brooks and his wife, "
                + "pianist Ida Brooks. Saxophonist Walt Pryor and a teenage trombonist named Eddie Crane completed the line-up." + GIGS, Fact.Band.class);
        for (String m : List.of("Cal Brooks", "Ida Brooks", "Walt Pryor", "Eddie Crane")) assertTrue(b.contains("Lenox Street Six|UNKNOWN|" + m + "|"), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.startsWith("Six|")), b.toString());
    }

    @Test
    void theBandsLeaderWithAnAgeAndARapperFromACity() {
        List<String> b = facts("The house band, the Palace Swing Orchestra, played for the last time. The band's leader, 81-year-old clarinettist Harold Peel, "
                + "has played since 1962." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Palace Swing Orchestra|UNKNOWN|Harold Peel|"), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.startsWith("81-year-old")), b.toString());
        // near miss: a city before a solo artist's role is where the artist is from
        assertTrue(facts("The film tells the story of the Atlanta rapper Kid Vega." + GIGS, Fact.Band.class).isEmpty());
    }

    @Test
    void theDebutOfADirectorAndOneWhoHasACoWriter() {
        assertTrue(facts("Signal Lost, the feature debut of British director Tom Okafor, is slow.", Fact.Crew.class).contains("Tom Okafor|DIRECTOR"));
        List<String> w = facts("The film is directed by Sigrid Aas. Aas and her co-writer, Will Fenn, know how to build tension.", Fact.Crew.class);
        assertTrue(w.contains("Aas|WRITER"), w.toString());
        // near misses: someone else's relative; a husband is no co-writer
        assertTrue(facts("She is the daughter of director Tom Okafor.", Fact.Crew.class).isEmpty());
        assertFalse(facts("The film is directed by Sigrid Aas. Aas and her husband, Will Fenn, know how to build tension.", Fact.Crew.class).contains("Aas|WRITER"));
    }

    @Test
    void aFounderWithARoleThenOneIntroducedAsKinAndTheSongsNearlyAllTheirs() {
        List<String> b = facts("Loud Streets\n\nThe Tin Larks were never famous. Formed in a Leeds youth club in 1979 by singer Dez Harrower and his cousin, "
                + "guitarist Gaz Pellew, the band made two singles. Harrower, who wrote nearly all the songs, is the reluctant star." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Tin Larks|UNKNOWN|Dez Harrower|") && b.contains("Tin Larks|UNKNOWN|Gaz Pellew|"), b.toString());
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Tin Larks|") && x.endsWith("|Harrower")), b.toString());
        // near miss: a bakery is founded by a cousin too
        assertTrue(facts("Founded in a Leeds back street in 1979 by baker Dez Harrower and his cousin, chef Gaz Pellew, the bakery thrived.", Fact.Band.class).isEmpty());
    }

    @Test
    void aBandNamedForItsLeaderWithACountAndItsPlayers() {
        List<String> b = facts("Blue Sessions\n\nIn 1961 the Halvorsen Four recorded one album of jazz songs and vanished. Bassist Clem Royce, 89, does the talking, "
                + "and the pianist, Agnes Pettigrew, supplies the laughs. The band's leader, the saxophonist Horace Halvorsen, died in 1974. "
                + "The title track, 'Blue Hour', written by Halvorsen for his wife, is a stunner." + GIGS, Fact.Band.class);
        for (String m : List.of("Clem Royce", "Agnes Pettigrew", "Horace Halvorsen")) assertTrue(b.contains("Halvorsen Four|UNKNOWN|" + m + "|"), b.toString());
        assertTrue(b.contains("Halvorsen Four|UNKNOWN||Halvorsen"), b.toString());
        // near miss: a nickname with a count and no person's name is no band of its own
        assertTrue(facts("Blue Sessions\n\nIn 1961 the Sunny Four recorded one album of jazz songs and vanished." + GIGS, Fact.Band.class)
                .stream().noneMatch(x -> x.startsWith("Sunny Four")));
    }

    @Test
    void aBandLedByASingerPastAnAsideBetweenDashes() {
        List<String> b = facts("Electric\n\nThe Neon Curates \u2013 four lads from Stockport who briefly ruled the charts \u2013 are led by singer Danny Kilbride." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Neon Curates|UNKNOWN|Danny Kilbride|"), b.toString());
        // near miss: a sentence, not an aside, between the band and "led by"
        List<String> n = facts("Electric\n\nThe Neon Curates ruled the charts. The city council is led by mayor Danny Kilbride." + GIGS, Fact.Band.class);
        assertTrue(n.stream().noneMatch(x -> x.contains("Kilbride")), n.toString());
    }

    @Test
    void aPlayerDescribedThenNamedAndARealLifeSongwriterWhoIsNoMember() {
        List<String> b = facts("Iron Lungs\n\nGrave Orchid, a fictional metal band, play every pub in Birmingham. Guitarist Baz (Owain Pryce) writes the riffs; "
                + "and the drummer, a gentle giant called Tiny, is Kwesi Amankwah-Lorde. The songs, written by real-life guitarist Rob Trevelyan, are heavy." + GIGS, Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Grave Orchid|") && x.contains("|Tiny|")), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.contains("Trevelyan")), b.toString());
    }

    @Test
    void aFamilyBandsMembersBearItsNameOrAreItsSistersAndItsAccompanistIsNone() {
        List<String> b = facts("The Singing Strand\n\nFor forty years the Kettering Sisters have been a secret of folk music. Elder sister Rhona Kettering writes the songs and plays fiddle; "
                + "younger sister Kirsty sings. Their longtime accompanist, the guitarist Donnie MacAulish, has his own moments." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Kettering Sisters|UNKNOWN|Rhona Kettering|") && b.contains("Kettering Sisters|UNKNOWN|Kirsty|"), b.toString());
        assertTrue(b.contains("Kettering Sisters|UNKNOWN||Rhona Kettering"), b.toString());
        assertTrue(b.stream().noneMatch(x -> x.contains("MacAulish")), b.toString());
        // near miss: a band not named for a family takes no sisters
        List<String> n = facts("The Singing Strand\n\nFor forty years the Larks have been a secret of folk music. Her sister Kirsty sings at home." + GIGS, Fact.Band.class);
        assertTrue(n.stream().noneMatch(x -> x.contains("Kirsty")), n.toString());
    }

    @Test
    void songwriterBeforeAnotherRoleAndTheBandsSongsWrittenBySomeone() {
        List<String> b = facts("The Glass Hares are a scruffy four-piece from Hull. Songwriter and guitarist Ivo Pell writes every song they play."
                + " The band's songs, written for the film by Nadia Okri-Lund, are good." + GIGS, Fact.Band.class);
        assertTrue(b.contains("Glass Hares|UNKNOWN||Ivo Pell") && b.contains("Glass Hares|UNKNOWN||Nadia Okri-Lund"), b.toString());
        // near misses: a script written by someone is no song, and a songwriter's role after the name makes no songwriter of what follows
        List<String> n = facts("The Glass Hares are a scruffy four-piece from Hull. The band's story, written for the film by Nadia Okri-Lund, is thin."
                + " Guitarist Ivo Pell, a songwriter, and drummer Cal Moy play." + GIGS, Fact.Band.class);
        assertTrue(n.stream().noneMatch(x -> x.endsWith("|Nadia Okri-Lund") || x.endsWith("|Cal Moy")), n.toString());
    }

    @Test
    void aRapCollectiveIsABandAndAKindOfTrioIsNoName() {
        List<String> b = facts("This documentary is about the Gutter Saints, the Leeds rap collective whose tapes sold out everywhere." + GIGS, Fact.Band.class);
        assertTrue(b.stream().anyMatch(x -> x.startsWith("Gutter Saints|")), b.toString());
        List<String> t = facts("This biopic of the Velvet Larks – the all-female Motown-era trio who scored eleven hits – is fun." + GIGS, Fact.Band.class);
        assertTrue(t.stream().noneMatch(x -> x.startsWith("Motown-era")), t.toString());
        // near miss: a film crew is no band, whatever the review says about music
        List<String> n = facts("It was shot by the Dockside Crew, a film crew from Leeds." + GIGS, Fact.Band.class);
        assertTrue(n.stream().noneMatch(x -> x.startsWith("Dockside Crew")), n.toString());
    }
}
