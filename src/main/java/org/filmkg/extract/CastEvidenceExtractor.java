package org.filmkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.filmkg.extract.PersonMentions.Person;
import org.filmkg.extract.PersonMentions.PersonMention;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenSpan;

/**
 * Cast by evidence. Every person the review names is a candidate; each of their mentions collects cues from the
 * dependency parse and the words around it ({@code cast-cues.tsv}: name, weight, meaning), and a person whose distinct
 * cues reach the threshold is cast. Roles attach through the parse ("X as Y", "X plays Y", "Y, played by X",
 * "X's turn as Y"), so a character or a description is tied to the actor the sentence ties it to. The surface patterns
 * of {@link CastExtractor} are one more cue ("pattern"): their statements stand only where the negative cues (a
 * comparison, another work, a character's name) do not pull the person under the threshold. The deciding cues and
 * the score go into each statement's evidence.
 */
public final class CastEvidenceExtractor implements Extractor {
    /** A cue's weight and meaning, from {@code cast-cues.tsv}. */
    public record Cue(String name, int weight, String meaning) {}

    public static final Map<String, Cue> CUES = cues();
    public static final int THRESHOLD = CUES.get("threshold").weight();
    private static final Map<String, Set<String>> WORDS = Lexicon.WORD_CLASSES;

    /** A role the parse ties to a mention: a character name, a description, or both. */
    record Role(TokenSpan character, TokenSpan description) {}

    /** A cue that fired on a mention, with the role it found (may be null). */
    record Hit(String cue, Role role) {}

    private final CastExtractor patterns = new CastExtractor();

    @Override
    public String name() {
        return "cast";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> needs() {
        return java.util.Set.of(Fact.Film.class, Fact.Crew.class, Fact.ReviewInfo.class);
    }

    @Override
    public java.util.Set<Class<? extends Fact>> provides() {
        return java.util.Set.of(Fact.Cast.class);
    }

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        List<Fact.Cast> byPattern = new ArrayList<>();
        for (Fact f : patterns.extract(doc, ctx)) byPattern.add((Fact.Cast) f);
        List<PersonMention> mentions = new ArrayList<>(PersonMentions.find(doc));
        mentions.addAll(creditListNames(doc, mentions));
        List<CreditBlocks.Pair> creditPairs = CreditBlocks.read(doc);
        for (CreditBlocks.Pair c : creditPairs)
            if (mentions.stream().noneMatch(m -> overlaps(m.span(), c.actor()))) mentions.add(new PersonMention(c.actor(), false));
        // "Character (Actor)" patterns read a credit list's "Actor (Character)" the wrong way round
        byPattern.removeIf(c -> c.character() != null && c.evidence().rule().endsWith("char-paren") && mentions.stream()
                .anyMatch(m -> m.span().begin() <= c.character().begin() && c.character().begin() < m.span().endChar() && creditLine(m.span().sentence(), m.span())));
        // … and prose's "Full Name (Firstname)" too: a full name outside, one character word inside
        Set<String> surnames = Names.surnames(doc);
        byPattern.removeIf(c -> c.character() != null && c.evidence().rule().endsWith("char-paren") && mentions.stream()
                .anyMatch(m -> m.span().begin() == c.character().begin() && bracketedCharacter(m.span().sentence(), m.span(), surnames) != null));
        Map<PersonMention, List<Hit>> hits = new LinkedHashMap<>();
        for (PersonMention m : mentions) hits.put(m, new ArrayList<>(positiveCues(doc, m, ctx, surnames)));
        // "Ruth Vale – Jane Roe" in a credit block: the block says which column is the actors
        for (CreditBlocks.Pair c : creditPairs)
            for (PersonMention m : mentions) if (overlaps(m.span(), c.actor())) hits.get(m).add(new Hit("credit-block", new Role(c.character(), null)));
        ensembleLists(doc, mentions, hits);
        pronounSubjects(doc, mentions, hits, ctx);

        // names that are some actor's role are characters, not performers
        Set<String> characters = rolesNamed(hits);
        for (Fact.Cast c : byPattern) if (c.character() != null) characters.add(Names.fold(c.character().text()));
        // "X is Marta's sharp-tongued mother-in-law": a copula to a role a character of this review owns is a part
        for (List<Hit> hs : hits.values()) {
            List<Hit> more = new ArrayList<>();
            for (Hit h : hs)
                if (h.cue().equals("copula-role") && (ownedByCharacter(h.role().description(), characters) || relationOwnedByPronoun(doc, h.role().description())))
                    more.add(new Hit("character-relation", h.role()));
            hs.addAll(more);
        }

        List<Person> people = PersonMentions.group(mentions);
        Map<Person, List<Fact.Cast>> patternFacts = new LinkedHashMap<>();
        List<Fact.Cast> unplaced = new ArrayList<>();
        for (Fact.Cast c : byPattern) {
            Person p = personOf(people, c.actor());
            if (p == null) unplaced.add(c);
            else patternFacts.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
        }
        Map<Person, Set<String>> cues = new LinkedHashMap<>();
        for (Person p : people) {
            Set<String> cs = cuesOf(p, hits, characters, ctx);
            if (patternFacts.containsKey(p)) cs.add("pattern");
            cues.put(p, cs);
        }
        // one round of list propagation: "A, B and C" where the other cues cast one of them
        Set<PersonMention> castMentions = new HashSet<>();
        for (Person p : people) if (score(cues.get(p)) >= THRESHOLD) castMentions.addAll(p.mentions());
        for (Person p : people) {
            if (score(cues.get(p)) >= THRESHOLD || cues.get(p).contains("is-character") || cues.get(p).contains("reviewer")) continue;
            for (PersonMention m : p.mentions()) if (listedWith(m, castMentions)) cues.get(p).add("listed-with-cast");
        }

        // a pattern's statement about a name no mention covers (NER and the fallback both missed it) stands as it is
        List<Fact> out = new ArrayList<>(unplaced);
        Set<String> seen = new HashSet<>();
        for (Fact.Cast c : unplaced) seen.add(key(c.actor().text(), c.character(), c.description()));
        for (Person p : people) {
            Set<String> cs = cues.get(p);
            int score = score(cs);
            if (score < THRESHOLD) continue;
            String why = "cues " + String.join("+", cs) + "; score " + score;
            boolean any = false;
            // what this person's statements already say: characters and description spans
            Set<String> characterOf = new HashSet<>();
            List<Mention> descriptions = new ArrayList<>();
            for (Fact.Cast c : patternFacts.getOrDefault(p, List.of())) {
                Evidence e = c.evidence();
                Mention actor = c.actor();
                Mention character = fullCharacter(doc, people, cues, c.character());
                if (character != null && characterOf.contains(Names.fold(character.text())) && c.description() == null) continue;
                out.add(new Fact.Cast(actor, character, c.description(), new Evidence(e.begin(), e.end(), e.rule(), why)));
                if (character != null) characterOf.add(Names.fold(character.text()));
                if (c.description() != null) descriptions.add(c.description());
                any = true;
            }
            for (PersonMention m : p.mentions()) {
                for (Hit h : hits.get(m)) {
                    if (h.role() == null) continue;
                    // ("Newlyweds (A and B)": a capitalised common noun read as a name is a description)
                    Role role = h.role().character() != null && h.role().description() == null && commonNounAsName(h.role().character())
                            ? new Role(null, h.role().character()) : h.role();
                    Mention ch = role.character() == null ? null : fullCharacter(doc, people, cues, Mention.of(doc, role.character()));
                    Mention de = role.description() == null ? null : Mention.of(doc, role.description());
                    // a role named like the actor is a misreading, unless the review says they play themselves
                    if (ch != null && Names.fold(ch.text()).equals(Names.fold(m.text())) && !h.cue().equals("as-themselves")) continue;
                    // nothing new: a character already tied to the person, a description overlapping one already found
                    boolean newCharacter = ch != null && characterOf.stream().noneMatch(k -> Names.sameCharacter(k, Names.fold(ch.text())));
                    boolean newDescription = de != null && descriptions.stream().noneMatch(d -> d.begin() < de.end() && de.begin() < d.end());
                    // "as her CEO, a man who says 'disruption' a lot": a second description in apposition to the first (looked
                    // for even where the first is already known, from a pattern)
                    TokenSpan second = ch == null && de != null ? secondDescription(role.description()) : null;
                    if (newCharacter || newDescription) {
                        if (ch != null) characterOf.add(Names.fold(ch.text()));
                        if (de != null) descriptions.add(de);
                        if (seen.add(key(p.key(), ch, de))) {
                            out.add(new Fact.Cast(Mention.of(doc, m.span()), ch, de, evidence(m.span(), role, why)));
                            any = true;
                        }
                    }
                    if (second != null && descriptions.stream().noneMatch(d -> d.begin() < second.endChar() && second.begin() < d.end())
                            && seen.add(key(p.key(), null, Mention.of(doc, second)))) {
                        Mention de2 = Mention.of(doc, second);
                        descriptions.add(de2);
                        out.add(new Fact.Cast(Mention.of(doc, m.span()), null, de2, evidence(m.span(), new Role(null, second), why)));
                        any = true;
                    }
                }
            }
            // "Trask is the elder" after "Imogen Trask": statements keep the name as written, and the full name gets one of
            // its own, so resolution ties the short name to it
            String full = Names.fold(p.fullest().text());
            if (any && out.stream().noneMatch(f -> f instanceof Fact.Cast c && Names.fold(c.actor().text()).equals(full))) any = false;
            if (!any) {
                PersonMention m = p.fullest();
                if (seen.add(key(p.key(), null, null)))
                    out.add(new Fact.Cast(Mention.of(doc, m.span()), null, null, evidence(m.span(), null, why)));
            }
        }
        return documentary(doc) ? withoutTitles(out) : out;
    }

    private static final java.util.regex.Pattern TITLE_BEFORE_NAME = java.util.regex.Pattern.compile("^(?:Dr\\.?|Doctor|Prof\\.?|Professor)\\s+(?=\\S+\\s+\\S)");

    /** "we meet the marine biologist Dr Ingrid X": in a documentary, people appear under their own names, without the title. */
    private static List<Fact> withoutTitles(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            java.util.regex.Matcher t = f instanceof Fact.Cast c ? TITLE_BEFORE_NAME.matcher(c.actor().text()) : null;
            if (t == null || !t.find()) {
                out.add(f);
                continue;
            }
            Fact.Cast c = (Fact.Cast) f;
            Mention actor = new Mention(c.actor().text().substring(t.end()), c.actor().begin() + t.end(), c.actor().end());
            out.add(new Fact.Cast(actor, c.character(), c.description(), c.evidence()));
        }
        return out;
    }

    /**
     * "Achebe's Ruby" in a review that names "soul singer Ruby Dawes": a one-word character that is part of a full name
     * given elsewhere (two or three words, of someone not cast) is that full name.
     */
    private static Mention fullCharacter(Doc doc, List<Person> people, Map<Person, Set<String>> cues, Mention ch) {
        if (ch == null || ch.text().contains(" ")) return ch;
        Person byWord = null;
        int found = 0;
        for (Person p : people) {
            int n = p.fullest().span().size();
            if (n < 2 || n > 3 || score(cues.get(p)) >= THRESHOLD || !p.fullest().span().tokens().stream().allMatch(t -> t.isPerson() && t.tag().startsWith("NNP"))) continue;
            for (PersonMention m : p.mentions())
                if (m.span().begin() <= ch.begin() && ch.end() <= m.span().endChar()) return Mention.of(doc, p.fullest().span());
            // (where NER did not tag this mention, the one full name whose first or last word it is)
            TokenSpan f = p.fullest().span();
            if (f.first().word().equals(ch.text()) || f.last().word().equals(ch.text())) {
                byWord = p;
                found++;
            }
        }
        return found == 1 ? Mention.of(doc, byWord.fullest().span()) : ch;
    }

    static int score(Set<String> cues) {
        int s = 0;
        for (String c : cues) s += CUES.get(c).weight();
        return s;
    }

    private static String key(String actor, Mention character, Mention description) {
        return Names.fold(actor) + "|" + (character == null ? "" : Names.fold(character.text())) + "|" + (description == null ? "" : description.begin());
    }

    /** The person a pattern's actor mention is: the mention it overlaps, else the one with its folded name. */
    private static Person personOf(List<Person> people, Mention actor) {
        for (Person p : people)
            for (PersonMention m : p.mentions()) if (m.span().begin() < actor.end() && actor.begin() < m.span().endChar()) return p;
        String a = Names.fold(actor.text());
        for (Person p : people) if (p.key().equals(a)) return p;
        return null;
    }

    private static Evidence evidence(TokenSpan actor, Role role, String why) {
        int b = actor.begin();
        int e = actor.endChar();
        if (role != null) {
            for (TokenSpan t : new TokenSpan[] {role.character(), role.description()}) {
                if (t == null) continue;
                b = Math.min(b, t.begin());
                e = Math.max(e, t.endChar());
            }
        }
        return new Evidence(b, e, "cast.evidence", why);
    }

    /** The distinct cues of one person: the positive ones of every mention, then the negative ones. */
    private static Set<String> cuesOf(Person p, Map<PersonMention, List<Hit>> hits, Set<String> characters, ReviewContext ctx) {
        Set<String> out = new TreeSet<>();
        // a mention that is a comparison target ("dances like X") says nothing for or against X elsewhere
        for (PersonMention m : p.mentions()) if (!compared(m.span())) for (Hit h : hits.get(m)) out.add(h.cue());
        // untagged name-shaped runs need a cue that names a performance outright
        if (p.mentions().stream().noneMatch(PersonMention::ner) && out.stream().noneMatch(c -> CUES.get(c).weight() >= THRESHOLD)) out.clear();
        // a lone untagged word ("Prince plays …") needs a verb of acting, not only a list, a label or an "as"
        if (p.mentions().stream().allMatch(m -> !m.ner() && m.span().size() == 1)
                && out.stream().noneMatch(c -> c.matches("performing-verb|played-by|gives-performance"))) out.clear();
        String full = p.fullest().text();
        // (or the end of a character's name after a title: "George III" of "King George III")
        if (p.mentions().stream().anyMatch(m -> characters.contains(Names.fold(m.text())) || titledCharacter(characters, Names.fold(m.text()))) || characters.contains(p.key()))
            out.add("is-character");
        if (ctx.isCrew(full)) out.add("crew");
        if (ctx.isReviewer(full)) out.add("reviewer");
        if (ctx.isFilmTitle(full)) out.add("is-character");
        if (p.mentions().stream().allMatch(m -> compared(m.span()))) out.add("compared");
        if (p.mentions().stream().anyMatch(m -> namesABand(m.span()))) out.add("is-band");
        // "X, best known for Y, is a revelation as Z": an aside about another work is biography when the same
        // mention's clause casts the person here
        for (PersonMention m : p.mentions())
            if (anotherWork(m.span(), ctx) || knownFor(m.span()) && hits.get(m).stream().noneMatch(h -> CUES.get(h.cue()).weight() >= 2)) out.add("another-work");
        return out;
    }

    /** "her band, the Tin Larks, who …": a name in apposition to a word for a band is the band's. */
    private static boolean namesABand(TokenSpan m) {
        Sentence s = m.sentence();
        Token g = s.head(m.head());
        if (m.head().rel().equals("appos") && g != null && g.isLowercaseWord() && Lexicon.BAND_NOUNS.contains(Lexicon.singular(g.word().toLowerCase(Locale.ROOT)))) return true;
        int k = m.start() - 1;
        if (k >= 0 && s.get(k).word().matches("(?i)the")) k--;
        return k >= 1 && s.get(k).word().equals(",") && s.get(k - 1).isLowercaseWord() && Lexicon.BAND_NOUNS.contains(Lexicon.singular(s.get(k - 1).word().toLowerCase(Locale.ROOT)));
    }

    // ---- positive cues of one mention ----

    /** A title-case line standing alone ("Jane Roe's Chance to Shine"): capitals say nothing there. */
    private static boolean headline(Doc doc, Sentence s) {
        if (s.size() > 15 || !CastExtractor.isHeadline(s)) return false;
        // a Title Case headline capitalises its verbs too; a lower-case verb makes it a sentence full of names
        if (s.tokens().stream().anyMatch(t -> t.tag().matches("VB[DPZ]") && t.isLowercaseWord())) return false;
        String t = doc.text();
        boolean startsLine = s.begin() == 0 || t.charAt(s.begin() - 1) == '\n' || t.lastIndexOf('\n', s.begin()) >= 0
                && t.substring(t.lastIndexOf('\n', s.begin()) + 1, s.begin()).isBlank();
        int nl = t.indexOf('\n', s.end());
        boolean endsLine = nl < 0 ? t.substring(s.end()).isBlank() : t.substring(s.end(), nl).isBlank();
        return startsLine && endsLine;
    }

    private static List<Hit> positiveCues(Doc doc, PersonMention pm, ReviewContext ctx, Set<String> surnames) {
        List<Hit> out = new ArrayList<>();
        TokenSpan m = pm.span();
        Sentence s = m.sentence();
        Token h = m.head();
        Token gov = s.head(h);
        String rel = h.rel();
        // "whose Hattie is a marvel", "her Teddy": a name someone owns is a character, not a performer
        if (s.children(h, "nmod:poss").stream().anyMatch(o -> o.tag().matches("PRP\\$|WP\\$"))) return out;
        // "The Polish soprano X sings …": the parser may make the title the subject and hang the name on it
        if (rel.matches("dep|appos") && gov != null && gov.index() == m.start() - 1 && gov.isLowercaseWord() && gov.tag().startsWith("NN")
                && Lexicon.isPersonNoun(gov.word()) && gov.rel().startsWith("nsubj") && s.head(gov) != null) {
            rel = gov.rel();
            gov = s.head(gov);
        }
        // "A and B are wonderful as …", "a cast that includes A and B": a conjunct of a name shares its relation
        int conjunct = 0;
        // ("turns from A and B": the preposition hangs on the first conjunct)
        Token first = h;
        if (rel.startsWith("conj") && gov != null && Names.isNameToken(gov) && gov.tag().startsWith("NNP")
                && (gov.rel().matches("nsubj|obj|obl.*|nmod(?!:poss).*") || agentNoun(s, gov) != null)) {
            conjunct = (int) s.children(gov).stream().filter(k -> k.rel().startsWith("conj") && k.index() <= h.index()).count();
            first = gov;
            rel = gov.rel();
            gov = s.head(gov);
        }
        // "played by real-life siblings A and B": the names hang on a noun for people, which is the agent
        Token agent = agentNoun(s, first);
        if (agent != null) {
            first = agent;
            rel = agent.rel();
            gov = s.head(agent);
        }
        // "Her regular collaborator, X, plays the foreman": a name in apposition to its clause's subject is that subject
        // (not after a role noun: "her husband, Tom, plays the piano" speaks of a character, unless the role is the
        // crew's, "the director's regular collaborator, X", or a documentary's people are real: "her sister, X, is its heart")
        if (conjunct == 0 && rel.equals("appos") && gov != null && gov.index() < h.index() && gov.rel().equals("nsubj") && gov.tag().startsWith("NN")
                && gov.isLowercaseWord() && s.head(gov) != null && (!Lexicon.isRoleNoun(gov.word()) || is("actor-noun", gov)
                        || documentary(doc) && !Lexicon.BAND_NOUNS.contains(gov.word().toLowerCase(Locale.ROOT))
                        || s.children(gov, "nmod:poss").stream().anyMatch(o -> o.isPerson() && ctx.isCrew(o.word())))) {
            rel = gov.rel();
            gov = s.head(gov);
        }
        // "X, channelling Y, hams it up as …": after an aside the parser may hang the name's own finite verb on the name
        if (conjunct == 0 && !rel.startsWith("nsubj"))
            for (Token v : s.children(h))
                if (v.rel().matches("acl|dep|parataxis") && v.tag().matches("VB[DZP]") && v.index() > h.index() + 1 && s.get(v.index() - 1).word().equals(",")
                        && s.children(v, "nsubj").isEmpty() && !passiveAgent(s, v)) {
                    rel = "nsubj";
                    gov = v;
                    break;
                }
        // "…, and the great X has a ball as the villain": a finite verb right after the name, with no subject of its own,
        // is the name's, wherever the parser hung the name
        // ("…, and X has a nice turn as …" even where the parser gives the verb an earlier subject: after "and" or "but"
        // the name opens its own clause)
        if (!rel.startsWith("nsubj") && m.end() < s.size() && s.get(m.end()).tag().matches("VB[DZ]")
                && (s.children(s.get(m.end()), "nsubj").isEmpty() || m.start() > 0 && s.get(m.start() - 1).word().matches("and|but")
                        && s.children(s.get(m.end()), "nsubj").stream().allMatch(k -> k.index() < m.start()))
                && !s.get(m.end()).rel().matches("aux.*|cop")) {
            rel = "nsubj";
            gov = s.get(m.end());
        }
        // "…, and Ben Sutter is sweet as her best friend": "is" and the predicate right after the name are its own
        if (!rel.startsWith("nsubj") && m.end() + 1 < s.size() && s.get(m.end()).rel().equals("cop") && s.get(m.end() + 1).tag().startsWith("JJ")
                && s.get(m.end()).head() == m.end() + 1 && s.children(s.get(m.end() + 1), "nsubj").isEmpty()) {
            rel = "nsubj";
            gov = s.get(m.end() + 1);
        }
        // "The femme fatale, a nightclub singer called Vera, is X": a role whose character is named, said by a copula to be
        // the name (without the character's name, "The hero is Cole Vane" may name the character itself)
        if (gov == null && s.children(h, "cop").stream().anyMatch(c -> c.lemma().equals("be")))
            for (Token subj : s.children(h, "nsubj"))
                if (subj.isLowercaseWord() && subj.tag().startsWith("NN") && !Lexicon.JOBS.containsKey(subj.word().toLowerCase(Locale.ROOT))) {
                    TokenSpan d = descriptionSpan(s, subj);
                    Role r = d == null ? null : withNamedCharacter(s, subj, d);
                    // ("The old neighbour Mr Gowan, who knows more than he says, is X": the name right after the noun)
                    if (r != null && r.character() == null && d.end() < s.size() && !is("actor-noun", subj) && !is("voice-type", subj)) {
                        TokenSpan n = Names.properNameRun(s, d.end());
                        if (n != null && n.start() == d.end() && s.head(n.head()) == subj) r = new Role(n, d);
                    }
                    if (r != null && r.character() != null) out.add(new Hit("copula-character", r));
                }
        // "Opposite her, X brings …": the parser may read the pronoun as the subject and the name as its apposition
        if (conjunct == 0 && rel.equals("appos") && gov != null && gov.tag().equals("PRP") && gov.rel().equals("nsubj") && gov.index() < h.index() && s.head(gov) != null) {
            rel = "nsubj";
            gov = s.head(gov);
        }
        // "X leads / heads the cast", "a cast that includes X", "the ensemble features X"
        if (gov != null && castMembership(s, gov, rel)) out.add(new Hit("cast-membership", null));
        // "the supporting cast, including X and Y": a cast noun that names its members
        if (gov != null && (rel.startsWith("nmod") || rel.startsWith("obl")) && s.caseOf(first).matches("including|featuring|with") && is("cast-noun", gov) && gov.isLowercaseWord())
            out.add(new Hit("cast-membership", null));
        // "strong support from A and B"
        if (gov != null && (rel.startsWith("nmod") || rel.startsWith("obl")) && s.caseOf(first).equals("from") && gov.is("support") && praisedSupport(s, gov))
            out.add(new Hit("cast-membership", null));
        // "X and Y round out the cast" (the tagger often misreads "round"): read off the surface after the list
        if (roundsOutTheCast(s, m)) out.add(new Hit("cast-membership", null));
        // "The role of the lawyer goes to X", "the part of Ruth fell to X": a part given to the person
        if (gov != null && rel.startsWith("obl") && s.caseOf(first).equals("to") && gov.lemma().matches("(?i)go|fall"))
            for (Token subj : s.children(gov, "nsubj"))
                if (subj.lemma().matches("(?i)role|part"))
                    for (Token n : s.children(subj, "nmod"))
                        if (s.caseOf(n).equals("of")) {
                            Role r = roleAt(s, n, true);
                            if (r != null) out.add(new Hit("in-a-role", r));
                        }
        // "the guy who plays their landlord, X", "the actress playing his mother, X": the name in apposition to a part
        // that someone unnamed plays, or to that someone, is that someone (after a named actor, "X plays their landlord,
        // Rory", it is the part's)
        // ("the kid who plays her son, Caleb – X – …": a person set off by dashes after the part's name is the player, and
        // the name the part's)
        TokenSpan afterDash = m.end() + 1 < s.size() && s.get(m.end()).word().matches("[–—-]") ? Names.properNameRun(s, m.end() + 1) : null;
        boolean playerAfterDash = afterDash != null && Names.looksLikePerson(afterDash);
        Role dashed = playerAfterDashedPart(s, m);
        if (dashed != null) out.add(new Hit("performing-verb", dashed));
        if (gov != null && rel.equals("appos") && m.start() > 0 && s.get(m.start() - 1).word().equals(",") && !playerAfterDash) {
            Token part = null;
            if (gov.rel().equals("obj") && s.head(gov) != null && unnamedPlayer(s, s.head(gov), s.head(s.head(gov)))) part = gov;
            for (Token v : s.children(gov))
                if (part == null && v.index() < h.index() && unnamedPlayer(s, v, gov)) part = s.children(v, "obj").stream().findFirst().orElse(null);
            TokenSpan d = part != null && part.tag().startsWith("NN") && part.isLowercaseWord() && personOrCreature(part) ? descriptionSpan(s, part) : null;
            if (d != null) out.add(new Hit("performing-verb", new Role(null, d)));
        }

        // ("Rogue One: …" in quotes after an actor's name): an untagged name that opens a quotation is a title
        if (!pm.ner() && m.start() > 0 && s.get(m.start() - 1).word().matches("``|“|\"|‘")) return out;
        boolean credit = creditLine(s, m);
        // a credit list reads "Actor (Character)", the other way round from prose's "Character (Actor)"
        // ("A (Mrs. Vance)": a title NER leaves out of the person may stand between the bracket and the name)
        int creditOpen = m.start() - 1;
        while (creditOpen > 0 && m.start() - creditOpen <= 2 && Names.isNameToken(s.get(creditOpen)) && s.get(creditOpen).tag().startsWith("NNP")) creditOpen--;
        boolean creditCharacter = credit && creditOpen >= 1 && s.get(creditOpen).word().equals("(") && Names.isNameToken(s.get(creditOpen - 1));
        if (credit && !creditCharacter) out.add(new Hit("credit-label", creditRole(s, m)));
        if (headline(doc, s)) return out;
        if (rel.startsWith("nsubj") && gov != null) {
            java.util.Optional<Hit> acting = actingCue(s, gov, rel.equals("nsubj:pass"), "performing-verb", ctx);
            // "A and B play the stage manager and the understudy": the k-th subject plays the k-th part
            if (acting.isPresent() && conjunct > 0) {
                Role r = pairedObject(s, gov, conjunct);
                if (r != null) acting = java.util.Optional.of(new Hit(acting.get().cue(), r));
            }
            // "… a retired watchmaker named Ottoline Vane – opens a vault. X plays her.": a pronoun object with no part named
            // before it in the sentence stands for the part named in the sentence before
            if (acting.isPresent() && acting.get().role() == null && !rel.equals("nsubj:pass") && s.index() > 0 && gov.index() + 1 < s.size()
                    && s.get(gov.index() + 1).word().matches("(?i)him|her") && m.start() == 0) {
                Sentence prev = doc.sentences().get(s.index() - 1);
                Role r = namedBefore(prev, prev.size());
                if (r != null) acting = java.util.Optional.of(new Hit(acting.get().cue(), r));
            }
            acting.ifPresent(out::add);
            verbCues(s, m, gov, out);
            // "X makes a shrewd, funny Lady Thorne", "X makes a fine villain": to make a part is to play it (not "makes a
            // new friend", a story's event: a common noun needs praise)
            if (gov.lemma().equalsIgnoreCase("make"))
                for (Token o : s.children(gov, "obj"))
                    if (s.children(o, "det").stream().anyMatch(d -> d.is("a") || d.is("an"))) {
                        boolean named = Names.isNameToken(o) && o.tag().startsWith("NNP");
                        boolean praised = o.isLowercaseWord() && o.tag().startsWith("NN") && personOrCreature(o)
                                && s.children(o, "amod").stream().anyMatch(a -> is("praise-adjective", a));
                        Role r = named || praised ? roleAt(s, o, false) : null;
                        if (r != null) out.add(new Hit("gives-performance", r));
                    }
            // "X has the harder job, playing a man who barely speaks", "X shines, playing a widow": a participle of
            // acting after a comma, on the clause or its object, with no subject of its own, names X's role
            // ("X has the thankless job of playing the sensible one, Eli": the parser may hang "of playing" anywhere)
            for (int k = gov.index() + 1; k + 1 < s.size() && k <= gov.index() + 6; k++)
                if (s.get(k).is("of") && s.get(k + 1).tag().equals("VBG") && is("perform-verb", s.get(k + 1))) {
                    // (a person's part, not "the job of playing tennis")
                    Role r = phraseFrom(s, k + 2);
                    if (r != null && (r.character() != null || r.description() != null && (Lexicon.isPersonNoun(r.description().last().word()) || r.description().last().is("one"))))
                        out.add(new Hit("performing-verb", r));
                    break;
                }
            List<Token> heads = new ArrayList<>(List.of(gov));
            heads.addAll(s.children(gov, "obj"));
            for (Token base : heads)
                for (Token v : s.children(base))
                    if (v.rel().matches("acl|advcl|xcomp|dep") && v.tag().equals("VBG") && v.index() > h.index() && is("perform-verb", v)
                            && s.get(v.index() - 1).word().equals(",") && s.children(v, "nsubj").isEmpty()) {
                        Role r = roleOfVerb(s, v);
                        if (r != null) out.add(new Hit("performing-verb", r));
                    }
            if (is("give-verb", gov)) {
                for (Token o : s.children(gov, "obj")) if (is("performance-noun", o)) out.add(new Hit("gives-performance", asRole(s, gov, o)));
                // "X gives life to Y", "X brings Y to life": Y a character or a word for a person ("brings a culture to life" casts no one)
                List<Token> brought = new ArrayList<>();
                if (s.children(gov, "obj").stream().anyMatch(o -> o.is("life")))
                    for (Token o : s.children(gov, "obl")) if (s.caseOf(o).equals("to")) brought.add(o);
                if (s.children(gov, "obl").stream().anyMatch(o -> o.is("life") && s.caseOf(o).equals("to"))) brought.addAll(s.children(gov, "obj"));
                for (Token o : brought) {
                    // ("brings Mexico to life": a place is no part)
                    if (o.tag().startsWith("NNP") && !"O".equals(o.ner()) && !o.isPerson()) continue;
                    Role r = roleAt(s, o, false);
                    if (r != null) out.add(new Hit("gives-performance", r));
                }
                // "X brings a salty humour to Y, the ferry captain": a quality brought to a character named in the parse
                if (gov.lemma().equalsIgnoreCase("bring") && s.children(gov, "obj").stream().anyMatch(o -> o.isLowercaseWord() && !o.is("life")))
                    for (Token o : s.children(gov, "obl"))
                        if (s.caseOf(o).equals("to") && o.tag().startsWith("NNP") && o.isPerson()) out.add(new Hit("gives-performance", roleAt(s, o, false)));
                // "… brings his usual rumpled decency to the town's drunk sheriff": a quality (no person: "brings his
                // daughter to the doctor") brought to a role noun someone or "the" determines
                // ("a con-artist fox, to whom X lends a purring menace": the relative pronoun stands for the noun, a part or a
                // creature of an animation)
                if (gov.lemma().matches("(?i)bring|lend")
                        && s.children(gov, "obj").stream().anyMatch(o -> o.isLowercaseWord() && !o.is("life") && !Lexicon.isPersonNoun(o.word()) && !o.tag().equals("PRP")))
                    for (Token o : s.children(gov, "obl")) {
                        if (!s.caseOf(o).equals("to")) continue;
                        Token part = o.tag().matches("WP|WDT") && gov.rel().startsWith("acl") ? s.head(gov) : o;
                        if (part != null && (part.isLowercaseWord() && part.tag().equals("NN") && (Lexicon.isRoleNoun(part.word()) || part != o && personOrCreature(part)) || ageRank(s, part))) {
                            Role r = roleAt(s, part, true);
                            if (r != null) out.add(new Hit("gives-performance", r));
                        }
                    }
                // "X brings warmth to the role of Y"
                for (Token o : s.children(gov, "obl"))
                    if ((o.lemma().equalsIgnoreCase("role") || o.lemma().equalsIgnoreCase("part")) && s.caseOf(o).equals("to"))
                        for (Token n : s.children(o, "nmod")) if (s.caseOf(n).equals("of")) out.add(new Hit("gives-performance", roleAt(s, n, true)));
                if (gov.lemma().equalsIgnoreCase("turn") && s.children(gov, "compound:prt").stream().anyMatch(t -> t.is("in")))
                    out.add(new Hit("gives-performance", asRole(s, gov, null)));
            }
            // "X does fine work as Y", "X makes a strong impression as Y", "X lends her voice to Y"
            for (Token o : s.children(gov, "obj")) {
                if (!WORDS.get("performance-pair").contains(gov.lemma().toLowerCase(Locale.ROOT) + " " + o.lemma().toLowerCase(Locale.ROOT))) continue;
                // ("X does his best work as a critic" is a career, "X does fine work as the villain" a part)
                if (o.is("work") && !s.children(o, "nmod:poss").isEmpty()) continue;
                Role r = asRole(s, gov, o);
                if (r == null && o.is("voice"))
                    for (Token to : s.children(gov, "obl"))
                        if (s.caseOf(to).equals("to"))
                            // ("a fox named Ember, to whom X lends his voice": the relative pronoun stands for the noun)
                            r = to.tag().matches("WP|WDT") && gov.rel().startsWith("acl") && s.head(gov) != null ? roleAt(s, s.head(gov), false) : roleAt(s, to, false);
                // ("has a ball as the villain", "gets laughs as the planner" are performances; alone, a party or a joke)
                if (r == null && (o.is("ball") || o.is("blast") || o.is("fun") || o.lemma().equalsIgnoreCase("laugh"))) continue;
                // ("… a would-be drummer named Tommo gets a number of his own, and X makes the most of it": the part named
                // before in the sentence)
                if (r == null) r = namedBefore(s, gov.index());
                out.add(new Hit(o.is("voice") ? "performing-verb" : "gives-performance", r));
            }
            // "X has a small but memorable part as Y", "X lands the role of Y": a part the person has, with its role
            if (is("have-verb", gov))
                for (Token o : s.children(gov, "obj")) {
                    // ("X gets one great scene as a nurse": screen time with a role is a part)
                    if (!is("performance-noun", o) && !o.is("part") && !is("screen-time-noun", o)) continue;
                    Role r = asRole(s, gov, o);
                    if (r == null) for (Token n : s.children(o, "nmod")) if (s.caseOf(n).equals("of")) r = roleAt(s, n, true);
                    if (r != null) out.add(new Hit("gives-performance", r));
                }
            Role as = conjunct > 0 ? pairedAsRole(s, gov, conjunct) : asRole(s, gov, null);
            // "X directs herself as a widow", "X casts himself as Y": the person in the part is the subject (and acts as
            // well as directing, which outweighs the crew cue)
            if (as != null && gov.lemma().matches("(?i)direct|cast|write") && s.children(gov, "obj").stream().anyMatch(o -> Lexicon.isReflexive(o.word()))) {
                out.add(new Hit("performing-verb", as));
                out.add(new Hit("also-performs", as));
            }
            // "X gives the film a jolt of humour as the cook", "X brings menace as Y": a quality brought (not a person:
            // "gives him money as a gift") with a part a character or a person noun names
            // (the object read off the surface too, where a long sentence's parse loses it)
            boolean quality = s.children(gov, "obj").stream().anyMatch(o -> o.tag().startsWith("NN") && o.isLowercaseWord() && !Lexicon.isPersonNoun(o.word()))
                    || gov.index() + 2 < s.size() && s.get(gov.index() + 1).tag().matches("DT|PRP\\$") && s.get(gov.index() + 2).tag().startsWith("NN")
                            && s.get(gov.index() + 2).isLowercaseWord() && !Lexicon.isPersonNoun(s.get(gov.index() + 2).word());
            if (as != null && is("quality-verb", gov) && (as.character() != null || personHeaded(as.description())) && quality)
                out.add(new Hit("gives-performance", as));
            // "… a young German guard, Kurt, and X gives him a frightened decency": a quality given to "him" or "her", the
            // part just described by name
            // (the quality described by an adjective: "a frightened decency", not "a loaf of bread")
            boolean described = s.children(gov, "obj").stream().anyMatch(o -> o.tag().startsWith("NN") && !o.word().matches("(?i)him|her")
                    && s.children(o, "amod").stream().anyMatch(a -> a.isLowercaseWord()));
            if (as == null && is("quality-verb", gov) && rel.startsWith("nsubj") && quality && described
                    && s.children(gov).stream().anyMatch(o -> o.rel().matches("iobj|obj") && o.word().matches("(?i)him|her"))) {
                Role given = namedBefore(s, gov.index());
                // (not the name itself, where the parser made it the verb's subject)
                if (given != null && !overlaps(given.character(), m)) out.add(new Hit("gives-performance", given));
            }
            // "… a clergyman's daughter called Alice Vane, and X makes her both prim and sly": the part just named, made into
            // what an adjective says (not "makes her cry", "makes her a star")
            if (as == null && gov.lemma().equalsIgnoreCase("make") && rel.startsWith("nsubj") && madeAdjective(s, gov)) {
                Role made = namedBefore(s, gov.index());
                if (made != null && !overlaps(made.character(), m)) out.add(new Hit("gives-performance", made));
            }
            Hit asHit = asCue(s, gov, as);
            if (asHit != null) out.add(asHit);
            // ("X is wasted as Y": a verdict only a performer gets weighs as praise does; not "X wasted her savings")
            boolean verdict = is("verdict-verb", gov) && rel.equals("nsubj:pass");
            if (gov.tag().startsWith("JJ") || is("praise-verb", gov) || verdict) {
                out.add(new Hit("praised-predicate", null));
                // "X is magnificent in the drama", "X shines in the role": the praise is for acting in this work
                for (Token c : s.children(gov))
                    if (c.rel().startsWith("obl") && s.caseOf(c).equals("in") && c.isLowercaseWord() && is("work-noun", c)) out.add(new Hit("praised-in-work", null));
                // "X steals the show", "X carries the film", "X commands the screen"
                if (is("praise-verb", gov)) for (Token o : s.children(gov, "obj")) if (is("screen-noun", o) && o.isLowercaseWord()) out.add(new Hit("praised-in-work", null));
            }
            // "X is a revelation", "X is the standout"
            if (is("praise-noun", gov) && gov.isLowercaseWord() && !s.children(gov, "cop").isEmpty()) out.add(new Hit("praise-noun", null));
            // "X is back as coastguard captain Sam Wilde": back in a part, with the parse hanging the part on the copula
            if (gov.tag().startsWith("NN") && !s.children(gov, "cop").isEmpty() && s.children(gov, "advmod").stream().anyMatch(t -> t.is("back"))) {
                int asAt = h.index() + 1;
                while (asAt < gov.index() && !s.get(asAt).is("as")) asAt++;
                Role r = asAt < gov.index() ? phraseFrom(s, asAt + 1) : null;
                if (r != null) out.add(new Hit("performing-verb", r));
            }
            // "Ford is a nurse drowning in debt": the present tense says what the person is in the story (a past
            // "was a nurse" is as often a biography; an actor's or a crew word is the career, not the role)
            Role copula = copulaRole(s, gov);
            boolean definite = describedDefiniteRole(doc, s, m, gov);
            // ("X is the slick developer": a noun shaped like one for a person will do when an adjective describes it)
            if (copula == null && definite && gov.tag().startsWith("NN") && gov.isLowercaseWord() && Lexicon.isPersonNoun(gov.word()) && !is("actor-noun", gov)
                    && !is("praise-noun", gov) && !Lexicon.JOBS.containsKey(gov.word().toLowerCase(Locale.ROOT))) {
                TokenSpan d = descriptionSpan(s, gov);
                if (d != null) copula = new Role(null, d);
            }
            // ("X is his safecracker, a chain-smoking Swede called Birgit": a role with its character's name is a part)
            if (copula != null) out.add(new Hit(copula.character() != null ? "copula-character" : storyClause(s, gov) ? "copula-story-role"
                    : definite ? "copula-definite-role" : "copula-role", copula));
            // "X is the English birdwatcher who falls for her": a definite person noun whose clause tells the story in the
            // present tense is a part ("X is the woman who founded the charity" is a biography)
            if (copula == null && gov.tag().matches("NNS?") && gov.isLowercaseWord() && Lexicon.isPersonNoun(gov.word()) && presentCopula(s, gov)
                    && storyClause(s, gov) && !is("actor-noun", gov) && !is("praise-noun", gov) && !Lexicon.JOBS.containsKey(gov.word().toLowerCase(Locale.ROOT))
                    && s.children(gov).stream().anyMatch(k -> k.rel().equals("det") && k.is("the") || k.rel().equals("nmod:poss"))) {
                TokenSpan d = descriptionSpan(s, gov);
                if (d != null) out.add(new Hit("copula-story-role", new Role(null, d)));
            }
            // "X is wasted in a thankless role"
            for (Token c : s.children(gov)) if (c.rel().startsWith("obl") && inARole(s, c)) out.add(new Hit("in-a-role", null));
            // "X, square-jawed and weary, is Cole Vane, a navigator": a full name is, by copula, another full name
            Role named = copulaCharacter(s, m, gov, ctx);
            if (named != null) out.add(new Hit("copula-character", named));
            // "X is her son Jonah": a copula to a role noun with a character's name in apposition
            if (gov.tag().startsWith("NN") && gov.isLowercaseWord() && Lexicon.isRoleNoun(gov.word()) && !s.children(gov, "cop").isEmpty())
                for (Token ap : s.children(gov, "appos")) {
                    // ("X is the theatre's nervous producer, Rupert, who …": the name may follow a comma; not a list going on,
                    // "A is the crew's captain, B its engineer", nor an actor's surname)
                    boolean afterComma = ap.index() == gov.index() + 2 && s.get(gov.index() + 1).word().equals(",")
                            && (ap.index() + 1 >= s.size() || s.get(ap.index() + 1).word().matches("[,.;]|who")) && !surnames.contains(ap.word());
                    if (ap.tag().startsWith("NNP") && ap.isPerson() && (ap.index() == gov.index() + 1 || afterComma)) {
                        Role r = roleAt(s, ap, false);
                        if (r != null && r.character() != null && !ownsSomething(s, r.character()))
                            out.add(new Hit("name-as", new Role(r.character(), descriptionSpan(s, gov))));
                    }
                }
            // "X is Y, a small-town mechanic", "X is the widow Ruth": a copula to a character with a role noun after or before it
            // (the tagger calls some unfamiliar one-word names common nouns: "is Sørin/NN, the skipper")
            if ((gov.tag().startsWith("NNP") || gov.tag().startsWith("NN") && gov.isCapitalised()) && Names.isNameToken(gov) && !s.children(gov, "cop").isEmpty() && gov.isPerson()) {
                Role r = roleAt(s, gov, false);
                boolean roleNoun = r != null && r.description() != null && (Lexicon.isRoleNoun(r.description().last().word()) || Lexicon.isRoleNoun(r.description().head().word()))
                        || s.children(gov, "appos").stream().anyMatch(a -> a.isLowercaseWord() && Lexicon.isRoleNoun(a.word()));
                if (roleNoun && r.description() != null && r.character() != null && !ownsSomething(s, r.character())) out.add(new Hit("name-as", r));
            }
            // "X is Y's mother" or "X is a revelation": a copula with a performance noun
            if (is("performance-noun", gov) && !s.children(gov, "cop").isEmpty()) out.add(new Hit("performance-of", null));
        }
        // "X, who plays Y, …", "Paul Roe, who stars as …": a relative clause of acting about the name
        // (the parser hangs the clause on the name as acl:relcl, or as parataxis after a comma)
        // ("the band's guitarist, X, who appears as himself": the clause hangs on the noun the name is in apposition to)
        List<Token> clauses = new ArrayList<>(s.children(h));
        if (h.rel().equals("appos") && gov != null) clauses.addAll(s.children(gov).stream().filter(v -> v.index() > h.index()).toList());
        for (Token v : clauses) {
            // "X, playing her estranged son, …": a participle of acting on the name
            boolean participle = v.rel().equals("acl") && v.tag().equals("VBG");
            if (!participle && (!v.rel().matches("acl:relcl|acl|parataxis|dep") || s.children(v, "nsubj").stream().noneMatch(w -> w.is("who") || w.is("that")))) continue;
            actingCue(s, v, false, "performing-verb", ctx).ifPresent(out::add);
            verbCues(s, m, v, out);
            // "X, who steals every scene as Ruth's aunt Hilde": an "as" role on the clause's own verb, as on a main clause's
            // (in the present or "here": "who shone as the nun in …" is a past part elsewhere)
            // ("X, absolutely stealing the film as Y": a participle on the name, with no subject of its own, is the name's too)
            boolean ownVerb = v.tag().startsWith("VB") && s.children(v, "cop").isEmpty()
                    && (v.tag().matches("VB[ZP]") || participle || s.children(v, "advmod").stream().anyMatch(a -> a.is("here")))
                    && s.children(v, "nsubj").stream().allMatch(w -> w.is("who") || w.is("that"))
                    && s.children(v).stream().noneMatch(c -> c.rel().matches("obl.*") && s.caseOf(c).equals("in") && c.tag().startsWith("NNP") && !ctx.isFilmTitle(c.word()));
            Hit relativeAs = ownVerb ? asCue(s, v, asRole(s, v, null)) : null;
            if (relativeAs != null) out.add(relativeAs);
            // ("X, who shines as Y", "X, who steals the film as Y": praise, as on a main clause's verb)
            if (relativeAs != null && is("praise-verb", v)) {
                out.add(new Hit("praised-predicate", null));
                for (Token o : s.children(v, "obj")) if (is("screen-noun", o) && o.isLowercaseWord()) out.add(new Hit("praised-in-work", null));
            }
            // "X, who is terrific as Y", "X, who was so good in Z and is even better here as Y": a copula clause with an
            // "as" role (not one in another title: "who was so good as the detective in Z")
            List<Token> preds = new ArrayList<>(List.of(v));
            preds.addAll(s.children(v, "conj"));
            boolean relativeSubject = s.children(v, "nsubj").stream().allMatch(w -> w.is("who") || w.is("that"));
            for (Token pred : relativeSubject ? preds : List.<Token>of()) {
                if (s.children(pred, "cop").isEmpty()) continue;
                // (in the present or "here": "who was so memorable as the nun in …" is a past part elsewhere)
                if (!presentCopula(s, pred) && s.children(pred, "advmod").stream().noneMatch(a -> a.is("here"))) continue;
                boolean elsewhere = s.children(pred).stream().anyMatch(c -> c.rel().matches("obl.*|nmod.*") && s.caseOf(c).equals("in")
                        && c.tag().startsWith("NNP") && !ctx.isFilmTitle(c.word()));
                Role as = elsewhere ? null : asRole(s, pred, null);
                if (as == null) continue;
                out.add(new Hit("as-phrase", as));
                if (pred.tag().startsWith("JJ") && (is("praise-adjective", pred) || pred.lemma().matches("(?i)good|better|best|great")))
                    out.add(new Hit("praised-predicate", null));
            }
            // "X, who wrote the script, also plays Y": the parser hangs the name's own verb on the clause as dep
            for (Token w : s.children(v))
                if (w.rel().matches("dep|parataxis") && w.tag().startsWith("VB") && w.index() > v.index() && s.children(w, "nsubj").isEmpty()) {
                    actingCue(s, w, false, "performing-verb", ctx).ifPresent(out::add);
                    verbCues(s, m, w, out);
                }
        }
        // "A plays the mother, and X the daughter": a gapped clause shares the verb of acting before it
        Role gapped = gappedPart(s, m);
        if (gapped != null) out.add(new Hit("performing-verb", gapped));
        // "… he is played by A, and she by X": a gapped passive shares "played by" (whose part "she" is, the pronoun alone
        // cannot say: the person is cast without one)
        if (gappedAgent(s, m)) out.add(new Hit("played-by", null));
        // "X, in the best work of his career, plays him …": an aside between commas, then a verb of acting the parser left
        // without a subject (read off the surface)
        Token aside = verbAfterAside(s, m);
        if (aside != null) {
            actingCue(s, aside, false, "performing-verb", ctx).ifPresent(out::add);
            verbCues(s, m, aside, out);
        }
        // "Vera, a torch singer given real menace by X", "the King – an old troll given a gravelly rumble by X": a part given a
        // quality by the person (read off the surface: the parser often reads the part's noun as a verb)
        Role given = givenQualityBy(s, m);
        if (given != null) out.add(new Hit("gives-performance", given));
        // "with A and B in support as his engineer and the station's medic": paired parts after a pair of names
        PairedPart pair = coordinatedAsPair(s, m);
        if (pair != null) {
            out.add(new Hit(possessedRole(pair.role()) ? "as-possessed-role" : "as-phrase", pair.role()));
            if (pair.support()) out.add(new Hit("cast-membership", null));
        }
        // "X, in a small role, is memorable"
        for (Token c : s.children(h)) if (c.rel().startsWith("nmod") && !c.rel().equals("nmod:poss") && inARole(s, c)) out.add(new Hit("in-a-role", null));
        // "The real star is X", "the standout is X": the name is what an actor noun or a praise noun is
        if (!s.children(h, "cop").isEmpty())
            for (Token subj : s.children(h, "nsubj"))
                if (subj.isLowercaseWord() && (is("actor-noun", subj) || is("praise-noun", subj))) out.add(new Hit("praise-noun", null));
        // "… and a health inspector who may be in love with her. That's X, and she's great.": the name pointed at by
        // "that" is the person just introduced in the sentence before
        Role pointed = thatIsName(doc, s, m, h);
        if (pointed != null) out.add(new Hit("that-is-role", pointed));
        // "His long-suffering wife, June, is X": by a present copula the name is a part someone owns or "the" introduces
        Role copulaPart = roleIsName(s, h);
        if (copulaPart == null) copulaPart = namedPartIsName(s, m, h);
        if (copulaPart == null) copulaPart = roleIsNamesOnSurface(s, m);
        // (a lone first name is as likely the character's own: "her two minions are Ida and Mae"; a surname given in full
        // elsewhere will do)
        if (copulaPart != null && (m.size() >= 2 || surnames.contains(m.first().word()))) out.add(new Hit("role-is-name", copulaPart));
        if ((rel.startsWith("obl") || rel.startsWith("nmod")) && gov != null) {
            String c = s.caseOf(first);
            // (the tagger may read the participle as a past tense: "Clara, …, played with warmth by X")
            if (c.equals("by") && is("perform-verb", gov) && (gov.tag().equals("VBN") || gov.tag().equals("VBD") && s.children(gov, "obj").isEmpty())) {
                Role r = dashedListPart(s, gov, first, h, roleOfPassive(s, gov));
                // "The hero is Moss, a shy hedgehog. He is voiced by X": a pronoun stands for the character just named
                // ("Her son, Daniel, arrives with his wife; he is played by X": the part named earlier in the same sentence)
                boolean pronoun = s.children(gov, "nsubj:pass").stream().anyMatch(p -> p.tag().equals("PRP"));
                if (r == null && pronoun) r = namedBefore(s, gov.index());
                if (r == null && pronoun && s.index() > 0) r = namedInSentence(doc.sentences().get(s.index() - 1));
                // "The younger versions are played by A and B": the parts are the coordinated characters named up to
                // three sentences before (paired in order below)
                // (not versions of something: "the new versions of the songs are played by …")
                boolean versions = s.children(gov, "nsubj:pass").stream().anyMatch(p -> p.lemma().matches("(?i)version|self|incarnation")
                        && s.children(p, "nmod").stream().noneMatch(n -> s.caseOf(n).equals("of")));
                for (int back = 1; r == null && versions && back <= 3 && s.index() - back >= 0; back++) {
                    Role named = namedInSentence(doc.sentences().get(s.index() - back));
                    if (named != null && named.character() != null
                            && named.character().sentence().children(named.character().head()).stream().anyMatch(k -> k.rel().startsWith("conj"))) r = named;
                }
                out.add(new Hit("played-by", r));
                // "Her only visitor is a young surveyor, played by X": what a copula says the part is, its subject says too
                if (r != null && r.character() == null && r.description() != null)
                    for (Token subj : RoleDescriptionExtractor.copulaSubjects(s, r.description().head())) {
                        TokenSpan d = descriptionSpan(s, subj);
                        if (d != null) out.add(new Hit("played-by", new Role(null, d)));
                    }
            }
            if ((c.equals("by") || c.equals("from")) && is("performance-noun", gov) && !gov.lemma().equalsIgnoreCase("work"))
                out.add(new Hit("performance-of", asRole(s, gov, gov)));
            // "Her husband, Tom, gets a sympathetic turn from X": the part, the subject, receives the performance the person gives
            if (c.equals("from") && gov.lemma().matches("(?i)get|receive|earn")
                    && s.children(gov, "obj").stream().anyMatch(o -> is("performance-noun", o) && !o.lemma().equalsIgnoreCase("work")))
                for (Token subj : s.children(gov, "nsubj")) {
                    Role r = subj.tag().startsWith("PRP") ? null : roleAt(s, subj, false);
                    if (r != null) out.add(new Hit("performance-of", r));
                }
        }
        // "Y is played as a girl by A, as a young woman by B, and in old age by C": the parser hangs the later agents
        // on the "as" phrases; read off the surface back to the participle
        Hit shared = playedByInSeries(s, m);
        // ("played by sisters A Roe and B Roe": a later conjunct shares the first one's agency)
        TokenSpan firstConjunct = conjunct > 0 ? Names.properNameRun(s, first.index()) : null;
        if (shared == null && firstConjunct != null) shared = playedByInSeries(s, firstConjunct);
        if (shared != null && (out.stream().noneMatch(x -> x.cue().equals("played-by"))
                || shared.role() != null && shared.role().description() != null
                        && out.stream().noneMatch(x -> x.cue().equals("played-by") && x.role() != null && x.role().description() != null))) out.add(shared);
        // a documentary's people appear as themselves: "interviews with X", "we hear from X", "X appears on camera"
        // (the shape first: whether the review is about a documentary is read off the whole text)
        if ((gov != null && interviewee(s, first, gov, rel) || metOnCamera(s, m) || testifiesOnSurface(s, m) || listedAfterInterview(s, m)) && documentary(doc) && !diedAfter(s, m))
            out.add(new Hit("interviewee", null));
        // "Opposite her, X brings …", "Alongside him, X …": a sentence that opens by setting the person beside another
        if (openedBeside(s, m)) out.add(new Hit("cast-membership", null));
        // "Frontman X is the star of the show", "chef X opens up": in a documentary, its people are named by what they do
        // (not one who died before it was made: "Guitarist X … died in 1999")
        if (m.start() > 0 && documentarySubject(s, s.get(m.start() - 1)) && !diedAfter(s, m) && documentary(doc)) out.add(new Hit(documentarySubjectCue(s, h), null));
        // ("Elder sister X writes the songs": in a documentary, a relation before the name of someone doing something now)
        else if (m.start() > 0 && is("relation-noun", s.get(m.start() - 1)) && s.get(m.start() - 1).isCapitalised() == (m.start() == 1) && documentary(doc)
                && rel.startsWith("nsubj") && gov != null && gov.tag().equals("VBZ") && !diedAfter(s, m)) out.add(new Hit("documentary-subject", null));
        // "tracks down the three surviving keepers – A, now 84, B and C –": a list after a dash that a plural noun for
        // people opens
        else if (listedAfterPeople(s, m) && !diedAfter(s, m) && documentary(doc)) out.add(new Hit(documentarySubjectCue(s, h), null));
        // ("His sous-chef of thirty years, X, is the film's quiet hero": the role noun the name is in apposition to)
        else if (h.rel().equals("appos") && s.head(h) != null && s.head(h).index() < h.index() && documentarySubject(s, s.head(h)) && !diedAfter(s, m) && documentary(doc))
            out.add(new Hit(documentarySubjectCue(s, h), null));
        // "Only Crane, now 84, is still alive", "Vell, who runs a record shop, …": in a documentary, a person said to be
        // something now (what tips a person named only in the band's history into the film)
        // (not a copula to a noun, "X is his wife", "X is the outspoken mayor": who someone is, not what they do on screen)
        if (clearlyDocumentary(doc) && presentNow(s, h) && !copulaToNoun(s, h)) out.add(new Hit("present-in-documentary", null));
        if (rel.equals("nmod:poss") && gov != null && is("performance-noun", gov)) {
            Role r = asRole(s, gov, gov) != null ? asRole(s, gov, gov) : asAfter(s, gov);
            out.add(new Hit("performance-of", r != null ? r : apposedRole(s, gov)));
        }
        // "X's character, a nurse named Maggie, …": the role in apposition to the person's character (a weak cue alone:
        // authors have characters too)
        if (rel.equals("nmod:poss") && gov != null && gov.lemma().equalsIgnoreCase("character") && apposedRole(s, gov) != null)
            out.add(new Hit("possessive-role", apposedRole(s, gov)));
        // "In the role of the sheriff, X is a delight", "X disappears into the role of Y": the part the clause the
        // person is subject of is set in
        if (rel.startsWith("nsubj") && gov != null)
            for (Token c : s.children(gov))
                if (c.rel().startsWith("obl") && (inARole(s, c) || s.caseOf(c).equals("into") && c.isLowercaseWord() && c.lemma().matches("(?i)role|part")))
                    for (Token n : s.children(c, "nmod")) if (s.caseOf(n).equals("of")) out.add(new Hit("in-a-role", roleAt(s, n, true)));
        // "X's two-bit hustler Ruth", "X's merciless agent": the role a name owns (weak alone: "Austen's heroine")
        if (rel.equals("nmod:poss") && gov != null && !is("performance-noun", gov)) {
            Role owned = null;
            // ("X's 'Night Ferry'": a quoted name is a work; "X's longtime cinematographer" a crew job)
            boolean quoted = h.index() + 2 < s.size() && s.get(h.index() + 2).word().matches("[‘'“\"]");
            // ("Fenn's nephew Josh": in a documentary a relation owned by a person is that person's relative, no part)
            boolean relative = documentary(doc) && gov.index() > h.index()
                    && s.tokens().subList(h.index() + 1, gov.index() + 1).stream().anyMatch(t -> t.isLowercaseWord() && is("relation-noun", t));
            if (relative) owned = null;
            else if (gov.tag().startsWith("NNP") && (gov.isPerson() || Names.isNameToken(gov)) && !quoted) owned = roleAt(s, gov, false);
            // ("X's feature stars Y": "stars" is the verb the tagger read as a noun, not a role X owns)
            // (a crew member's film job is crew: "the director's longtime cinematographer"; "Ronan's writer Jo" is a part)
            // ("X's frightened radio operator stands out": a noun shaped like one for a person will do when it is praised)
            else if (gov.tag().startsWith("NN") && gov.isLowercaseWord() && !is("actor-noun", gov)
                    && (Lexicon.isRoleNoun(gov.word()) || Lexicon.isPersonNoun(gov.word()) && praisedSubject(s, gov) && !Lexicon.JOBS.containsKey(gov.word().toLowerCase(Locale.ROOT)))
                    && !(Lexicon.JOBS.containsKey(gov.word().toLowerCase(Locale.ROOT)) && ctx.isCrew(m.text()))) {
                // "X's two-bit hustler Dee": the name right after the role noun is the character
                int next = gov.index() + 1;
                // ("Pike's former producer, Tom Vale": in a documentary a relation named after a comma is that person's, not
                // the owner's part; in a story "Vale's oily villain, Harold Fisk" is the owner's)
                Token role = gov;
                boolean heldByOther = documentary(doc) && s.children(role, "appos").stream().anyMatch(a -> a.index() > role.index() + 1 && a.tag().startsWith("NNP") && a.isPerson());
                owned = next < s.size() && Names.isNameToken(s.get(next)) && s.get(next).tag().startsWith("NNP") ? roleAt(s, s.get(next), false)
                        : heldByOther ? null : new Role(null, descriptionBetween(s, h, gov));
            }
            if (owned != null) out.add(new Hit(owned.character() != null ? "possessive-character" : "possessive-role", owned));
            // "Okafor's Hattie is a marvel of restraint", "X's weary sheriff shines": praise for a part someone owns is
            // praise for a performance
            // (the owner a full name or the surname of one, "Hattie's son is terrific" speaks of a character's son)
            boolean named = m.size() >= 2 || surnames.contains(m.first().word());
            if (owned != null && named && praisedSubject(s, gov) && !(gov.isLowercaseWord() && is("relation-noun", gov))) out.add(new Hit("praised-part", owned));
            // "X Y's washed-up pilot Tobias": a full name owning a role noun and a character is both cues; a
            // relation ("X Y's husband Tom") is as often the real person's
            if (owned != null && owned.character() != null && owned.description() != null && m.size() >= 2
                    && Lexicon.isRoleNoun(owned.description().last().word()) && !is("relation-noun", owned.description().last()))
                out.add(new Hit("possessive-role", owned));
        }
        // "the leads – A and B": a role noun the name is in apposition to (weight 0: it names the role, casts no one)
        Token ap = rel.equals("appos") ? gov : rel.startsWith("conj") && gov != null && gov.rel().equals("appos") ? s.head(gov) : null;
        // the parser often leaves a dash-apposition unattached: "its leads – A and B"
        if (ap == null && m.start() >= 2 && s.get(m.start() - 1).word().matches("[–—:]")) ap = s.get(m.start() - 2);
        if (ap == null && rel.startsWith("conj") && gov != null) {
            TokenSpan firstName = Names.lastNameRun(new TokenSpan(s, Math.max(0, gov.index() - 3), gov.index() + 1));
            if (firstName != null && firstName.start() >= 2 && s.get(firstName.start() - 1).word().matches("[–—:]")) ap = s.get(firstName.start() - 2);
        }
        // ("The film stars A, B and C": the tagger may read the verb "stars" as a plural noun the names stand beside)
        boolean starsVerb = ap != null && ap.word().matches("(?i)stars|co-stars|costars") && ap.index() > 0
                && (is("work-noun", s.get(ap.index() - 1)) || s.get(ap.index() - 1).tag().matches("PRP|WDT|RB"));
        if (ap != null && !starsVerb && ap.tag().startsWith("NN") && ap.isLowercaseWord() && (Lexicon.isRoleNoun(ap.word()) || is("actor-noun", ap))) {
            TokenSpan d = descriptionSpan(s, ap);
            // ("A as a shy boy, B as …": a role after "as" is A's, not a noun B stands in apposition to)
            // (nor, for a name in brackets, a noun past the closing bracket: "a chief (A, terrifying), an agent (B)")
            boolean pastBracket = d != null && m.start() > 0 && insideBrackets(s, m.start()) && d.start() > m.start();
            // (a word for performers as such, "his co-stars, especially X", names no part; "the leads" says which parts)
            boolean performers = is("actor-noun", ap) && !ap.lemma().matches("(?i)lead|star");
            if (d != null && !pastBracket && !(d.start() > 0 && s.get(d.start() - 1).is("as")))
                out.add(new Hit("appositive-role", performers ? null : new Role(null, d)));
        }
        // "the film stars X", "a drama co-starring X": the name is what the film stars (whatever the tagger made of the verb)
        if (m.start() > 0 && s.get(m.start() - 1).word().toLowerCase(Locale.ROOT).matches("stars|co-stars|costars|starring|co-starring|costarring")
                && s.get(m.start() - 1).isLowercaseWord()) out.add(new Hit("performing-verb", nameAs(s, m)));
        // "X anchors the film" with "anchors" tagged a noun
        if (m.end() + 2 < s.size() && !s.get(m.end()).tag().startsWith("VB") && s.get(m.end()).isLowercaseWord() && s.get(m.end()).word().endsWith("s")
                && WORDS.get("praise-verb").contains(s.get(m.end()).word().toLowerCase(Locale.ROOT).replaceAll("e?s$", ""))
                && s.get(m.end() + 1).tag().matches("DT|PRP\\$") && is("screen-noun", s.get(m.end() + 2))) {
            out.add(new Hit("praised-in-work", null));
            out.add(new Hit("praised-predicate", null));
            // ("X anchors the film as Commander Ilse Varga, …": the part after "as")
            int asAt = m.end() + 3;
            if (asAt + 1 < s.size() && s.get(asAt).is("as")) {
                Role r = phraseFrom(s, asAt + 1);
                if (r != null) out.add(new Hit(r.character() != null ? "name-as" : "as-phrase", r));
            }
        }
        // "X stars as Y", "X voices the gull": the tagger reads a verb right after a name as a plural noun
        Role misread = verbReadAsNoun(s, m);
        if (misread != null) out.add(new Hit("performing-verb", misread.character() == null && misread.description() == null ? null : misread));
        // "As Y, a widowed keeper, X is heartbreaking": the role opens the sentence
        Role fronted = frontedAs(s, m, rel);
        if (fronted != null) out.add(new Hit(is("fronting-verb", s.get(0)) ? "performing-verb" : "name-as", fronted));
        // "X (Ruth) and Y (Tom) share a scene": a full name with one character word in brackets after it
        Role bracketed = bracketedCharacter(s, m, surnames);
        if (bracketed != null) out.add(new Hit("bracket-as", bracketed));
        // "X as Y" straight after the name
        Role direct = nameAs(s, m);
        if (direct != null) out.add(new Hit("name-as", direct));
        Role self = asThemselves(s, m);
        if (self != null) out.add(new Hit("as-themselves", self));
        Role bracket = bracketAs(s, m);
        if (bracket != null) out.add(new Hit("bracket-as", bracket));
        // "played by A (lead singer Sal), B (Vinnie, who …) and C": agents of acting in a list read "Actor (Character)"
        boolean listedAgent = inAgentList(s, m.start());
        int open = m.start() - 1;
        while (open > 0 && s.get(open).isLowercaseWord()) open--;
        Role before = creditCharacter || open >= 0 && s.get(open).word().equals("(") && inAgentList(s, open) ? null : bracketedAfterRole(s, m, surnames);
        if (before != null) out.add(new Hit("bracketed-after-role", before));
        if (listedAgent && m.end() < s.size() && s.get(m.end()).word().equals("(")) {
            int close = m.end() + 1;
            while (close < s.size() && !s.get(close).word().matches("[),]")) close++;
            TokenSpan ch = close < s.size() ? Names.lastNameRun(new TokenSpan(s, m.end() + 1, close)) : null;
            if (ch != null && ch.end() == close) {
                TokenSpan d = ch.start() > m.end() + 1 ? trimDescription(new TokenSpan(s, m.end() + 1, ch.start())) : null;
                out.add(new Hit("played-by", new Role(ch, d)));
            }
        }
        if (actorNoun(s, m, h)) out.add(new Hit("actor-noun", null));
        if (hasCastNoun(s)) out.add(new Hit("cast-noun-nearby", null));
        // "A, B and C play X, Y and Z", "As X and Y, A and B …": coordinated names and coordinated characters pair in order
        int subjects = 1 + (int) s.children(first).stream().filter(k -> k.rel().startsWith("conj") && Names.isNameToken(k)).count();
        final int nth = conjunct;
        // (a role the brackets tie to the name pairs by place, not by the clause: "Frank, an estate agent (X); Judith (Y)";
        // nor does the part "as" gives after the name's aside about another work: "stars A (Other Title) as Y, …, and B as Z")
        boolean asideThenAs = direct != null && m.end() < s.size() && s.get(m.end()).word().equals("(");
        out.replaceAll(hit -> hit.role() == null || hit.cue().equals("bracketed-after-role") || asideThenAs && hit.role() == direct ? hit
                : new Hit(hit.cue(), paired(hit.role(), nth, subjects)));
        // ("In one scene as the doctor, X, an Irish actress, …": the name after the role's comma is the person, not the role)
        out.replaceAll(hit -> hit.role() != null && hit.role().character() != null && overlaps(hit.role().character(), m) && !hit.cue().equals("as-themselves")
                ? new Hit(hit.cue(), new Role(null, hit.role().description())) : hit);
        return out;
    }

    /**
     * The {@code nth} of {@code subjects} coordinated names gets the {@code nth} of as many coordinated characters; when
     * the counts differ, which is whose cannot be told, and the character is left out.
     */
    private static Role paired(Role r, int nth, int subjects) {
        if (r.character() == null) return pairedNamesOfNoun(r, nth, subjects);
        // (the characters may be named in the sentence before: "A and B meet. They're played by X and Y.")
        Sentence s = r.character().sentence();
        Token head = r.character().head();
        // ("Bramble, a robin, and Harold Finch has a ball": a conjunct followed by its own verb starts a new clause)
        // (a one-word name the tagger calls a common noun counts: "Leon, Kezia and little Ty")
        List<Token> conj = s.children(head).stream().filter(t -> t.rel().startsWith("conj") && Names.isNameToken(t) && t.tag().startsWith("NN")
                && !(t.index() + 1 < s.size() && s.get(t.index() + 1).tag().matches("VB[DZP]|MD") && !s.get(t.index() + 1).rel().matches("aux.*|cop")
                        && !head.rel().startsWith("nsubj"))).toList();
        if (conj.isEmpty()) return r;
        if (conj.size() + 1 != subjects) return new Role(null, r.description());
        if (nth == 0) return trimmedFirst(s, r);
        Role other = roleAt(s, conj.get(nth - 1), false);
        return other == null || other.character() == null ? new Role(null, r.description()) : new Role(other.character(), r.description());
    }

    /**
     * "Her bandmates, sisters Ann and Bea Roe, are played by A and B": a plural part whose names the parse hangs on its
     * noun as conjuncts; the k-th name is the k-th agent's character (with as many names as agents).
     */
    private static Role pairedNamesOfNoun(Role r, int nth, int subjects) {
        if (r.description() == null || subjects < 2 || !r.description().head().tag().equals("NNS")) return r;
        Sentence s = r.description().sentence();
        Token noun = r.description().head();
        List<Token> names = s.children(noun).stream().filter(t -> t.rel().matches("conj.*|appos") && t.index() > noun.index()
                && Names.isNameToken(t) && t.tag().startsWith("NNP")).toList();
        if (names.size() != subjects) return r;
        TokenSpan n = Names.properNameRun(s, names.get(nth).index());
        return n == null ? r : new Role(n, r.description());
    }

    /** The first of coordinated characters alone ("Maggie", not "Maggie and Jack"). */
    private static Role trimmedFirst(Sentence s, Role r) {
        TokenSpan c = r.character();
        int e = c.start();
        while (e < c.end() && Names.isNameToken(s.get(e))) e++;
        return e > c.start() ? new Role(new TokenSpan(s, c.start(), e), r.description()) : r;
    }

    /**
     * "The actors around them are superb. A, B, C and D all give the story depth.": a list of three or more people,
     * in a sentence that names the cast or right after one, is the cast.
     */
    private static void ensembleLists(Doc doc, List<PersonMention> mentions, Map<PersonMention, List<Hit>> hits) {
        List<Sentence> sentences = doc.sentences();
        for (Sentence s : sentences) {
            boolean castNamed = hasCastNoun(s) || s.index() > 0 && hasCastNoun(sentences.get(s.index() - 1)) || praisedGroup(s);
            if (!castNamed) continue;
            // (surnames alone and untagged names count inside a list NER vouches for: "– Osei, Marsh, Vey and a
            // scene-stealing Ada Fitch –")
            List<PersonMention> here = mentions.stream().filter(m -> m.span().sentence() == s).sorted((a, b) -> Integer.compare(a.span().start(), b.span().start())).toList();
            int start = 0;
            while (start < here.size()) {
                int end = start + 1;
                while (end < here.size() && onlyListWordsBetween(s, here.get(end - 1).span(), here.get(end).span())) end++;
                if (end - start >= 3 && here.subList(start, end).stream().anyMatch(PersonMention::ner))
                    for (int k = start; k < end; k++) hits.get(here.get(k)).add(new Hit("ensemble-list", null));
                start = end;
            }
        }
    }

    /** The name leads a cast noun ("X heads the ensemble") or is what a cast includes ("a cast that includes X"). */
    private static boolean castMembership(Sentence s, Token gov, String rel) {
        String v = gov.lemma().toLowerCase(Locale.ROOT);
        // "A and B offer solid support": a supporting player praised as such
        if (rel.startsWith("nsubj") && is("give-verb", gov) && s.children(gov, "obj").stream().anyMatch(o -> o.is("support") && praisedSupport(s, o))) return true;
        if (rel.startsWith("nsubj") && v.matches("lead|head|top|anchor|join|front|round|complete|fill|headline") && gov.tag().startsWith("VB"))
            return s.children(gov, "obj").stream().anyMatch(o -> is("cast-noun", o) || o.is("cast")
                    // "A and B lead the film", "X anchors the drama" (not "X leads the crew" or "the role")
                    || v.matches("lead|anchor|headline|front") && is("work-noun", o) && !o.is("role") && !o.is("part") && o.isLowercaseWord());
        if (rel.equals("obj") && v.matches("include|feature|boast|comprise") && gov.tag().startsWith("VB")) {
            for (Token subj : s.children(gov, "nsubj")) {
                Token owner = subj.is("that") || subj.is("which") ? s.head(gov) : subj;
                if (owner != null && (is("cast-noun", owner) || owner.is("cast") || owner.is("line-up") || owner.is("lineup"))) return true;
            }
        }
        return false;
    }

    /** The token is the subject of praise: "is superb", "is a revelation", "shines", "steals the show". */
    private static boolean praisedSubject(Sentence s, Token t) {
        // ("A's cook and B's radio operator stand out": a conjunct shares the subject's predicate)
        if (t.rel().startsWith("conj") && s.head(t) != null && s.head(t).rel().equals("nsubj")) t = s.head(t);
        if (!t.rel().equals("nsubj")) return false;
        Token pred = s.head(t);
        if (pred == null) return false;
        boolean copula = !s.children(pred, "cop").isEmpty();
        return copula && pred.tag().startsWith("JJ") && is("praise-adjective", pred)
                || copula && is("praise-noun", pred) && pred.isLowercaseWord()
                || pred.tag().startsWith("VB") && is("praise-verb", pred);
    }

    private static boolean praisedSupport(Sentence s, Token support) {
        return s.children(support, "amod").stream().anyMatch(a -> is("support-praise", a));
    }

    /** The name, and any names listed after it, then "round(s) out / complete(s) the cast". */
    private static boolean roundsOutTheCast(Sentence s, TokenSpan m) {
        int k = m.end();
        while (k < s.size() && (Names.isNameToken(s.get(k)) || s.get(k).word().equals(",") || s.get(k).is("and"))) k++;
        if (k + 2 >= s.size()) return false;
        String v = s.get(k).word().toLowerCase(Locale.ROOT);
        int next = k + 1;
        if (v.matches("round|rounds|rounded|fill|fills|filled") && s.get(next).is("out")) next++;
        else if (!v.matches("complete|completes|completed")) return false;
        if (next < s.size() && s.get(next).tag().matches("DT|PRP\\$")) next++;
        while (next < s.size() && s.get(next).tag().startsWith("JJ")) next++;
        return next < s.size() && (is("cast-noun", s.get(next)) || s.get(next).is("cast"));
    }

    /** "The kids – A, B, C and D – are all terrific": a plural subject said by a copula to be a word of praise. */
    private static boolean praisedGroup(Sentence s) {
        for (Token t : s.tokens())
            if (t.tag().startsWith("JJ") && is("praise-adjective", t) && s.children(t, "cop").stream().anyMatch(c -> c.lemma().equals("be")))
                for (Token subj : s.children(t, "nsubj")) if (subj.tag().equals("NNS") && subj.isLowercaseWord()) return true;
        return false;
    }

    /** "The cast includes …", "the ensemble features …": a cast noun is the subject of a verb that lists. */
    private static boolean castListed(Sentence s) {
        for (Token t : s.tokens())
            if (t.tag().startsWith("VB") && t.lemma().matches("(?i)include|feature|boast|comprise")
                    && s.children(t, "nsubj").stream().anyMatch(n -> is("cast-noun", n) && n.isLowercaseWord())) return true;
        return false;
    }

    private static boolean hasCastNoun(Sentence s) {
        for (Token t : s.tokens()) if (is("cast-noun", t) && t.isLowercaseWord()) return true;
        return false;
    }

    private static boolean onlyListWordsBetween(Sentence s, TokenSpan a, TokenSpan b) {
        if (b.start() - a.end() > 4) return false;
        // (after the comma or "and", an article and a modifier may introduce the next name: "and a scene-stealing X")
        int k = a.end();
        while (k < b.start() && (s.get(k).word().equals(",") || s.get(k).is("and") || s.get(k).word().equals("&"))) k++;
        if (k == a.end()) return false;
        if (k < b.start() && s.get(k).tag().equals("DT")) k++;
        while (k < b.start() && s.get(k).tag().startsWith("JJ") && s.get(k).isLowercaseWord()) k++;
        return k == b.start();
    }

    /**
     * "She plays Y", "he was perfectly cast in the role of Y": a pronoun subject of a verb of acting lends the cue to the
     * person it stands for, taken as the nearest person named before it in this or the two sentences before who is not
     * some actor's role. A light stand-in for coreference, weighed lower than a named subject.
     */
    private static void pronounSubjects(Doc doc, List<PersonMention> mentions, Map<PersonMention, List<Hit>> hits, ReviewContext ctx) {
        Set<String> roles = rolesNamed(hits);
        for (Sentence s : doc.sentences()) {
            for (Token p : s.tokens()) {
                if (!p.tag().equals("PRP") || !p.word().toLowerCase(Locale.ROOT).matches("he|she") || !p.rel().startsWith("nsubj")) continue;
                Token verb = s.head(p);
                Hit cue = verb == null ? null : actingCue(s, verb, p.rel().equals("nsubj:pass"), "pronoun-performing-verb", ctx).orElse(null);
                // "He's a recovering addict" after the actor is named: the role's description (casts no one by itself)
                if (cue == null && verb != null && p.rel().equals("nsubj")) {
                    Role copula = copulaRole(s, verb);
                    if (copula != null) cue = new Hit("copula-role", copula);
                }
                // a pronoun lends only a cue that names the role, and never "another work"
                if (cue == null || cue.role() == null || cue.cue().equals("another-work")) continue;
                Role role = cue.role();
                PersonMention antecedent = null;
                // (the crew named since is passed over while someone else is nearer: "Ray X gets the lead in the new
                // film from writer-director Alma Y. He plays …"; a director-star is still found when no one else is)
                PersonMention nonCrew = null;
                for (PersonMention m : mentions) {
                    Sentence ms = m.span().sentence();
                    if (ms.index() < s.index() - 2 || ms.index() > s.index() || m.span().begin() >= p.begin()) continue;
                    if (roles.contains(Names.fold(m.text())) || role.character() != null && Names.fold(role.character().text()).equals(Names.fold(m.text()))) continue;
                    // (the film's title may be shaped like a name: "… in Copper Sky. He plays …")
                    if (ctx.isFilmTitle(m.text())) continue;
                    antecedent = m;
                    if (!ctx.isCrew(m.text())) nonCrew = m;
                }
                if (nonCrew != null) antecedent = nonCrew;
                // (a pronoun's copula describes the role only right after the person is tied to a character, and
                // never about real life: "He is a father of three in real life")
                if (antecedent != null && cue.cue().equals("copula-role")
                        && (hits.get(antecedent).stream().noneMatch(h -> h.role() != null && h.role().character() != null)
                        || s.tokens().stream().anyMatch(t -> t.is("real") || t.is("off-screen") || t.is("offscreen")))) continue;
                if (antecedent != null) hits.get(antecedent).add(cue);
            }
        }
    }

    /**
     * "X is Cole Vane": the subject, a full name, is by a present or past copula another full name of two or more
     * words that is no part of it ("Jane Roe is Roe" says nothing; "X is Ruth's mother" names a relation, not a name).
     */
    private static Role copulaCharacter(Sentence s, TokenSpan m, Token pred, ReviewContext ctx) {
        if (m.size() < 2 || !pred.tag().equals("NNP") || s.children(pred, "cop").stream().noneMatch(c -> c.lemma().equals("be"))) return null;
        // ("the old neighbour Mr Gowan is X": a name a word for a part in the story introduces is the character, the
        // name after the copula the actor; after a performer's word, "the soprano X is Floria Tosca", the other way round)
        Token noun = s.head(m.head());
        if (m.head().rel().matches("dep|appos|compound") && noun != null && noun.index() < m.start() && noun.isLowercaseWord() && noun.tag().startsWith("NN")
                && !is("actor-noun", noun) && !is("voice-type", noun) && !Lexicon.JOBS.containsKey(noun.word().toLowerCase(Locale.ROOT))) return null;
        // ("X is back as Jack Crane": an "as" before the name is the part's; any other case word is not a copula to a name)
        if (s.children(pred, "case").stream().anyMatch(c -> !c.is("as")) || !s.children(pred, "nmod:poss").isEmpty()) return null;
        // "Tom Reed is Sam Dorn in Night Ferry": a part in another work
        for (Token c : s.children(pred)) {
            if (!c.rel().matches("obl.*|nmod.*") || !s.caseOf(c).matches("in|on") || !c.tag().startsWith("NNP") || "LOCATION".equals(c.ner())) continue;
            int a = c.index();
            while (a > 0 && s.get(a - 1).tag().startsWith("NNP") && s.get(a - 1).isCapitalised()) a--;
            if (!ctx.isFilmTitle(new TokenSpan(s, a, c.index() + 1).text())) return null;
        }
        Role r = roleAt(s, pred, false);
        if (r != null && r.character() != null && CastExtractor.roleInAnotherWork(r.character(), ctx)) return null;
        if (r == null || r.character() == null || overlaps(r.character(), m)) return null;
        // one word is a name only when a determined description introduces it ("X is the guild master Orsini"), not a
        // bare surname ("X is Orsini")
        boolean introduced = r.description() != null && s.get(r.description().start()).tag().matches("DT|PRP\\$");
        if (r.character().size() < 2 && !introduced) return null;
        // (NER may call a made-up name a place; after "the guild master" it is a person's)
        if (!pred.isPerson() && !introduced) return null;
        return r;
    }

    /** A present-tense copula to a role noun with a determiner ("is a nurse drowning in debt"), as a description. */
    private static Role copulaRole(Sentence s, Token pred) {
        // ("X is his safecracker, a chain-smoking Swede called Birgit": a noun for a person with a named character after it)
        if (pred.tag().startsWith("NN") && pred.isLowercaseWord() && Lexicon.isPersonNoun(pred.word()) && !Lexicon.isRoleNoun(pred.word()) && presentCopula(s, pred)) {
            TokenSpan d = descriptionSpan(s, pred);
            Role r = d == null ? null : withNamedCharacter(s, pred, d);
            return r != null && r.character() != null ? r : null;
        }
        if (!(pred.tag().startsWith("NN") && pred.isLowercaseWord() && Lexicon.isRoleNoun(pred.word()) && !is("actor-noun", pred) && !is("praise-noun", pred)
                && !Lexicon.JOBS.containsKey(pred.word().toLowerCase(Locale.ROOT)) && presentCopula(s, pred)
                && s.children(pred).stream().anyMatch(k -> k.rel().equals("det") || k.rel().equals("nmod:poss")))) return null;
        TokenSpan d = descriptionSpan(s, pred);
        return d == null ? null : withNamedCharacter(s, pred, d);
    }

    /**
     * "His long-suffering wife, June, is X", "The stranger who wants the land, a smooth developer, is X": the part whose
     * noun is, by a present copula, the name {@code h} (not a film job, "The director is X", unless a pronoun owns it; not
     * a group), with the character named in apposition to it; null if there is none.
     */
    private static Role roleIsName(Sentence s, Token h) {
        if (!presentCopula(s, h)) return null;
        for (Token subj : s.children(h, "nsubj")) {
            String w = subj.word().toLowerCase(Locale.ROOT);
            // ("His first mate and oldest friend, Magnus, is X": a coordinated noun may be the person noun and hold the name)
            List<Token> nouns = new ArrayList<>(List.of(subj));
            nouns.addAll(s.children(subj, "conj").stream().filter(c -> c.isLowercaseWord() && c.tag().matches("NNS?")).toList());
            // ("her producer, the hitmaker Lars Eklund, is X": a job a pronoun owns is a part in the story, not the film's crew)
            boolean ownedByPronoun = s.children(subj, "nmod:poss").stream().anyMatch(o -> o.tag().equals("PRP$"));
            boolean introduced = s.children(subj).stream().anyMatch(k -> k.rel().equals("det") && k.word().matches("(?i)the|this|that") || k.rel().equals("nmod:poss"));
            if (!subj.isLowercaseWord() || !subj.tag().matches("NNS?") || nouns.stream().noneMatch(n -> personNounPhrase(s, n)) || is("actor-noun", subj)
                    || is("praise-noun", subj) || Lexicon.JOBS.containsKey(w) && !ownedByPronoun || Lexicon.BAND_NOUNS.contains(w) || !introduced) continue;
            TokenSpan d = descriptionSpan(s, subj);
            TokenSpan named = null;
            // ("His brother and rival Liam, …, is X": the parser may make the name a conjunct of the noun for the person)
            for (Token c : s.children(subj, "conj"))
                if (named == null && c.tag().startsWith("NNP") && Names.isNameToken(c) && s.get(c.index() - 1).isLowercaseWord() && !s.get(c.index() - 1).is("and")) {
                    Role r = roleAt(s, c, false);
                    if (r != null) named = r.character();
                }
            for (Token ap : nouns.stream().flatMap(n -> s.children(n, "appos").stream()).toList()) {
                if (named == null && ap.tag().startsWith("NNP") && Names.isNameToken(ap)) {
                    Role r = roleAt(s, ap, false);
                    if (r != null) named = r.character();
                }
                // ("His hired gun, a pale youth called the Deacon, is X": the name a naming word gives the apposed noun; "a
                // brooding Norwegian named Erik": a nationality the tagger calls an adjective will do)
                boolean nationality = "MISC".equals(ap.ner()) || "NATIONALITY".equals(ap.ner());
                if (named == null && (ap.isLowercaseWord() && ap.tag().startsWith("NN") || nationality)) named = namedAt(s, ap.index() + 1);
                // ("Her first boyfriend, the heartthrob Trey Collins, is X": the name right after an apposed role noun)
                if (named == null && ap.isLowercaseWord() && ap.tag().startsWith("NN") && ap.index() + 1 < s.size() && s.get(ap.index() + 1).tag().startsWith("NNP")
                        && Names.isNameToken(s.get(ap.index() + 1))) {
                    int e = ap.index() + 1;
                    while (e < s.size() && e - ap.index() <= 4 && s.get(e).tag().startsWith("NNP") && Names.isNameToken(s.get(e))) e++;
                    named = new TokenSpan(s, ap.index() + 1, e);
                }
            }
            // ("The hero of the story is Cole Vane, a navigator": with no character named, a name the predicate describes in
            // turn is the character)
            boolean describedInTurn = s.children(h, "appos").stream().anyMatch(a -> a.isLowercaseWord() && a.tag().startsWith("NN") && Lexicon.isPersonNoun(a.word()));
            if (d != null && (named != null || !describedInTurn)) return new Role(named, d);
        }
        return null;
    }

    /**
     * "…, and her two minions are A and B": a noun phrase for people that opens a clause (after "and", a comma or a
     * semicolon, or at the sentence's start), then "is" or "are", then the name or a list of names holding it. Read off
     * the surface, where the parse loses the subject. Else null.
     */
    private static Role roleIsNamesOnSurface(Sentence s, TokenSpan m) {
        // (full names only: "her parents are Tom and Ann" names the characters)
        if (m.size() < 2) return null;
        int k = m.start();
        while (k >= 2 && (s.get(k - 1).is("and") || s.get(k - 1).word().equals(",")) && Names.isNameToken(s.get(k - 2))) {
            k -= 2;
            while (k >= 1 && Names.isNameToken(s.get(k - 1)) && s.get(k - 1).tag().startsWith("NNP")) k--;
        }
        if (k < 3 || !s.get(k - 1).word().matches("is|are")) return null;
        Token noun = s.get(k - 2);
        if (!noun.isLowercaseWord() || !noun.tag().matches("NNS?") || !Lexicon.isPersonNoun(noun.word()) || is("actor-noun", noun) || is("praise-noun", noun)
                || Lexicon.JOBS.containsKey(noun.word().toLowerCase(Locale.ROOT))) return null;
        int a = k - 2;
        while (a > 0 && k - 2 - a < 4 && s.get(a - 1).tag().matches("JJ.*|CD|NN|HYPH") && s.get(a - 1).isLowercaseWord()) a--;
        if (a == 0 || !s.get(a - 1).tag().matches("DT|PRP\\$")) return null;
        a--;
        if (a > 0 && !s.get(a - 1).word().matches("and|[,;:]")) return null;
        return new Role(null, new TokenSpan(s, a, k - 1));
    }

    /**
     * "bassist Spud is X": a name under a title for a person, the subject of a present copula to the name, is the part;
     * "the drummer, a gentle giant called Tiny, is X": read off the surface where the parse loses the clause, the name a
     * naming word gives right before ", is X" is the part. Else null.
     */
    private static Role namedPartIsName(Sentence s, TokenSpan m, Token h) {
        if (!presentCopula(s, h)) return null;
        for (Token subj : s.children(h, "nsubj")) {
            // (a one-word name the tagger calls a common noun and NER a person will do)
            if (!(subj.tag().startsWith("NNP") || subj.tag().startsWith("NN") && subj.isPerson() && subj.isCapitalised()) || !Names.isNameToken(subj)) continue;
            for (Token c : s.children(subj, "compound"))
                if (c.isLowercaseWord() && c.index() == subj.index() - 1 && Lexicon.isPersonNoun(c.word()) && !Lexicon.JOBS.containsKey(c.word().toLowerCase(Locale.ROOT)))
                    return new Role(new TokenSpan(s, subj.index(), subj.index() + 1), new TokenSpan(s, c.index(), c.index() + 1));
        }
        int is = m.start() - 1;
        if (is < 2 || !s.get(is).word().matches("is|'s|’s") || !s.get(is - 1).word().equals(",")) return null;
        Role r = namedBefore(s, is);
        return r != null && r.character() != null && r.character().end() == is - 1 && s.get(r.character().start() - 1).word().matches("called|named|dubbed|nicknamed") ? r : null;
    }

    /** A noun for a person, alone or with the word before it ("hired gun", "love interest"). */
    private static boolean personNounPhrase(Sentence s, Token n) {
        return Lexicon.isPersonNoun(n.word()) || twoWordRoleNoun(s, n);
    }

    /** The noun and the lower-case word right before it make a two-word role noun ("love interest", "hired gun"). */
    private static boolean twoWordRoleNoun(Sentence s, Token n) {
        return n.index() > 0 && s.get(n.index() - 1).isLowercaseWord() && Lexicon.isRoleNoun(s.get(n.index() - 1).word() + " " + n.word());
    }

    /** A documentary's person named by what they do: weaker where the clause tells the past ("was led by trumpeter X"). */
    private static String documentarySubjectCue(Sentence s, Token h) {
        return pastClause(s, h) ? "documentary-subject-past" : "documentary-subject";
    }

    /** The clause the name sits in is in the past: its verb a past tense, or its predicate with a past auxiliary or copula. */
    private static boolean pastClause(Sentence s, Token h) {
        // (up to eight heads: a clause further away says nothing of the name)
        Token v = s.head(h);
        for (int up = 0; v != null && up < 8; up++, v = s.head(v)) {
            boolean predicate = v.tag().startsWith("VB") || !s.children(v, "cop").isEmpty();
            if (predicate) return inTense(s, v, "VBD");
        }
        return false;
    }

    /** The name is the subject of a present-tense clause, or has "now" or a present-tense relative clause on it. */
    private static boolean presentNow(Sentence s, Token h) {
        // ("X, who wrote their biggest hits, is refreshingly candid": the parser often hangs the predicate after such an
        // aside on the aside's own verb; read off the surface, a present verb or copula right after the aside's comma)
        int after = h.index() + 1;
        if (after + 1 < s.size() && s.get(after).word().equals(",") && s.get(after + 1).word().matches("who|whose")) {
            int close = after + 2;
            while (close < s.size() && close <= after + 22 && !s.get(close).word().matches("[,.;:()]")) close++;
            if (close + 1 < s.size() && s.get(close).word().equals(",") && s.get(close + 1).tag().matches("VBZ|VBP")) return true;
        }
        Token v = s.head(h);
        // ("The other two, A and B, are warm and funny": names in apposition to a present clause's subject)
        if ((h.rel().equals("appos") || h.rel().startsWith("conj") && v != null && v.rel().equals("appos")) && v != null) {
            Token subject = h.rel().equals("appos") ? v : s.head(v);
            Token verb = subject == null ? null : s.head(subject);
            if (subject != null && subject.rel().startsWith("nsubj") && verb != null && inTense(s, verb, "VBZ|VBP")) return true;
        }
        // the subject of a present verb (or a conjoined subject, and a present verb shared with a past one: "Bandleader and
        // saxophonist X formed the group in 1979, and still writes its music")
        Token subject = h.rel().startsWith("conj") && v != null && v.rel().startsWith("nsubj") ? v : h;
        Token verb = s.head(subject);
        if (subject.rel().startsWith("nsubj") && verb != null && (inTense(s, verb, "VBZ|VBP")
                || s.children(verb, "conj").stream().anyMatch(c -> c.tag().startsWith("VB") && s.children(c, "nsubj").isEmpty() && inTense(s, c, "VBZ|VBP"))))
            return true;
        for (Token c : s.children(h)) {
            if (c.is("now") || s.children(c).stream().anyMatch(k -> k.is("now"))) return true;
            if (c.rel().matches("acl:relcl|dep") && inTense(s, c, "VBZ|VBP")) return true;
        }
        return false;
    }

    /** The verb or predicate is in a tense: its own tag, or its auxiliary's or copula's, matches {@code tags}. */
    private static boolean inTense(Sentence s, Token v, String tags) {
        return v.tag().matches(tags) || s.children(v).stream().anyMatch(c -> c.rel().matches("aux|aux:pass|cop") && c.tag().matches(tags));
    }

    /** The predicate has a present-tense copula ("is", "are", "'s", "'re"). */
    private static boolean presentCopula(Sentence s, Token pred) {
        return s.children(pred, "cop").stream().anyMatch(c -> c.word().matches("(?i)is|are|'s|’s|'re|’re"));
    }

    /** The role at a copula's predicate, with the character a naming participle gives after it or after its apposition. */
    private static Role withNamedCharacter(Sentence s, Token pred, TokenSpan d) {
        TokenSpan named = namedAt(s, d.end());
        // ("X is her engineer, Teo, who wants to sell …")
        if (named == null) named = nameAfterComma(s, d.end());
        // ("X is the burglar, a hopeless romantic named Denny": the parser hangs the named name on the role as its apposition)
        for (Token ap : s.children(pred, "appos"))
            if (named == null && ap.index() > d.end() && Names.isNameToken(ap) && ap.tag().startsWith("NNP") && ap.isPerson()
                    && s.children(ap).stream().anyMatch(k -> WORDS.get("naming-word").contains(k.word().toLowerCase(Locale.ROOT)))) {
                Role r = roleAt(s, ap, false);
                if (r != null) named = r.character();
            }
        for (Token ap : appositions(s, pred))
            if (named == null && ap.tag().startsWith("NN")) {
                TokenSpan ad = descriptionSpan(s, ap);
                if (ad != null) named = namedAt(s, ad.end());
            }
        return new Role(named, d);
    }

    /**
     * The appositions of a noun, with a conjunct after a comma and no "and" or "or" of its own: "her deputy, a former
     * diver named Cole" is often parsed as a coordination.
     */
    private static List<Token> appositions(Sentence s, Token noun) {
        List<Token> out = new ArrayList<>(s.children(noun, "appos"));
        for (Token c : s.children(noun, "conj"))
            if (c.index() > 1 && s.get(c.index() - 1).tag().matches("DT|PRP\\$|JJ.*|NN.*") && s.children(c, "cc").isEmpty()
                    && commaBefore(s, c)) out.add(c);
        return out;
    }

    /**
     * A description in apposition to a role's description, naming a person too: "her boss, a man who says 'synergy'"
     * (not "her boss, Tom" nor "her boss, a role she was born to play").
     */
    private static TokenSpan secondDescription(TokenSpan d) {
        Sentence s = d.sentence();
        Token head = null;
        for (Token t : d.tokens()) if (t.tag().startsWith("NN") && (t.isLowercaseWord() || roleAcronym(t))) head = t;
        if (head == null) return null;
        for (Token ap : appositions(s, head))
            if (ap.index() > head.index() && ap.tag().matches("NNS?") && ap.isLowercaseWord() && Lexicon.isPersonNoun(ap.word()) && !is("not-description", ap)) {
                TokenSpan a = descriptionSpan(s, ap);
                // (right after the first, past a comma only: not "a chief (A), an agent (B)", the next item of a list)
                if (a != null && a.start() == d.end() + 1 && s.get(d.end()).word().equals(",") && a.size() <= 12) return a;
            }
        return personPhraseAfterComma(d.sentence(), d.end());
    }

    /**
     * "the inside woman, a bank clerk bored stiff", "the getaway drivers, a pair of bickering twins", "Rory Vane, a former
     * champion now working nights": the indefinite noun phrase for a person (or an animal) after the comma at token
     * {@code i}, read off the surface where the parse hangs it elsewhere ("a pair of" and the like count the people);
     * else null.
     */
    private static TokenSpan personPhraseAfterComma(Sentence s, int i) {
        if (i + 2 >= s.size() || !s.get(i).word().equals(",") || !s.get(i + 1).word().matches("(?i)a|an")) return null;
        int k = i + 2;
        int noun = -1;
        // (to the last noun: "a bank clerk bored stiff" ends at "clerk")
        for (; k < s.size() && s.get(k).isLowercaseWord() && s.get(k).tag().matches("JJ.*|NN|NNS|HYPH|VBN|VBG|RB"); k++)
            if (s.get(k).tag().startsWith("NN")) noun = k;
        if (noun < 0) return null;
        k = noun + 1;
        Token head = s.get(noun);
        // "a pair of twins", "a couple of crooks": the counted noun is the person
        if (is("group-noun", head) && k + 1 < s.size() && s.get(k).is("of")) {
            int j = k + 1;
            while (j < s.size() && s.get(j).isLowercaseWord() && s.get(j).tag().matches("JJ.*|NN|NNS|HYPH|VBN|VBG")) j++;
            if (j - 1 > k && s.get(j - 1).tag().startsWith("NN") && Lexicon.isPersonNoun(s.get(j - 1).word())) return new TokenSpan(s, i + 1, j);
            return null;
        }
        // (in an animation the part may be an animal: "the saloon owner, a tough old tortoise")
        return (Lexicon.isPersonNoun(head.word()) || is("creature-noun", head)) && !is("not-description", head) && k - (i + 1) <= 8 ? new TokenSpan(s, i + 1, k) : null;
    }

    /**
     * "the eldest", "her youngest", "the older one" standing for a person: an adjective of age or birth order after a
     * determiner, with no noun after it ("the eldest son" is a son).
     */
    static boolean ageRank(Sentence s, Token t) {
        if (!t.tag().startsWith("JJ") || !is("age-rank", t) || t.index() == 0 || !s.get(t.index() - 1).tag().matches("DT|PRP\\$")) return false;
        return t.index() + 1 >= s.size() || !s.get(t.index() + 1).tag().startsWith("NN");
    }

    /**
     * "X is the slick developer", "X is the ambitious district attorney": in a story (not a documentary), a present
     * copula to a definite person noun an adjective describes is a part.
     */
    private static boolean describedDefiniteRole(Doc doc, Sentence s, TokenSpan m, Token noun) {
        if (s.children(noun, "det").stream().noneMatch(d -> d.is("the"))) return false;
        // ("Gustave (X) is the pernickety concierge": a name with its player in brackets is the part, not the player)
        if (m.end() < s.size() && s.get(m.end()).word().equals("(")) return false;
        if (s.children(noun, "cop").stream().noneMatch(c -> c.tag().matches("VB[ZP]"))) return false;
        return s.children(noun, "amod").stream().anyMatch(a -> a.tag().startsWith("JJ") && a.isLowercaseWord() && !a.lemma().matches("(?i)real|real-life|former|late|current|first|last|only|same|other"))
                // (the whole review read last: a documentary's people are real)
                && !documentary(doc);
    }

    /** The noun has a relative clause in the present tense: "the birdwatcher who falls for her", "the man she loves". */
    static boolean storyClause(Sentence s, Token noun) {
        for (Token c : s.children(noun, "acl:relcl")) {
            if (c.tag().matches("VB[ZP]")) return true;
            if (s.children(c).stream().anyMatch(k -> k.rel().matches("aux|cop") && k.tag().matches("VB[ZP]") && !k.lemma().equals("have"))) return true;
        }
        return false;
    }

    /**
     * "Newlyweds (A and B) check in": one word opening the sentence that the tagger calls a common noun and NER no name;
     * its capital is the sentence's, so it is a description, not a character.
     */
    static boolean commonNounAsName(TokenSpan ch) {
        Token t = ch.first();
        // ("Mom (X) and Dad (Y)": a family's word used as a name is the character's name)
        return ch.size() == 1 && ch.start() == 0 && t.tag().matches("NNS?") && "O".equals(t.ner()) && !is("kin-name", t);
    }

    /**
     * "X is his ex-wife, a junior minister": in a story, a relation a pronoun owns, said in the present and described in
     * turn, is a part (in a documentary, or "in real life", it is the person's own).
     */
    private static boolean relationOwnedByPronoun(Doc doc, TokenSpan d) {
        if (d == null || documentary(doc)) return false;
        Sentence s = d.sentence();
        if (s.tokens().stream().anyMatch(t -> t.word().matches("(?i)real|off-screen|offscreen|real-life"))) return false;
        for (Token t : d.tokens())
            // ("ex-wife", "stepson": a relation with its prefix)
            if (t.isLowercaseWord() && t.tag().startsWith("NN") && (is("relation-noun", t) || WORDS.get("relation-noun").contains(t.word().toLowerCase(Locale.ROOT).replaceFirst("^(?:ex-|step-?)", "")))
                    && s.children(t, "nmod:poss").stream().anyMatch(o -> o.word().matches("(?i)his|her|their"))
                    // (told as a story: the relation described in turn, "his ex-wife, a minister who ignored him"; a bare
                    // "X is her son" may be a family fact)
                    && s.children(t).stream().anyMatch(k -> k.rel().equals("appos") && k.isLowercaseWord() || k.rel().equals("acl:relcl"))) return true;
        return false;
    }

    /** The description's head noun is owned by a character of the review, by full name or by one word of it ("Marta's"). */
    private static boolean ownedByCharacter(TokenSpan d, Set<String> characters) {
        if (d == null) return false;
        Sentence s = d.sentence();
        Token head = null;
        for (Token t : d.tokens()) if (t.tag().startsWith("NN") && t.isLowercaseWord()) head = t;
        if (head == null) return false;
        for (Token owner : s.children(head, "nmod:poss")) {
            if (!owner.tag().startsWith("NNP")) continue;
            int a = owner.index();
            while (a > 0 && s.get(a - 1).tag().startsWith("NNP")) a--;
            String name = Names.fold(new TokenSpan(s, a, owner.index() + 1).text());
            for (String c : characters) if (c.equals(name) || List.of(c.split(" ")).contains(name)) return true;
        }
        return false;
    }

    /** A character named "King George III", "Captain Ruth Vale": the name after a title of rank or a role word. */
    private static boolean titledCharacter(Set<String> characters, String name) {
        for (String c : characters) {
            if (!c.endsWith(" " + name)) continue;
            String title = c.substring(0, c.length() - name.length() - 1);
            if (!title.contains(" ") && (WORDS.get("name-title").contains(title) || Lexicon.isRoleNoun(title))) return true;
        }
        return false;
    }

    /** "a kindly eccentric", "an incurable romantic": a word for a type of person the tagger reads as an adjective. */
    private static boolean adjectiveAsNoun(Sentence s, Token t) {
        return t.tag().startsWith("JJ") && t.isLowercaseWord() && Lexicon.ROLE_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))
                && (t.index() + 1 >= s.size() || !s.get(t.index() + 1).tag().matches("NN.*|JJ.*"));
    }

    /** The name stands in a list after a dash or colon that follows a plural noun for people ("the keepers – A, B and C"). */
    private static boolean listedAfterPeople(Sentence s, TokenSpan m) {
        int i = m.start() - 1;
        int steps = 0;
        while (i > 0 && steps++ < 20) {
            Token t = s.get(i);
            if (t.word().matches("[–—:]")) {
                Token noun = s.get(i - 1);
                return noun.tag().equals("NNS") && noun.isLowercaseWord() && Lexicon.isPersonNoun(noun.word()) && !Lexicon.JOBS.containsKey(noun.word().toLowerCase(Locale.ROOT));
            }
            // names, commas, "and", and short asides ("now 84")
            if (!(Names.isNameToken(t) || t.word().equals(",") || t.is("and") || t.tag().matches("CD|RB"))) return false;
            i--;
        }
        return false;
    }

    /** How many brackets in the sentence hold a name NER calls a person, right after another name ("A (X)"). */
    private static int bracketedPeople(Sentence s) {
        int n = 0;
        for (int i = 1; i + 2 < s.size(); i++)
            if (s.get(i).word().equals("(") && Names.isNameToken(s.get(i - 1)) && s.get(i + 1).isPerson() && s.get(i + 1).tag().startsWith("NNP")) n++;
        return n;
    }

    /** Token {@code i} stands inside an open bracket. */
    private static boolean insideBrackets(Sentence s, int i) {
        int depth = 0;
        for (int k = 0; k < i; k++) {
            if (s.get(k).word().equals("(")) depth++;
            else if (s.get(k).word().equals(")")) depth = Math.max(0, depth - 1);
        }
        return depth > 0;
    }

    /** "drummer", "ship's cook": lower-case nouns with no determiner or adjective, a title before a character's name. */
    private static boolean bareTitle(TokenSpan d) {
        return d.tokens().stream().allMatch(t -> t.tag().matches("NNS?|POS|HYPH") && t.isLowercaseWord() || t.tag().equals("POS"));
    }

    /** "her CEO", "the town's DJ": a role written as capital initials is a noun, not a name. */
    private static boolean roleAcronym(Token t) {
        return t.word().matches("\\p{Lu}{2,3}") && Lexicon.isRoleNoun(t.word());
    }

    /** The last lower-case noun of a description names a person ("the station's cook", not "the credits"). */
    private static boolean personHeaded(TokenSpan d) {
        Token head = null;
        for (Token t : d.tokens()) if (t.tag().startsWith("NN") && t.isLowercaseWord() || adjectiveAsNoun(d.sentence(), t)) head = t;
        return head != null && Lexicon.isPersonNoun(head.word());
    }

    /** A comma opens the noun phrase the token heads (only its modifiers stand between). */
    private static boolean commaBefore(Sentence s, Token head) {
        int i = head.index() - 1;
        while (i > 0 && s.get(i).tag().matches("DT|PRP\\$|JJ.*|NN|NNS|RB|HYPH|VBN|CD")) i--;
        return i >= 0 && s.get(i).word().equals(",");
    }

    private static boolean overlaps(TokenSpan a, TokenSpan b) {
        return a.sentence() == b.sentence() && a.start() < b.end() && b.start() < a.end();
    }

    /** The (folded) character names the cues so far give as someone's role; playing oneself is no role of another. */
    private static Set<String> rolesNamed(Map<PersonMention, List<Hit>> hits) {
        Set<String> out = new HashSet<>();
        for (List<Hit> hs : hits.values())
            for (Hit h : hs)
                if (h.role() != null && h.role().character() != null && !h.cue().equals("as-themselves")) out.add(Names.fold(h.role().character().text()));
        return out;
    }

    /**
     * The cue a verb of acting gives its subject: {@code name} with the role it names, "another-work" when that role
     * belongs to another title, or nothing ("plays the piano"; "X was played by" makes X the role, while "X is cast
     * as Y" stays the actor's).
     */
    private static java.util.Optional<Hit> actingCue(Sentence s, Token verb, boolean passive, String name, ReviewContext ctx) {
        // "the soprano X sings Irena, a signaller", "X sings the role of Y": singing a part is playing it (not "sings
        // Gershwin", a songwriter's songs)
        boolean sung = verb.lemma().equalsIgnoreCase("sing") && !passive;
        if (!is("perform-verb", verb) && !sung || !verb.tag().startsWith("VB")) return java.util.Optional.empty();
        if (passive && !verb.lemma().equalsIgnoreCase("cast") && !verb.lemma().equalsIgnoreCase("recast")) return java.util.Optional.empty();
        Role role = roleOfVerb(s, verb);
        if (sung && !(role != null && (role.character() != null && role.description() != null
                || s.children(verb, "obj").stream().anyMatch(o -> o.lemma().equalsIgnoreCase("role") || o.lemma().equalsIgnoreCase("part")))))
            return java.util.Optional.empty();
        // ("plays the piano" is no part; "plays him with a wounded intensity", a pronoun for someone named before, is)
        boolean pronounObject = s.children(verb, "obj").stream().anyMatch(o -> o.word().matches("(?i)him|her|them"))
                || verb.index() + 1 < s.size() && s.get(verb.index() + 1).word().matches("(?i)him|her|them");
        // ("a teenage hacker called Pixel, and X plays her with spark": the pronoun stands for the part named before it)
        // ("… a public defender, Elias Brandt, and X plays him as a man who …": the pronoun's part, not the manner after "as")
        Role before = pronounObject && !passive ? namedBefore(s, verb.index()) : null;
        // ("The villain is the civil servant who buried her work, and X plays him": no name, the person a copula says is)
        if (before == null && pronounObject && !passive) before = copulaPersonBefore(s, verb.index());
        // ("Kit's sister Ana, who raised his son, gets the best scene, and X plays it without a tear": "it", the part, when
        // a person described by name comes before)
        boolean itObject = !passive && verb.lemma().equalsIgnoreCase("play") && verb.index() + 1 < s.size() && s.get(verb.index() + 1).is("it");
        if (itObject && before == null) {
            before = namedBefore(s, verb.index());
            if (before != null) pronounObject = true;
        }
        boolean pronounPart = s.children(verb, "obj").stream().anyMatch(o -> o.tag().equals("PRP"));
        if (before != null && (role == null || role.character() == null && pronounPart)) role = before;
        // ("she plays her as a woman holding her breath": after "plays her" the "as" phrase is the manner, not the part)
        else if (role != null && role.character() == null && pronounPart) role = null;
        if (verb.lemma().equalsIgnoreCase("play") && !s.children(verb, "obj").isEmpty() && role == null && !pronounObject) return java.util.Optional.empty();
        // ("who played with everyone in 1950s New York": playing with someone, with no part, is music or a game)
        if (verb.lemma().equalsIgnoreCase("play") && s.children(verb, "obj").isEmpty() && role == null
                && s.children(verb).stream().anyMatch(c -> c.rel().startsWith("obl") && s.caseOf(c).equals("with"))) return java.util.Optional.empty();
        // ("played on every record", "plays on the album": playing on a recording is music)
        if (verb.lemma().equalsIgnoreCase("play") && s.children(verb, "obj").isEmpty() && role == null
                && s.children(verb).stream().anyMatch(c -> c.rel().startsWith("obl") && s.caseOf(c).equals("on") && c.lemma().matches("(?i)record|album|track|song|single|tour|session|recording|LP|EP")))
            return java.util.Optional.empty();
        if (role != null && role.character() != null && CastExtractor.roleInAnotherWork(role.character(), ctx)) return java.util.Optional.of(new Hit("another-work", null));
        return java.util.Optional.of(new Hit(name, role));
    }

    /** "he is played by A, and she by X": "by X" after "and" and a pronoun, a participle of acting with "by" before it. */
    private static boolean gappedAgent(Sentence s, TokenSpan m) {
        int by = m.start() - 1;
        if (by < 3 || !s.get(by).is("by") || !s.get(by - 1).word().matches("(?i)he|she|they") || !s.get(by - 2).is("and")) return false;
        for (int i = 0; i + 1 < by - 2; i++)
            if (s.get(i).tag().equals("VBN") && is("perform-verb", s.get(i)) && s.get(i + 1).is("by")) return true;
        return false;
    }

    /**
     * "A plays the mother, and X the daughter", "A plays Ruth and X Tom": the name after "and" with no verb of its own,
     * then a part, then the clause's end, after a verb of acting with a subject of its own earlier in the sentence.
     */
    private static Role gappedPart(Sentence s, TokenSpan m) {
        if (m.start() < 3 || !s.get(m.start() - 1).is("and") || m.end() >= s.size()) return null;
        boolean acting = false;
        for (int i = 0; i < m.start() - 1; i++) {
            Token v = s.get(i);
            if (v.tag().matches("VB[DZP]") && is("perform-verb", v) && !s.children(v, "nsubj").isEmpty()) acting = true;
        }
        if (!acting) return null;
        int e = m.end();
        Token next = s.get(e);
        if (Names.isNameToken(next) && next.tag().startsWith("NNP")) {
            TokenSpan ch = Names.properNameRun(s, e);
            return ch != null && (ch.end() >= s.size() || s.get(ch.end()).word().matches("[.,;)]")) ? new Role(ch, null) : null;
        }
        if (!next.tag().matches("DT|PRP\\$")) return null;
        int k = e + 1;
        while (k < s.size() && s.get(k).isLowercaseWord() && s.get(k).tag().matches("JJ.*|NN|HYPH|VBN|POS")) k++;
        if (k == e + 1 || k < s.size() && !s.get(k).word().matches("[.,;)]")) return null;
        Token noun = s.get(k - 1);
        if (!noun.tag().startsWith("NN") || !Lexicon.isPersonNoun(noun.word())) return null;
        return new Role(null, new TokenSpan(s, e, k));
    }

    /**
     * The verb of acting right after a comma-closed aside that follows the name ("X, in the best work of his career,
     * plays …"), when the parser gave that verb no subject; else null. The aside holds no verb of its own.
     */
    private static Token verbAfterAside(Sentence s, TokenSpan m) {
        int i = m.end();
        if (i >= s.size() || !s.get(i).word().equals(",")) return null;
        int close = i + 1;
        while (close < s.size() && close - i <= 12 && !s.get(close).word().matches("[,;.:()]")) {
            if (s.get(close).tag().matches("VB[DZP]|MD")) return null;
            close++;
        }
        if (close == i + 1 || close + 1 >= s.size() || !s.get(close).word().equals(",")) return null;
        Token v = s.get(close + 1);
        if (v.is("also") && close + 2 < s.size()) v = s.get(close + 2);
        if (!v.tag().matches("VB[DZ]") || !is("perform-verb", v) || !s.children(v, "nsubj").isEmpty()) return null;
        return v;
    }

    /** The determined noun for a person that a copula predicates before {@code end}, as a description; else null. */
    private static Role copulaPersonBefore(Sentence s, int end) {
        for (int k = end - 1; k >= 0; k--) {
            Token t = s.get(k);
            if (t.isLowercaseWord() && t.tag().equals("NN") && Lexicon.isPersonNoun(t.word()) && !s.children(t, "cop").isEmpty()
                    && s.children(t, "det").stream().anyMatch(d -> d.is("the") || d.is("a") || d.is("an"))) {
                TokenSpan d = descriptionSpan(s, t);
                return d == null ? null : new Role(null, d);
            }
        }
        return null;
    }

    /**
     * The part a naming word introduced before token {@code end} of the sentence ("… a hacker called Pixel, …"), or a
     * name an apposition describes as a person ("Agnes, a stubborn widow, …"), or null.
     */
    private static Role namedBefore(Sentence s, int end) {
        for (int k = end - 2; k >= 1; k--)
            if (WORDS.get("naming-word").contains(s.get(k).word().toLowerCase(Locale.ROOT)) && Names.isNameToken(s.get(k + 1)) && s.get(k + 1).tag().startsWith("NNP")) {
                Role r = roleAt(s, s.get(k + 1), false);
                if (r == null || r.character() == null) return null;
                // the noun the naming word follows describes the part ("a teenage hacker called Pixel")
                TokenSpan d = r.description() != null ? r.description() : s.get(k - 1).tag().startsWith("NN") && s.get(k - 1).isLowercaseWord() ? descriptionSpan(s, s.get(k - 1)) : null;
                return new Role(r.character(), d);
            }
        // ("The farm belongs to Agnes, a stubborn widow, and X plays her": a name described in apposition as a person)
        for (int k = end - 2; k >= 0; k--) {
            Token t = s.get(k);
            if (!Names.isNameToken(t) || !t.tag().startsWith("NNP") || k + 1 < s.size() && Names.isNameToken(s.get(k + 1))) continue;
            // (or a person described before the name: "a burnt-out public defender, Elias Brandt, and X plays him")
            Token g = s.head(t);
            boolean describedBefore = t.rel().equals("appos") && g != null && g.index() < t.index() && g.isLowercaseWord() && g.tag().startsWith("NN") && Lexicon.isPersonNoun(g.word())
                    // ("The hero is Prickles, …, and he is voiced by X": a copula from a noun for a person)
                    || !s.children(t, "cop").isEmpty() && s.children(t, "nsubj").stream().anyMatch(n -> n.isLowercaseWord() && n.tag().startsWith("NN") && Lexicon.isPersonNoun(n.word()));
            // (read off the surface where the parser made a list of them: "a person noun, Name,")
            int first = k;
            while (first > 0 && Names.isNameToken(s.get(first - 1)) && s.get(first - 1).tag().startsWith("NNP")) first--;
            // ("a railroad baron with a silver-topped cane, Cyrus Vane": back over the noun's own phrase to the person noun)
            Token personBefore = null;
            // ("the vicar, the Reverend Amos Culley, and X plays him": a title's article before the name)
            int lead = first >= 3 && s.get(first - 1).is("the") && s.get(first - 2).word().equals(",") ? first - 1 : first;
            if (lead >= 2 && s.get(lead - 1).word().equals(","))
                for (int j = lead - 2; j >= Math.max(0, lead - 9) && personBefore == null; j--) {
                    Token w = s.get(j);
                    if (w.isLowercaseWord() && w.tag().startsWith("NN") && Lexicon.isPersonNoun(w.word()) && (j == lead - 2 || s.get(j + 1).tag().equals("IN"))) personBefore = w;
                    else if (!(w.isLowercaseWord() && w.tag().matches("DT|JJ.*|NNS?|IN|HYPH|VBN|PRP\\$") && (!w.tag().equals("IN") || w.word().matches("with|of|in|from")))) break;
                }
            if (personBefore != null) {
                Role r = roleAt(s, t, false);
                if (r != null && r.character() != null) return r.description() != null ? r : new Role(r.character(), descriptionSpan(s, personBefore));
            }
            // (or read off the surface where the parse lost the apposition: "Rory Vane, a former champion now working nights")
            TokenSpan after = personPhraseAfterComma(s, k + 1);
            if (!describedBefore && after == null
                    && s.children(t, "appos").stream().noneMatch(ap -> ap.index() > t.index() && ap.isLowercaseWord() && ap.tag().startsWith("NN") && Lexicon.isPersonNoun(ap.word()))) continue;
            Role r = roleAt(s, t, false);
            if (r == null || r.character() == null) return null;
            return r.description() == null && after != null ? new Role(r.character(), after) : r;
        }
        return null;
    }

    /** The role a performing verb names: its object ("plays Y", "plays his mother"), or an "as" phrase ("stars as Y"). */
    private static Role roleOfVerb(Sentence s, Token verb) {
        // "Mercy, a wild girl whom newcomer X plays with verve": the relative pronoun stands for the noun the clause is on
        Token on = s.head(verb);
        if (verb.rel().startsWith("acl:relcl") && on != null && s.children(verb, "obj").stream().anyMatch(o -> o.tag().matches("WP|WDT")))
            return roleAt(s, on, false);
        for (Token o : s.children(verb, "obj")) {
            if (o.lemma().equalsIgnoreCase("role") || o.lemma().equalsIgnoreCase("part")) {
                for (Token n : s.children(o, "nmod")) if (s.caseOf(n).equals("of")) return roleAt(s, n, true);
                for (Token n : s.children(o, "appos")) return roleAt(s, n, true);
                continue;
            }
            if (anotherWorkAfter(s, o)) return null;
            Role r = roleAt(s, o, true);
            // ("plays the screw-up, Sam": the parser may make the name a second object; the first may name no person)
            if (r == null) continue;
            // "plays King George as a kindly eccentric": the "as" phrase describes the character played
            if (r != null && r.character() != null && r.description() == null) {
                Role as = asRole(s, verb, null);
                if (as != null && as.character() == null && as.description() != null && personHeaded(as.description())) return new Role(r.character(), as.description());
            }
            return r;
        }
        // "plays a smuggler called the Deacon": the parser may read the naming participle as a clause of its own
        for (Token c : s.children(verb, "ccomp"))
            if (WORDS.get("naming-word").contains(c.word().toLowerCase(Locale.ROOT)))
                for (Token o : s.children(c, "nsubj")) {
                    Role r = roleAt(s, o, true);
                    if (r != null) return r;
                }
        // "(she was) cast in the role of Y", "cast in the part Y"
        for (Token o : s.children(verb, "obl")) {
            if (!o.lemma().equalsIgnoreCase("role") && !o.lemma().equalsIgnoreCase("part")) continue;
            for (Token n : s.children(o, "nmod")) if (s.caseOf(n).equals("of")) return roleAt(s, n, true);
            for (Token n : s.children(o)) if (n.rel().matches("appos|compound|flat|dep") && n.tag().startsWith("NNP")) return roleAt(s, n, true);
        }
        return asRole(s, verb, null);
    }

    /**
     * "That's X" opening a sentence, the name the copula's predicate: the part is the last person the sentence before
     * introduced, by name ("a vet called Sam") or by a noun for a person ("a health inspector who …"), else null.
     */
    private static Role thatIsName(Doc doc, Sentence s, TokenSpan m, Token h) {
        if (s.index() == 0 || m.start() < 2 || m.start() > 3 || !s.get(0).word().matches("(?i)that|this")) return null;
        if (!s.get(1).word().matches("'s|’s|is") || m.start() == 3 && !is("actor-noun", s.get(2))) return null;
        if (s.children(h, "cop").isEmpty() || m.end() < s.size() && s.get(m.end()).tag().equals("POS")) return null;
        Sentence prev = doc.sentences().get(s.index() - 1);
        // (whichever comes last: "a lorry driver (X) …, and a health inspector who …" points at the inspector)
        Role named = namedBefore(prev, prev.size());
        int after = named == null ? 0 : named.character().end();
        for (int k = prev.size() - 1; k >= after; k--) {
            Token t = prev.get(k);
            if (!t.isLowercaseWord() || !t.tag().startsWith("NN") || !Lexicon.isPersonNoun(t.word()) || Lexicon.JOBS.containsKey(t.word().toLowerCase(Locale.ROOT))
                    || is("actor-noun", t) || is("not-description", t)) continue;
            // (the head of its phrase, not a noun modifying another: "a health inspector", not "health")
            if (t.rel().equals("compound")) continue;
            // (a phrase of its own, with a determiner or an owner: "in love with her" introduces no one)
            if (prev.children(t, "det").isEmpty() && prev.children(t, "nmod:poss").isEmpty()) continue;
            TokenSpan d = descriptionSpan(prev, t);
            return d == null ? named : new Role(null, d);
        }
        return named;
    }

    /**
     * Whether token {@code i} stands in a list of agents of a passive verb of acting, "played by A (Sal), B (Vinnie, who
     * wrote the hits) and newcomer C": back to "by" and the participle, over names, commas, "and", actor nouns and
     * whatever stands in brackets.
     */
    static boolean inAgentList(Sentence s, int i) {
        int depth = 0;
        for (int k = i - 1; k >= 1; k--) {
            Token t = s.get(k);
            if (t.word().equals(")")) depth++;
            else if (t.word().equals("(")) depth--;
            else if (depth > 0) continue;
            else if (t.is("by")) return s.get(k - 1).tag().matches("VBN|VBD") && is("perform-verb", s.get(k - 1));
            else if (!(Names.isNameToken(t) || t.word().equals(",") || t.is("and") || t.isLowercaseWord() && is("actor-noun", t))) return false;
        }
        return false;
    }

    /** "makes her prim", "makes him both sly and sad": "him" or "her" right after the verb, then an adjective for it. */
    private static boolean madeAdjective(Sentence s, Token make) {
        int i = make.index() + 1;
        if (i + 1 >= s.size() || !s.get(i).word().matches("(?i)him|her")) return false;
        int j = i + 1;
        while (j < s.size() && (s.get(j).tag().startsWith("RB") || s.get(j).is("both"))) j++;
        return j < s.size() && s.get(j).tag().startsWith("JJ") && s.get(j).isLowercaseWord();
    }

    /**
     * "played by siblings A and B", "voiced by real-life couple A and B": the noun for people after "by" that the name
     * hangs on (the parser makes the noun the agent and the name its dependent), else null.
     */
    private static Token agentNoun(Sentence s, Token name) {
        Token n = s.head(name);
        if (n == null || !name.rel().matches("dep|appos") || n.index() >= name.index() || !n.isLowercaseWord() || !n.tag().startsWith("NN")) return null;
        if (!Lexicon.isPersonNoun(n.word()) && !is("actor-noun", n)) return null;
        return n.rel().startsWith("obl") && s.caseOf(n).equals("by") ? n : null;
    }

    /**
     * The name is the agent after "by" in a series of agents of one passive verb of acting ("played as a girl by A, as a
     * young woman by B, and in old age by C", "played by A as a young man and by B in later life"): between the
     * participle and this "by" stand only other agents, "as" phrases, time phrases, commas and "and". The role is the
     * passive subject, described by the "as" phrase of this agent's own part of the series.
     */
    private static Hit playedByInSeries(Sentence s, TokenSpan m) {
        int by = m.start() - 1;
        while (by >= 0 && s.get(by).tag().matches("DT|JJ.*|NNS?|HYPH") && s.get(by).isLowercaseWord() || by >= 0 && s.get(by).tag().equals("DT")) by--;
        if (by < 1 || !s.get(by).is("by")) return null;
        // back to the participle: no finite verb, no clause punctuation on the way
        int v = by - 1;
        int segmentStart = -1;
        while (v >= 0 && !(s.get(v).tag().equals("VBN") && is("perform-verb", s.get(v)))) {
            Token t = s.get(v);
            if (t.tag().matches("VB[DZP]|MD|WDT|WP") || t.word().matches("[.;:()–—]")) return null;
            if ((t.word().equals(",") || t.is("and")) && segmentStart < 0) segmentStart = v + 1;
            v--;
        }
        if (v < 0) return null;
        if (segmentStart < 0) segmentStart = v + 1;
        Token participle = s.get(v);
        // "…, and her first mate Barnaby by X": a segment that opens with a noun phrase of its own is a clause with the
        // verb left out, and that noun phrase is X's part
        Token opener = segmentStart < by ? s.get(segmentStart) : null;
        if (opener != null && !opener.is("as") && !opener.tag().equals("IN") && segmentStart > v + 1) {
            Role own = phraseFrom(s, segmentStart);
            // (a person: "played with charm and a tough core by X" names a manner, not a part)
            boolean part = own != null && (own.character() != null || own.description() != null && personHeaded(own.description()));
            return part ? new Hit("played-by", own) : null;
        }
        // this agent's part: "as …" in its own segment (before "by", or right after the name)
        Role as = null;
        for (int i = segmentStart; i < by && as == null; i++) if (s.get(i).is("as")) as = phraseFrom(s, i + 1);
        if (as == null && m.end() + 1 < s.size() && s.get(m.end()).is("as")) as = phraseFrom(s, m.end() + 1);
        Role subject = roleOfPassive(s, participle);
        // ("The hero is Prickles, …, and he's voiced with gusto by X": a pronoun for the part named before it)
        if (subject == null && s.children(participle, "nsubj:pass").stream().anyMatch(p -> p.tag().equals("PRP"))) subject = namedBefore(s, participle.index());
        TokenSpan character = subject == null ? null : subject.character();
        TokenSpan description = as != null && as.character() == null && as.description() != null && personHeaded(as.description()) ? as.description()
                : subject == null ? null : subject.description();
        return new Hit("played-by", character == null && description == null ? null : new Role(character, description));
    }

    /** "Y, played by X" / "Y is played by X": the role is the passive subject or the noun the participle modifies. */
    private static Role roleOfPassive(Sentence s, Token participle) {
        boolean voice = participle.lemma().equals("voice");
        for (Token subj : s.children(participle, "nsubj:pass"))
            if (!subj.tag().startsWith("PRP"))
                return titledNameBeforePassive(s, participle.index(), withNameBeforePassive(s, participle.index(), subj.index(), dashedRole(s, subj, voiced(s, subj, voice), voice)));
        // "Her son, played with charm by X, arrives": the parser may make the noun the participle's active subject
        // (and, for a voice, without the comma: "then come a pair of gulls voiced by X")
        for (Token subj : s.children(participle, "nsubj"))
            if (!subj.tag().startsWith("PRP") && (voice || subj.index() + 1 < s.size() && s.get(subj.index() + 1).word().equals(","))) return voiced(s, subj, voice);
        // "Ruth Sandoval, a horse trader played with wit by X": a reduced relative the parser reads as a clause; the noun for
        // a person right before the participle is its patient, and a name before that noun's comma its character
        for (Token subj : s.children(participle, "nsubj"))
            if (subj.index() == participle.index() - 1 && subj.isLowercaseWord() && subj.tag().startsWith("NN") && Lexicon.isPersonNoun(subj.word())) {
                Role r = voiced(s, subj, voice);
                if (r == null || r.character() != null || r.description() == null) return r;
                int c = r.description().start() - 1;
                TokenSpan name = c >= 1 && s.get(c).word().equals(",") ? Names.properNameRun(s, c - 1) : null;
                return name != null && name.end() == c && Names.looksLikePerson(name) ? new Role(name, r.description()) : r;
            }
        Token g = s.head(participle);
        if (g != null && participle.rel().startsWith("acl")) return voiced(s, g, voice);
        // "… with her toyboy, played in a cameo by X": where the parser hangs the participle on the clause, the noun for
        // a person right before its comma
        int p = participle.index();
        if (p >= 2 && s.get(p - 1).word().equals(",") && participle.rel().matches("dep|parataxis|advcl|conj")) {
            Token before = s.get(p - 2);
            if (before.tag().startsWith("NN") && before.isLowercaseWord() && personOrCreature(before)) return voiced(s, before, voice);
        }
        // "Kit, who left for London and never came back, played by X": the parser hangs the participle on the verb of the
        // relative clause; the person is what the clause hangs on
        Token clause = participle;
        while (clause.rel().startsWith("conj") && s.head(clause) != null) clause = s.head(clause);
        if (clause != participle && p >= 1 && s.get(p - 1).word().equals(",")) {
            Token head = relativeClauseHead(s, clause, p);
            if (head != null && clause.index() > head.index()) return voiced(s, head, voice);
        }
        // "…; her father, Cornelis, a gruff man who says yes anyway, is played by X": where the parse loses the subject,
        // the noun phrase opening the participle's clause (after a semicolon or ", and", or at the sentence's start)
        if (p >= 2 && s.get(p - 1).word().matches("is|was|are|'s|’s") && s.get(p - 2).word().equals(",")) {
            int k = p - 2;
            while (k > 0 && !s.get(k - 1).word().matches("[;:]") && !(k >= 2 && s.get(k - 1).is("and") && s.get(k - 2).word().equals(","))) k--;
            if (s.get(k).tag().matches("DT|PRP\\$")) {
                while (k < p && !s.get(k).tag().startsWith("NN")) k++;
                while (k + 1 < p && s.get(k + 1).tag().startsWith("NN") && s.get(k + 1).isLowercaseWord()) k++;
                // ("The old farmer's daughter, Solveig, is played by X": the owner's noun is not the part; what it owns is)
                while (k + 2 < p && s.get(k + 1).tag().equals("POS")) {
                    k += 2;
                    while (k < p && !s.get(k).tag().startsWith("NN")) k++;
                    while (k + 1 < p && s.get(k + 1).tag().startsWith("NN") && s.get(k + 1).isLowercaseWord()) k++;
                }
                if (k < p && s.get(k).isLowercaseWord() && personOrCreature(s.get(k))) return withNameBeforePassive(s, p, k, voiced(s, s.get(k), voice));
            }
        }
        return null;
    }

    /**
     * "The other members – Leon, Kezia and little Ty – are played by A, B and C": names set off by dashes after the
     * subject pair in order with the coordinated agents ({@code agent} is this person's, the first or a conjunct).
     */
    private static Role dashedListPart(Sentence s, Token participle, Token agent, Token self, Role r) {
        for (Token subj : s.children(participle, "nsubj:pass")) {
            int open = subj.index() + 1;
            if (open >= s.size() || !s.get(open).word().matches("[–—-]|--")) continue;
            int close = open + 1;
            while (close < participle.index() && !s.get(close).word().matches("[–—-]|--")) close++;
            if (close >= participle.index() || close == open + 1) continue;
            List<Names.Item> names = Names.splitList(new TokenSpan(s, open + 1, close));
            List<Token> agents = new ArrayList<>(List.of(agent));
            agents.addAll(s.children(agent, "conj").stream().filter(c -> c.tag().startsWith("NNP")).toList());
            int at = -1;
            for (int i = 0; i < agents.size(); i++) if (agents.get(i).index() == self.index()) at = i;
            if (names.size() < 2 || names.size() != agents.size() || at < 0) continue;
            return new Role(names.get(at).actor(), r == null ? null : r.description());
        }
        return r;
    }

    /**
     * "Her producer and ex-boyfriend Remy is played by X": a name right before "is played", after a lowercase noun for
     * a person, is the part the subject describes (the parser may hang it as a conjunct of the first noun).
     */
    private static Role titledNameBeforePassive(Sentence s, int p, Role r) {
        if (r == null || r.character() != null || r.description() == null || p < 3 || !s.get(p - 1).word().matches("is|was|'s|’s")) return r;
        TokenSpan name = Names.lastNameRun(new TokenSpan(s, Math.max(0, p - 4), p - 1));
        if (name == null || name.end() != p - 1 || name.start() == 0) return r;
        Token before = s.get(name.start() - 1);
        boolean person = name.tokens().stream().allMatch(t -> t.isCapitalised() && (t.isPerson() || t.tag().startsWith("NNP")));
        if (!person || !before.isLowercaseWord() || !before.tag().startsWith("NN") || !Lexicon.isPersonNoun(before.word())
                || name.start() <= r.description().start()) return r;
        return new Role(name, r.description());
    }

    /**
     * "The ferryman's daughter who rows them over, Sigrun, is played by X": a part with no character, given the name set
     * off by commas just before the participle's ", is" (after the part's noun at {@code after}), wherever the parser hung it.
     */
    private static Role withNameBeforePassive(Sentence s, int participle, int after, Role r) {
        int p = participle;
        if (r == null || r.character() != null || p < 4 || !s.get(p - 1).word().matches("is|was|are|'s|’s") || !s.get(p - 2).word().equals(",")) return r;
        TokenSpan name = Names.lastNameRun(new TokenSpan(s, Math.max(after + 1, p - 6), p - 2));
        if (name == null || name.end() != p - 2 || name.start() == 0 || !s.get(name.start() - 1).word().equals(",")) return r;
        // (NER may call a character's name a place: "the town's corrupt marshal, Hollis Vane, is played by X"; set off after
        // a noun for a person, a capitalised name is the part's)
        boolean afterPersonNoun = s.get(after).isLowercaseWord() && Lexicon.isPersonNoun(s.get(after).word())
                && name.tokens().stream().allMatch(t -> t.isCapitalised() && !t.word().matches(".*-\\p{Ll}+") && t.tag().startsWith("NN") && Names.isNameToken(t));
        if (!Names.looksLikePerson(name) && !afterPersonNoun) return r;
        return new Role(name, r.description());
    }

    /**
     * The character a sentence introduces: the name its copula predicates ("The hero is Moss, a hedgehog") or, failing
     * that, its subject's name ("Moss wakes to find …"), with the description in apposition; else null.
     */
    private static Role namedInSentence(Sentence p) {
        for (Token t : p.tokens()) {
            if (t.head() >= 0) continue;
            Token named = t.tag().startsWith("NNP") && Names.isNameToken(t) && !p.children(t, "cop").isEmpty() ? t : null;
            if (named == null)
                for (Token sub : p.children(t, "nsubj")) if (sub.tag().startsWith("NNP") && Names.isNameToken(sub)) named = sub;
            return named == null ? null : roleAt(p, named, false);
        }
        return null;
    }

    /**
     * "Her love interest – the grumpy chef, Tomás – is played by X": where the subject names no part the parse can read
     * (a two-word role noun, "love interest"), the person noun set off after it by a dash does, and the subject describes it.
     */
    private static Role dashedRole(Sentence s, Token subj, Role r, boolean voice) {
        if (r != null && (r.character() != null || r.description() != null)) return r;
        boolean compoundRole = twoWordRoleNoun(s, subj);
        for (Token k : s.children(subj)) {
            if (!k.rel().matches("dep|appos") || k.index() < subj.index() || !k.isLowercaseWord() || !k.tag().startsWith("NN") || !Lexicon.isPersonNoun(k.word())) continue;
            Role inner = voiced(s, k, voice);
            if (inner == null) continue;
            return inner.character() != null && inner.description() == null && compoundRole ? new Role(inner.character(), descriptionSpan(s, subj)) : inner;
        }
        if (compoundRole) {
            TokenSpan d = descriptionSpan(s, subj);
            if (d != null) return new Role(null, d);
        }
        return r;
    }

    /** The role at {@code noun}; for a voice, whatever creature the noun names ("a pair of bickering gulls voiced by X"). */
    private static Role voiced(Sentence s, Token noun, boolean voice) {
        Role r = roleAt(s, noun, false);
        if (r == null && voice && noun.isLowercaseWord() && noun.tag().startsWith("NN")) {
            TokenSpan d = descriptionSpan(s, noun);
            if (d != null) r = new Role(null, d);
        }
        return r;
    }

    /** The cue an "as" phrase on the person's predicate gives: "X turns up as Y", "X is chilling as Ruth's landlord", "X shines as Y". */
    private static Hit asCue(Sentence s, Token gov, Role as) {
        if (as == null || is("perform-verb", gov)) return null;
        // "X turns up as a shifty harbour master", "X appears as Y": to appear as a role is to play it
        // ("X steps in as Y", "X takes over as Y", "X fills in as Y": to take a part over is to play it)
        boolean appears = is("appear-verb", gov) || gov.lemma().matches("(?i)turn|show|pop|crop") && s.children(gov, "compound:prt").stream().anyMatch(t -> t.is("up"))
                || gov.lemma().matches("(?i)step|fill") && s.children(gov, "compound:prt").stream().anyMatch(t -> t.is("in"))
                || gov.lemma().matches("(?i)take") && s.children(gov, "compound:prt").stream().anyMatch(t -> t.is("over"))
                // ("X hams it up as Y", "X camps it up as Y": to overplay a part is to play it)
                || gov.lemma().matches("(?i)ham|camp") && s.children(gov, "compound:prt").stream().anyMatch(t -> t.is("up"))
                // ("X returns as Y": a sequel's part played again)
                || gov.lemma().equalsIgnoreCase("return")
                // ("X is back as Y")
                || gov.is("back") && !s.children(gov, "cop").isEmpty();
        // ("worked for years as Tom's assistant" is a career, owned or not)
        boolean career = gov.lemma().matches("(?i)work|serve|train|start|begin|intern|volunteer|labou?r|moonlight|sign|earn|retire|employ|hire");
        // ("X is a force of nature as Lena": an "as" naming a character is a part; "known as Lena" is a name)
        // ("X completes the line-up as drummer Rob Pike": a character with a bare title before it is named too)
        // ("a roadrunner called Dash, and X does a lot as him": a pronoun's part, named before the verb, is named too)
        boolean asName = as != null && as.character() != null && (as.description() == null || bareTitle(as.description()) || as.character().start() < gov.index()) && !career
                && !gov.lemma().matches("(?i)know|describe|bill|refer|remember|regard|see|dub|nickname|credit|introduce|list");
        return new Hit(appears ? "performing-verb" : possessedRole(as) && !career ? "as-possessed-role" : asName ? "name-as" : "as-phrase", as);
    }

    /** An "as" phrase attached to a predicate (or, with {@code noun}, to that noun): "shines as Y", "turn as Y". */
    private static Role asRole(Sentence s, Token pred, Token noun) {
        for (Token base : noun == null ? List.of(pred) : List.of(noun, pred)) {
            for (Token c : s.children(base)) {
                if (!(c.rel().startsWith("obl") || c.rel().startsWith("nmod") || c.rel().startsWith("advcl"))) continue;
                if (!s.caseOf(c).equals("as") && !(c.index() > 0 && s.get(c.index() - 1).is("as"))) continue;
                // ("a roadrunner called Dash, and X does a lot with very little as him": the pronoun's part, named before)
                if (c.word().matches("(?i)him|her")) return namedBefore(s, c.index());
                Role r = roleAt(s, c, false);
                if (r != null) return r;
            }
            // "hams it up as a smuggler called the Deacon": the parser makes "as" mark a clause
            for (Token c : s.children(base, "advcl"))
                for (Token mark : s.children(c, "mark"))
                    if (mark.is("as") && mark.index() + 1 < s.size()) {
                        Role r = phraseFrom(s, mark.index() + 1);
                        if (r != null) return r;
                    }
        }
        // "makes an impression as their bandleader", "is touching as Ruby's sister Claudette": where the parser hangs the
        // "as" nowhere useful, the first "as" after the predicate in its clause, unless the phrase compares ("as good as")
        for (int i = pred.index() + 1; i < s.size() - 1 && i <= pred.index() + 8; i++) {
            Token t = s.get(i);
            // ("does what he can as …")
            if (t.is("what") && i + 2 < s.size() && s.get(i + 1).tag().equals("PRP") && s.get(i + 2).lemma().matches("can|could")) {
                i += 2;
                continue;
            }
            if (t.word().matches("[,;:.()–—]") || t.tag().matches("CC|WDT|WP")) break;
            if (!t.is("as")) continue;
            if (s.get(i + 1).tag().matches("JJ.*|RB.*") && s.children(s.get(i + 1)).isEmpty()) break;
            if (s.get(i + 1).is("well") || s.get(i + 1).is("if") || s.get(i + 1).is("though") || s.get(i + 1).is("usual") || s.get(i + 1).is("ever")) break;
            if (s.get(i + 1).word().matches("(?i)him|her")) return namedBefore(s, i + 1);
            Role r = phraseFrom(s, i + 1);
            // further on ("gives the film a jolt of humour as the station's cook") only a part: a character, or a noun
            // for a person ("… a jolt as the credits roll" is a time)
            if (i > pred.index() + 5 && r != null && r.character() == null && !personHeaded(r.description())) return null;
            return r;
        }
        return null;
    }

    /**
     * "a smuggler called the Deacon", "a fixer named Harold Fisk": the capitalised name after a naming participle at
     * token {@code i} (a comma may come first), or null.
     */
    private static TokenSpan namedAt(Sentence s, int i) {
        if (i < s.size() && s.get(i).word().equals(",")) i++;
        if (i + 1 >= s.size() || !WORDS.get("naming-word").contains(s.get(i).word().toLowerCase(Locale.ROOT))) return null;
        int b = i + 1;
        // ("a henchman named, and I am not making this up, Gearbox": an aside between commas before the name)
        if (s.get(b).word().equals(",")) {
            int close = b + 1;
            while (close < s.size() && close - b <= 10 && !s.get(close).word().matches("[,;.]")) close++;
            if (close < s.size() && close - b <= 10 && s.get(close).word().equals(",")) b = close + 1;
            if (b >= s.size()) return null;
        }
        if (s.get(b).is("the") && b + 1 < s.size() && s.get(b + 1).isCapitalised()) b++;
        int e = b;
        while (e < s.size() && e - b < 4 && s.get(e).isCapitalised() && Names.isNameToken(s.get(e))) e++;
        return e > b ? new TokenSpan(s, b, e) : null;
    }

    /**
     * "X matches him as his estranged daughter", "X is touching as Ruby's sister Claudette": a role noun someone owns
     * ("his", "her", "Ruth's"), no job, after "as" names a part in the story ("as a waiter" or "as producer" may be a
     * career).
     */
    private static boolean possessedRole(Role r) {
        // (with the character's name too: "is touching as Ruby's sister Claudette")
        if (r.description() == null) return false;
        Sentence s = r.description().sentence();
        Token head = r.description().head();
        return head.isLowercaseWord() && Lexicon.isRoleNoun(head.word()) && !Lexicon.JOBS.containsKey(head.word().toLowerCase(Locale.ROOT))
                && s.children(head, "nmod:poss").stream().anyMatch(p -> p.tag().equals("PRP$") || p.tag().startsWith("NNP"));
    }

    /** The name owns what follows it ("Jonah's teacher"): then the copula is about that, not about the name. */
    private static boolean ownsSomething(Sentence s, TokenSpan name) {
        return name.end() < s.size() && s.get(name.end()).tag().equals("POS");
    }

    private static final java.util.regex.Pattern DOCUMENTARY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:documentary|documentaries|docudrama|doc|rockumentary|docuseries|talking[- ]heads|archive footage|archival footage|new interviews|concert film|concert movie|interviews\\s+(?:the|a|an|his|her|their|local|several))\\b");

    /** A verb with an agent after "by" and no object: a passive participle, whatever the tagger called it. */
    private static boolean passiveAgent(Sentence s, Token v) {
        return s.children(v, "obj").isEmpty() && s.children(v).stream().anyMatch(c -> c.rel().startsWith("obl") && s.caseOf(c).equals("by"));
    }

    /**
     * "Opposite her, X", "Alongside Ruth Vale, X": an opening "opposite" or "alongside" someone (a pronoun or a person's
     * name, not "the church"), then the name.
     */
    private static boolean openedBeside(Sentence s, TokenSpan m) {
        if (s.size() < 4 || !(s.get(0).is("opposite") || s.get(0).is("alongside"))) return false;
        int comma = 1;
        while (comma < s.size() && comma <= 4 && !s.get(comma).word().equals(",")) {
            Token t = s.get(comma);
            if (!(t.tag().equals("PRP") || t.isPerson() && Names.isProperNameToken(t))) return false;
            comma++;
        }
        return comma > 1 && comma <= 4 && m.start() == comma + 1;
    }

    /**
     * "X interviews everyone who is still alive: the victim's sister, A; the detective, B; and C": a full name in the
     * list after a colon whose clause interviews or meets people.
     */
    private static boolean listedAfterInterview(Sentence s, TokenSpan m) {
        // (a person NER knows: "the title track, 'Blue Room', …" after "her interviews are unhurried: …" is no one)
        if (m.size() < 2 || m.tokens().stream().noneMatch(Token::isPerson)) return false;
        int colon = m.start() - 1;
        while (colon > 0 && !s.get(colon).word().equals(":")) colon--;
        if (colon <= 0) return false;
        for (int k = 0; k < colon; k++) {
            Token t = s.get(k);
            // (the tagger may call "interviews" a plural noun when it has an object: "X interviews everyone who …")
            boolean verb = t.tag().startsWith("VB") || k + 1 < colon && s.get(k + 1).tag().matches("DT|NN|PRP|CD") && !s.get(k + 1).tag().equals("NNS");
            if (verb && (t.lemma().matches("(?i)interview|meet|hear|talk|speak") || WORDS.get("meeting-verb").contains(t.word().toLowerCase(Locale.ROOT))))
                return true;
        }
        return false;
    }

    /** "Guitarist X, who wrote the hit, died in 1999": the sentence opens with the name, and its verb is "die". */
    private static boolean diedAfter(Sentence s, TokenSpan m) {
        // ("the camp's owner, X, who died in 2009": a relative clause of death on the name)
        int e = m.end();
        if (e + 2 < s.size() && s.get(e).word().equals(",") && s.get(e + 1).is("who")
                && (s.get(e + 2).lemma().equalsIgnoreCase("die") || e + 3 < s.size() && s.get(e + 2).lemma().equalsIgnoreCase("have") && s.get(e + 3).lemma().equalsIgnoreCase("die")))
            return true;
        if (m.start() > 1) return false;
        for (int i = m.end(); i < s.size(); i++)
            if (s.get(i).lemma().equalsIgnoreCase("die") && s.get(i).tag().matches("VBD|VBZ")) return true;
        return false;
    }

    /** A role noun before a name that says what the person does, not a film job, an actor's or a relation ("frontman", "chef"). */
    private static boolean documentarySubject(Sentence s, Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        // (the tagger calls a role noun opening a sentence a proper noun: "Frontman X is …"; "keyboard player" is a musician)
        return t.tag().startsWith("NN") && (!t.tag().startsWith("NNP") || t.index() == 0) && Lexicon.isRoleNoun(w) && !Lexicon.JOBS.containsKey(w)
                && (!is("actor-noun", t) || playerOfSomething(s, t.index()))
                && !is("relation-noun", t) && !Lexicon.BAND_NOUNS.contains(w);
    }

    /**
     * The review says more than once, or at its head, that the film is a documentary ("has a documentary background"
     * said once of a fiction film's director is not enough).
     */
    static boolean clearlyDocumentary(Doc doc) {
        java.util.regex.Matcher d = DOCUMENTARY.matcher(doc.text());
        int n = 0;
        while (d.find()) {
            // ("a documentary background", "documentary realism": the word as a modifier says nothing of this film)
            if (ATTRIBUTIVE.matcher(doc.text()).region(d.end(), doc.text().length()).lookingAt()) continue;
            if (d.start() < 300 || ++n >= 2) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern ATTRIBUTIVE = java.util.regex.Pattern.compile(
            "\\s+(?:background|roots|maker|makers|filmmaker|filmmakers|style|experience|career|work|eye|feel|realism|crew|director|training|sensibility|instincts)\\b");

    /** The name is the subject of a copula whose predicate is a noun. */
    private static boolean copulaToNoun(Sentence s, Token h) {
        Token v = s.head(h);
        return h.rel().startsWith("nsubj") && v != null && v.tag().startsWith("NN") && !s.children(v, "cop").isEmpty();
    }

    /** The review is about a documentary: it says so. */
    static boolean documentary(Doc doc) {
        return DOCUMENTARY.matcher(doc.text()).find();
    }

    private static boolean interviewee(Sentence s, Token name, Token gov, String rel) {
        String c = s.caseOf(name);
        String v = gov.lemma().toLowerCase(Locale.ROOT);
        if ((rel.startsWith("nmod") || rel.startsWith("obl")) && c.equals("with") && v.matches("interview|conversation|chat|sit-down")) return true;
        if (rel.startsWith("obl") && c.equals("from") && v.equals("hear")) return true;
        if (rel.startsWith("nsubj") && v.equals("appear") && s.children(gov, "obl").stream().anyMatch(o -> o.is("camera") && s.caseOf(o).equals("on"))) return true;
        // "a local reporter at the time, X, remembers how the town turned": to remember or tell, in the present, before
        // the camera
        return rel.equals("nsubj") && gov.tag().equals("VBZ") && is("testimony-verb", gov);
    }

    /**
     * Read off the surface where the parse hangs the name elsewhere: "a reporter at the time, X, remembers how …" (the
     * name set off by commas before a verb of testimony in the present) and "we hear from A, …, and from B" (a later "from"
     * after hearing from someone).
     */
    private static boolean testifiesOnSurface(Sentence s, TokenSpan m) {
        if (m.start() > 0 && s.get(m.start() - 1).word().equals(",") && m.end() + 1 < s.size() && s.get(m.end()).word().equals(",")
                && s.get(m.end() + 1).tag().equals("VBZ") && is("testimony-verb", s.get(m.end() + 1))) return true;
        int from = m.start() - 1;
        // (a title may come first: "from Reverend X")
        if (from > 0 && s.get(from).tag().startsWith("NNP") && !s.get(from).isPerson()) from--;
        if (from < 1 || !s.get(from).is("from")) return false;
        for (int i = 0; i < from; i++)
            if (s.get(i).lemma().equalsIgnoreCase("hear") && s.get(i).tag().startsWith("VB")) return true;
        return false;
    }

    /**
     * "We meet Arne Vik", "she talks to the historian Per Dahl", "the film follows chef Ana Ruiz": read off the surface
     * (the parser often hangs such names elsewhere), a verb of meeting a few words before the name, with only a
     * preposition, determiners, modifiers and nouns between.
     */
    private static boolean metOnCamera(Sentence s, TokenSpan m) {
        // ("talks to Bask's former producer, X": the owner is not the one met, X is)
        if (m.end() < s.size() && s.get(m.end()).tag().equals("POS")) return false;
        for (int i = m.start() - 1; i >= 0 && i >= m.start() - 7; i--) {
            Token t = s.get(i);
            if (t.tag().equals("POS") && i > 0 && Names.isNameToken(s.get(i - 1))) {
                while (i > 1 && Names.isNameToken(s.get(i - 2)) && s.get(i - 2).tag().startsWith("NNP")) i--;
                i--;
                continue;
            }
            if (WORDS.get("meeting-verb").contains(t.word().toLowerCase(Locale.ROOT)) && t.tag().startsWith("VB")) return true;
            // (a comma may close a noun before the name, "the local MP, X"; an abbreviation may be that noun)
            boolean comma = t.word().equals(",") && i == m.start() - 1 && i > 0 && s.get(i - 1).tag().startsWith("NN");
            boolean abbreviation = t.tag().startsWith("NNP") && t.word().matches("\\p{Lu}{2,3}");
            if (!(t.tag().matches("DT|PRP\\$|JJ.*|NN|NNS|RB") && t.isLowercaseWord() || t.is("to") || t.is("with") || comma || abbreviation)) return false;
        }
        return false;
    }

    /** "her role, a nurse named Maggie": the role a noun for a part stands in apposition to, or null. */
    private static Role apposedRole(Sentence s, Token partNoun) {
        for (Token a : s.children(partNoun, "appos")) {
            Role r = roleAt(s, a, false);
            if (r == null) continue;
            if (r.character() != null || r.description() == null) return r;
            // "a nurse named Maggie", "a drifter called Joe"
            for (Token acl : s.children(a, "acl"))
                if (acl.lemma().matches("(?i)name|call|dub"))
                    for (Token o : s.children(acl, "obj"))
                        if (Names.isNameToken(o) && o.tag().startsWith("NNP")) return new Role(roleAt(s, o, false).character(), r.description());
            return r;
        }
        return null;
    }

    /** "in a small role", "in a thankless part": a preposition "in" and the word for a part. */
    private static boolean inARole(Sentence s, Token c) {
        // ("X is terrific in the lead": the lead is a part too)
        return s.caseOf(c).equals("in") && c.isLowercaseWord()
                && (c.lemma().equalsIgnoreCase("role") || c.lemma().equalsIgnoreCase("part") || c.lemma().equalsIgnoreCase("lead") && s.children(c, "det").stream().anyMatch(d -> d.is("the")));
    }

    /** An empty role: the cue stands, and no role is read. */
    private static final Role NO_ROLE = new Role(null, null);

    /** "X stars as Y" with "stars" tagged a noun: the word after the name is a verb of acting in the third person. */
    private static Role verbReadAsNoun(Sentence s, TokenSpan m) {
        Role plural = pluralVerbReadAsNoun(s, m);
        if (plural != null) return plural;
        int v = m.end();
        if (v >= s.size() || s.get(v).tag().startsWith("VB") || !s.get(v).isLowercaseWord()) return null;
        String w = s.get(v).word().toLowerCase(Locale.ROOT);
        if (!w.endsWith("s") || !WORDS.get("perform-verb").contains(w.substring(0, w.length() - 1)) && !WORDS.get("perform-verb").contains(w.replaceAll("es$", ""))) return null;
        int from = v + 1 < s.size() && s.get(v + 1).is("as") ? v + 2 : v + 1;
        Role r = from < s.size() ? phraseFrom(s, from) : null;
        return r == null ? NO_ROLE : r;
    }

    /**
     * "A and B star as a mother and son": after coordinated names the tagger reads the plural verb as a noun. The k-th
     * name gets the k-th of as many coordinated roles after "as" (the one role when there is one), or no role.
     */
    private static Role pluralVerbReadAsNoun(Sentence s, TokenSpan m) {
        List<Integer> starts = new ArrayList<>(List.of(m.start()));
        // the names before this one in its list ("A, B and C")
        int first = m.start();
        while (first >= 2 && s.get(first - 1).word().matches(",|and") && Names.isProperNameToken(s.get(first - 2))) {
            int a = first - 2;
            while (a > 0 && Names.isProperNameToken(s.get(a - 1))) a--;
            starts.add(0, a);
            first = a;
        }
        // … and after it
        int k = m.end();
        while (k + 1 < s.size() && s.get(k).word().matches(",|and") && Names.isProperNameToken(s.get(k + 1))) {
            starts.add(k + 1);
            k++;
            while (k < s.size() && Names.isProperNameToken(s.get(k))) k++;
        }
        if (starts.size() < 2 || k >= s.size() || !s.get(k).tag().startsWith("NN") || !s.get(k).isLowercaseWord()) return null;
        if (!WORDS.get("perform-verb").contains(s.get(k).word().toLowerCase(Locale.ROOT))) return null;
        if (k + 1 >= s.size() || !s.get(k + 1).is("as")) return NO_ROLE;
        List<Role> roles = new ArrayList<>();
        int from = k + 2;
        for (int i = from; i <= s.size(); i++) {
            boolean end = i == s.size() || s.get(i).word().matches("[,;:.()–—]") || s.get(i).tag().matches("VBG|VB[DZP]|WDT|WP");
            if (end || s.get(i).is("and")) {
                Role r = i > from ? phraseFrom(s, from) : null;
                if (r != null) roles.add(r);
                from = i + 1;
                if (end) break;
            }
        }
        int nth = starts.indexOf(m.start());
        if (roles.size() == starts.size() && nth >= 0) return roles.get(nth);
        return roles.size() == 1 ? roles.get(0) : NO_ROLE;
    }

    /**
     * "As Y, a widowed keeper, X is …": a sentence opened by "As" and a role (or by a phrase about the part's screen
     * time: "In one scene as the doctor, X …"), whose subject is the name.
     */
    private static Role frontedAs(Sentence s, TokenSpan m, String rel) {
        if (s.size() < 4 || !s.get(0).isCapitalised() || !(rel.startsWith("nsubj") || rel.equals("appos"))) return null;
        // "Playing Y, X …", "Voicing the fox, X …": the participle's role, and the name right after the comma
        if (s.get(0).word().endsWith("ing") && is("fronting-verb", s.get(0))) {
            if (m.start() < 3 || !s.get(m.start() - 1).word().equals(",")) return null;
            for (int k = 1; k < m.start() - 1; k++) if (s.get(k).word().matches("[,;:()]")) return null;
            return phraseFrom(s, 1);
        }
        // "In a single scene as the doctor, X …": an opening phrase about the part's screen time holds the "as"
        int as = 0;
        if (!s.get(0).is("as")) {
            as = 1;
            while (as < m.start() && !s.get(as).word().equals(",") && !s.get(as).is("as")) as++;
            if (as >= m.start() || !s.get(as).is("as") || !is("screen-time-noun", s.get(as - 1))) return null;
        }
        // "As for …", "As always, …", "As a result, …" open no role ("As bassist Y" does); nor is a name in brackets
        // the clause's subject
        Token next = s.get(as + 1);
        if (next.isLowercaseWord() && !next.tag().matches("DT|PRP\\$|JJ.*|VBN") && !(next.tag().startsWith("NN") && Lexicon.isRoleNoun(next.word()))
                || next.is("a") && s.get(as + 2).is("result")) return null;
        if (m.start() > 0 && s.get(m.start() - 1).word().equals("(")) return null;
        // ("As Y, a boxer named Lenny Dunn, X …": the named name is the part's, not the subject)
        if (m.start() > 0 && WORDS.get("naming-word").contains(s.get(m.start() - 1).word().toLowerCase(Locale.ROOT))) return null;
        int comma = as + 1;
        while (comma < m.start() && !s.get(comma).word().equals(",")) comma++;
        if (comma >= m.start()) return null;
        // (the fronted phrase is its own clause's: "As Y, A has the showier part, while B is terrific" gives B nothing)
        // (but "As that daughter, the fierce and funny X is a find": an "and" inside the name's own phrase is no new clause)
        boolean verbBefore = false;
        for (int k = comma + 1; k < m.start(); k++) {
            verbBefore |= s.get(k).tag().matches("VB[DZP]");
            if (s.get(k).word().matches("(?i)while|whereas|although|though|;") || verbBefore && s.get(k).word().matches("(?i)but|and")) return null;
        }
        Role r = phraseFrom(s, as + 1);
        if (r == null) return null;
        // "As Y, a widowed keeper, X …": the aside between the commas describes Y
        if (r.character() != null && r.description() == null && comma + 1 < m.start() && s.get(m.start() - 1).word().equals(",")) {
            TokenSpan d = trimDescription(new TokenSpan(s, comma + 1, m.start() - 1));
            if (d != null && d.tokens().stream().anyMatch(t -> t.tag().startsWith("NN") && t.isLowercaseWord())) return new Role(r.character(), d);
        }
        // "As the band's guitarist, Pete Kenny, X …": the aside names the character the description is
        if (r.character() == null && r.description() != null && comma + 1 < m.start() - 1 && s.get(m.start() - 1).word().equals(",")) {
            TokenSpan aside = new TokenSpan(s, comma + 1, m.start() - 1);
            if (aside.tokens().stream().allMatch(Names::isNameToken)) return new Role(aside, r.description());
            // "As the mayor's fixer, a former boxer named Lenny Dunn, X …": the aside ends naming the character
            int w = m.start() - 2;
            while (w > comma && s.get(w).isCapitalised() && Names.isNameToken(s.get(w))) w--;
            TokenSpan named = w > comma && w < m.start() - 2 ? namedAt(s, w) : null;
            if (named != null && named.end() == m.start() - 1) return new Role(named, r.description());
            // "As her mentor, the gruff professor Alfred Pym, X …": a determined noun for a person right before the name
            boolean titled = w > comma && w < m.start() - 2 && s.get(w).isLowercaseWord() && s.get(w).tag().startsWith("NN") && Lexicon.isPersonNoun(s.get(w).word())
                    && s.get(comma + 1).tag().matches("DT|PRP\\$");
            for (int k = comma + 2; titled && k < w; k++) titled = s.get(k).isLowercaseWord() && s.get(k).tag().matches("JJ.*|NN|VBN|HYPH");
            if (titled) return new Role(new TokenSpan(s, w + 1, m.start() - 1), r.description());
        }
        return r;
    }

    /**
     * "X (Ruth)": a full person's name, then one first name in brackets that is no part of it. A surname the review
     * gives in full elsewhere is an actor's ("Character Name (Surname)"), so it reads the usual way round.
     */
    private static Role bracketedCharacter(Sentence s, TokenSpan m, Set<String> surnames) {
        int i = m.end();
        // (a lone surname the review gives in full elsewhere reads the same way: "Kovač (Vesna) and Brandt (Luka)")
        boolean surname = m.size() == 1 && surnames.contains(m.first().word());
        if (m.size() < 2 && !surname || !surname && !m.tokens().stream().allMatch(Token::isPerson) || i + 2 >= s.size()) return null;
        if (!s.get(i).word().equals("(") || !s.get(i + 2).word().equals(")")) return null;
        Token c = s.get(i + 1);
        // a first name, as NER reads it (a one-word title in brackets is another work: "X (Lowtide)")
        // (on a credit line, any capitalised word: "Cast: A (Margaret); B (Dot); …", whatever the tagger made of "Dot")
        boolean credited = c.word().matches("\\p{Lu}\\p{Ll}+") && creditLine(s, m);
        if (!credited && (!Names.isProperNameToken(c) || !c.word().chars().allMatch(Character::isLetter) || !(c.isPerson() || surname && !"LOCATION".equals(c.ner()))))
            return null;
        if (m.tokens().stream().anyMatch(t -> t.word().equals(c.word())) || surnames.contains(c.word())) return null;
        return new Role(new TokenSpan(s, i + 1, i + 2), null);
    }

    /** "X's turn as the village priest" when the parser hangs the "as" elsewhere: the role phrase right after the noun. */
    private static Role asAfter(Sentence s, Token noun) {
        int i = noun.index() + 1;
        return i + 1 < s.size() && s.get(i).is("as") ? phraseFrom(s, i + 1) : null;
    }

    /** The k-th conjunct of a verb's object, as a role ("play the manager and the understudy"), or null. */
    private static Role pairedObject(Sentence s, Token verb, int k) {
        for (Token o : s.children(verb, "obj")) {
            List<Token> conj = s.children(o).stream().filter(t -> t.rel().startsWith("conj") && t.tag().startsWith("NN")).toList();
            if (conj.size() >= k) return roleAt(s, conj.get(k - 1), true);
        }
        return null;
    }

    /** "A and B are wonderful as mother and son": the k-th subject gets the k-th conjunct of the "as" role. */
    private static Role pairedAsRole(Sentence s, Token pred, int k) {
        Role first = asRole(s, pred, null);
        if (first == null) return null;
        TokenSpan span = first.character() != null ? first.character() : first.description();
        Token head = span.head();
        List<Token> conj = s.children(head).stream().filter(t -> t.rel().startsWith("conj")).toList();
        if (conj.size() < k) return first;
        Role r = roleAt(s, conj.get(k - 1), false);
        return r == null ? first : r;
    }

    /**
     * "with A and B in support as his chief engineer and the station's medic": two coordinated names, a few lower-case
     * words ("in support", "in supporting roles"), then "as" and two parts joined by "and"; the k-th name plays the k-th
     * part. Read off the surface (the parser hangs such lists anywhere). Null where the shape is not there.
     */
    private static PairedPart coordinatedAsPair(Sentence s, TokenSpan m) {
        TokenSpan first;
        TokenSpan second;
        if (m.start() >= 2 && s.get(m.start() - 1).is("and")) {
            first = Names.lastNameRun(new TokenSpan(s, Math.max(0, m.start() - 5), m.start() - 1));
            if (first == null || first.end() != m.start() - 1) return null;
            second = m;
        } else if (m.end() + 1 < s.size() && s.get(m.end()).is("and")) {
            first = m;
            second = Names.properNameRun(s, m.end() + 1);
            if (second == null || second.start() != m.end() + 1) return null;
        } else return null;
        int as = second.end();
        while (as < s.size() && as - second.end() <= 4 && s.get(as).isLowercaseWord() && !s.get(as).is("as") && s.get(as).tag().matches("IN|NNS?|JJ.*|VBG")) as++;
        if (as >= s.size() - 1 || !s.get(as).is("as")) return null;
        Role r1 = phraseFrom(s, as + 1);
        if (r1 == null) return null;
        TokenSpan span1 = r1.description() != null && (r1.character() == null || r1.description().end() > r1.character().end()) ? r1.description() : r1.character();
        int and = span1.end();
        if (and >= s.size() - 1 || !s.get(and).is("and")) return null;
        Role r2 = phraseFrom(s, and + 1);
        if (r2 == null) return null;
        boolean support = s.tokens().subList(second.end(), as).stream().anyMatch(t -> t.lemma().matches("(?i)support|supporting"));
        return new PairedPart(m == first ? r1 : r2, support);
    }

    /** The part one of a pair of names plays, and whether the words before "as" say they support the lead. */
    private record PairedPart(Role role, boolean support) {
    }

    /** How many "Name as …" items the sentence holds. */
    private static int nameAsItems(Sentence s) {
        int n = 0;
        for (int k = 1; k + 1 < s.size(); k++) if (s.get(k).is("as") && Names.isProperNameToken(s.get(k - 1))) n++;
        return n;
    }

    /** "X as Y" right after the name; not "such as X", "as well as". */
    private static Role nameAs(Sentence s, TokenSpan m) {
        int i = m.end();
        Token h = m.head();
        Token g = s.head(h);
        // ("hired X as a cook" is a job in the story; "we also get X as the town drunk" is the reviewer presenting a part)
        boolean presented = g != null && g.lemma().matches("(?i)get|have") && s.children(g, "nsubj").stream().anyMatch(t -> t.is("we") || t.is("you"))
                // ("The cast includes A as the bride, B as her fiancé, …": a sentence listing the cast presents each part)
                || castListed(s)
                // ("Flashbacks fill in the crew: A as the commander, B as the engineer …": a colon opens a list of parts)
                || m.start() > 0 && s.get(m.start() - 1).word().equals(":") && nameAsItems(s) >= 2;
        if (g != null && h.rel().matches("obj|iobj|nsubj:pass") && g.tag().startsWith("VB") && !is("perform-verb", g) && !presented) return null;
        // "stars A (Other Title) as Y": an aside in brackets naming no person (another work) stands between the name and "as"
        if (i + 3 < s.size() && s.get(i).word().equals("(") && m.tokens().stream().anyMatch(Token::isPerson)) {
            int close = i + 1;
            while (close < s.size() && close - i <= 8 && !s.get(close).word().matches("[()]")) close++;
            if (close < s.size() && s.get(close).word().equals(")") && close + 1 < s.size() && s.get(close + 1).is("as")
                    && close > i + 1 && (s.tokens().subList(i + 1, close).stream().noneMatch(Token::isPerson) || !Names.looksLikePerson(new TokenSpan(s, i + 1, close))))
                i = close + 1;
        }
        // "X, as her son, …": the role as an aside between commas (not another agent's part: "…by A, as a woman by B,")
        TokenSpan asideName = null;
        if (i + 2 < s.size() && s.get(i).word().equals(",") && s.get(i + 1).is("as")) {
            int close = i + 2;
            while (close < s.size() && !s.get(close).word().matches("[,;.]")) close++;
            if (close >= s.size() || !s.get(close).word().equals(",")) return null;
            for (int k = i + 2; k < close; k++) if (s.get(k).is("by")) return null;
            // ("X, as the glassblower, Maestro Orsini, is …": the part's name may follow its description inside the aside)
            TokenSpan n = close + 1 < s.size() ? Names.properNameRun(s, close + 1) : null;
            if (n != null && n.start() == close + 1 && n.end() < s.size() && s.get(n.end()).word().equals(",")) asideName = n;
            i++;
        }
        // "played by A and B as the frazzled parents", "the voices of A, B and C as the raccoons": a plural role after
        // the last of a list of names is every one's
        if (i + 2 < s.size() && (s.get(i).is("and") || s.get(i).word().equals(",")) && (Names.isProperNameToken(s.get(i + 1)) || s.get(i + 1).is("and"))) {
            int e = i;
            boolean and = false;
            while (e < s.size()) {
                if (s.get(e).word().equals(",") || s.get(e).is("and")) {
                    and |= s.get(e).is("and");
                    e++;
                    continue;
                }
                if (!Names.isProperNameToken(s.get(e))) break;
                while (e < s.size() && Names.isProperNameToken(s.get(e))) e++;
                if (and) break;
            }
            if (and && e + 1 < s.size() && s.get(e).is("as")) {
                Role r = phraseFrom(s, e + 1);
                // (or a noun for a pair or a group: "A and B as the couple who …")
                if (r != null && r.character() == null && r.description() != null
                        && (r.description().last().tag().equals("NNS") || is("group-noun", r.description().last()))) return r;
            }
        }
        if (i + 1 >= s.size() || !s.get(i).is("as")) return null;
        if (s.get(i + 1).is("well") || s.get(i + 1).is("much") || s.get(i + 1).is("if") || s.get(i + 1).is("though") || s.get(i + 1).is("a") && i + 2 < s.size() && s.get(i + 2).is("result")) return null;
        if (m.start() > 0 && s.get(m.start() - 1).is("such")) return null;
        Role r = phraseFrom(s, i + 1);
        return r != null && r.character() == null && asideName != null ? new Role(asideName, r.description()) : r;
    }

    /**
     * What the verb a name is subject of says beyond acting: "X also stars as Y" (a crew member's acting named
     * outright) and "X appears as himself", "X, who plays herself" (a documentary's people).
     */
    private static void verbCues(Sentence s, TokenSpan m, Token verb, List<Hit> out) {
        if (!verb.tag().startsWith("VB")) return;
        // ("X also turns up as a stunt coordinator": to turn or pop up in a part is to appear in it)
        boolean turnsUp = verb.lemma().matches("(?i)turn|pop|show|crop") && s.children(verb, "compound:prt").stream().anyMatch(t -> t.is("up"));
        boolean acting = is("perform-verb", verb) || is("appear-verb", verb) || turnsUp;
        if (acting && s.children(verb, "advmod").stream().anyMatch(k -> k.is("also") || k.is("too")))
            out.add(new Hit("also-performs", null));
        if (turnsUp) return;
        if (!acting && !verb.lemma().equalsIgnoreCase("cameo")) return;
        for (Token k : s.children(verb))
            if (k.rel().matches("obj|obl.*|xcomp") && Lexicon.isReflexive(k.word())
                    && (k.rel().equals("obj") || s.caseOf(k).equals("as"))) {
                out.add(new Hit("as-themselves", new Role(m, new TokenSpan(s, verb.index(), k.index() + 1))));
                return;
            }
    }

    /**
     * "X as herself", "X (playing himself)", "X appears as themselves": the person plays their own part, as in a
     * documentary or a cameo; the character is the person, the phrase the description.
     */
    private static Role asThemselves(Sentence s, TokenSpan m) {
        int i = m.end();
        if (i < s.size() && s.get(i).word().equals("(")) i++;
        int j = i;
        if (j < s.size() && s.get(j).lemma().matches("play|appear|star|cameo")) j++;
        if (j < s.size() && s.get(j).is("as")) j++;
        if (j >= s.size() || !Lexicon.isReflexive(s.get(j).word())) return null;
        if (j == i) return null;
        return new Role(m, new TokenSpan(s, i, j + 1));
    }

    /** "X (as Y)". */
    private static Role bracketAs(Sentence s, TokenSpan m) {
        int i = m.end();
        if (i + 2 >= s.size() || !s.get(i).word().equals("(") || !s.get(i + 1).is("as")) return null;
        return phraseFrom(s, i + 2);
    }

    /** "Ruth (X)", "the widow (X)", "Ruth, the widow (X)": the name alone in brackets after a role. */
    private static Role bracketedAfterRole(Sentence s, TokenSpan m, Set<String> surnames) {
        // back over "young", "then", "and", commas and earlier names inside the same brackets
        int open = m.start() - 1;
        while (open >= 0 && !s.get(open).word().equals("(")) {
            Token t = s.get(open);
            if (t.word().matches("[)(;:.]") || !(t.isLowercaseWord() || t.word().equals(",") || Names.isNameToken(t)
                    || t.word().matches("\\p{Lu}\\.?"))) return null;
            open--;
        }
        if (open < 1) return null;
        // "(voice of X)", "(played in flashbacks by X)", "(young X, then Y)": a few words may lead in, not a clause;
        // "(as X)" holds a role, and "(and co-writer X)" a crew aside
        int lower = 0;
        for (int k = open + 1; k < m.start(); k++) {
            Token t = s.get(k);
            if (t.isLowercaseWord()) lower++;
            // ("(born Darnell Hayes)", "(née Vane)": a real name, not the one who plays the part)
            if (Lexicon.JOBS.containsKey(t.word().toLowerCase(Locale.ROOT)) || t.is("and") && k == open + 1 || t.is("as") || t.is("aka")
                    || t.word().toLowerCase(Locale.ROOT).matches("born|née|nee|formerly|real")) return null;
            // "(of the bands X)", "(from X)": a preposition other than "voice of" / "played by" says where, not who plays
            if (t.tag().equals("IN") && !t.is("by") && !(t.is("of") && k > open + 1 && s.get(k - 1).lemma().equalsIgnoreCase("voice"))) return null;
        }
        if (lower > 5) return null;
        // ("(X i think?)", "(X?)": the reviewer unsure of the name still names who plays the part)
        int after = m.end();
        if (after + 1 < s.size() && s.get(after).word().matches("(?i)i") && s.get(after + 1).word().matches("(?i)think|believe|guess|reckon")) after += 2;
        if (after < s.size() && s.get(after).word().equals("?")) after++;
        if (after > m.end() && (after >= s.size() || !s.get(after).word().equals(")"))) return null;
        if (after < s.size() && !s.get(after).word().matches("[),;]") && !s.get(after).is("and")) return null;
        int at = open - 1;
        if (s.get(at).word().equals(",") && at > 0) at--;
        Token before = s.get(at);
        TokenSpan kin = kinWordDescribed(s, before);
        if (kin != null) return new Role(null, kin);
        if (Names.isNameToken(before)) {
            // "Maggie and Jack (A and B)": names listed in brackets pair in order with the names listed before them
            List<TokenSpan> inside = nameRuns(s, open + 1, closing(s, open));
            List<TokenSpan> outside = coordinatedNamesEndingAt(s, at);
            if (inside.size() >= 2 && outside.size() >= 2) {
                int i = inside.indexOf(inside.stream().filter(r -> r.start() == m.start()).findFirst().orElse(null));
                return outside.size() == inside.size() && i >= 0 ? new Role(outside.get(i), null) : null;
            }
            TokenSpan ch = Names.lastNameRun(new TokenSpan(s, Math.max(0, at - 5), at + 1));
            if (ch == null || ch.end() != at + 1) return null;
            // "Full Name (Other Title) directs": NER's person outside, an untagged name inside is an aside
            // (one untagged word may be a surname NER leaves alone: "Ruth Vance (Roe)")
            // (unless the sentence pairs names so elsewhere: "guitarist A (X), bassist B (Y) and drummer C (Z)", where NER
            // missed one actor)
            if (ch.size() >= 2 && m.size() >= 2 && ch.tokens().stream().allMatch(Token::isPerson) && m.tokens().stream().noneMatch(Token::isPerson)
                    && bracketedPeople(s) < 2) return null;
            // "Full Name (Ruth)" reads the other way: the full name plays the one word in brackets
            if (m.size() == 1 && ch.end() == open && bracketedCharacter(s, ch, surnames) != null) return null;
            int d = ch.start();
            // "a sly drifter named Y (X)", "a nervous mouse, Pip (X)"
            if (d >= 2 && s.get(d - 1).word().matches("named|called|dubbed|,")) d--;
            return splitTitle(s, ch, descriptionBefore(s, d));
        }
        // ("Judith, the sensible one, who has run the farm for years (X)": the bracket closes a relative clause; the person
        // is what the clause hangs on)
        Token relHead = before.tag().startsWith("NN") && before.isLowercaseWord() && Lexicon.isPersonNoun(before.word()) ? null : relativeClauseHead(s, before, open);
        if (relHead != null && Names.isNameToken(relHead) && relHead.tag().startsWith("NNP")) return roleAt(s, relHead, false);
        if (relHead != null) before = relHead;
        // ("a night clerk at a desert motel (X)": the bracket closes a phrase whose head, up its "at"/"of" phrases, is the person)
        Token up = before;
        while (up.tag().startsWith("NN") && up.isLowercaseWord() && !Lexicon.isPersonNoun(up.word()) && up.rel().startsWith("nmod") && s.head(up) != null
                && s.head(up).index() < up.index()) up = s.head(up);
        if (up != before && up.tag().startsWith("NN") && up.isLowercaseWord() && Lexicon.isPersonNoun(up.word())) before = up;
        // ("the director (X, first feature!)": a film job in front of the brackets names the crew)
        if (before.tag().startsWith("NN") && before.isLowercaseWord() && Lexicon.isPersonNoun(before.word()) && !Lexicon.JOBS.containsKey(before.word().toLowerCase(Locale.ROOT))) {
            TokenSpan d = descriptionSpan(s, before);
            if (d == null) return null;
            // ("Frank, a failing estate agent (X)": the description stands in apposition to the character's name)
            Token named = s.head(before);
            if (before.rel().equals("appos") && named != null && named.index() < before.index() && Names.isNameToken(named) && named.tag().startsWith("NNP")) {
                TokenSpan ch = Names.lastNameRun(new TokenSpan(s, Math.max(0, named.index() - 4), named.index() + 1));
                if (ch != null && ch.end() == named.index() + 1) return new Role(ch, d);
            }
            return new Role(null, d);
        }
        // "the younger (X)", "the eldest (Y)": a rank among siblings stands for a person
        if (ageRank(s, before)) return new Role(null, new TokenSpan(s, before.index() - 1, before.index() + 1));
        return null;
    }

    /**
     * The word a relative clause ending at {@code last} hangs on, when the clause opens after it and ends right before the
     * bracket at {@code open} ("Judith, who has run the farm for years (X)" gives "Judith"), else null.
     */
    private static Token relativeClauseHead(Sentence s, Token last, int open) {
        Token t = last;
        for (int step = 0; step < 8 && t != null; step++) {
            Token h = s.head(t);
            if (h == null || h.index() > open) return null;
            // (the parser may call a clause opened by "who" a bare dependent)
            boolean relative = t.rel().equals("acl:relcl") || t.rel().equals("dep") && s.children(t, "nsubj").stream().anyMatch(k -> k.tag().equals("WP"));
            if (relative) return h.index() < t.index() ? h : null;
            t = h;
        }
        return null;
    }

    /** "the dad (X)", "her Mum": a family word after "the" or a possessive describes the part; it is no name ("Dad"). */
    static TokenSpan kinWordDescribed(Sentence s, Token t) {
        if (t.index() == 0 || !s.get(t.index() - 1).tag().matches("DT|PRP\\$") || !is("kin-name", t)) return null;
        if (t.index() + 1 < s.size() && Names.isNameToken(s.get(t.index() + 1))) return null;
        return new TokenSpan(s, t.index() - 1, t.index() + 1);
    }

    /** The index of the bracket closing the one at {@code open}, or the sentence's end. */
    private static int closing(Sentence s, int open) {
        for (int k = open + 1; k < s.size(); k++) if (s.get(k).word().equals(")")) return k;
        return s.size();
    }

    /** The runs of name tokens in tokens {@code [from, to)}. */
    private static List<TokenSpan> nameRuns(Sentence s, int from, int to) {
        List<TokenSpan> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            if (!Names.isNameToken(s.get(k))) {
                k++;
                continue;
            }
            int e = k;
            while (e < to && Names.isNameToken(s.get(e))) e++;
            out.add(new TokenSpan(s, k, e));
            k = e;
        }
        return out;
    }

    /** "A, B and C" ending at token {@code last}: the names, in order (just one when no list ends there). */
    private static List<TokenSpan> coordinatedNamesEndingAt(Sentence s, int last) {
        List<TokenSpan> out = new ArrayList<>();
        int k = last;
        while (k >= 0 && Names.isNameToken(s.get(k))) {
            int e = k + 1;
            while (k - 1 >= 0 && Names.isNameToken(s.get(k - 1))) k--;
            out.add(0, new TokenSpan(s, k, e));
            int sep = k - 1;
            if (sep >= 1 && (s.get(sep).is("and") || s.get(sep).word().equals("&"))) k = sep - 1;
            else if (sep >= 1 && s.get(sep).word().equals(",")) k = sep - 1;
            else break;
            if (k >= 0 && s.get(k).word().equals(",")) k--;
        }
        return out;
    }

    /** "Deputy Sheriff Ben Holt", "Sergeant Lou Petty": capitalised role words before a name describe the role. */
    static Role splitTitle(Sentence s, TokenSpan ch, TokenSpan description) {
        // ("Prince Karim", "Lady Ashby": a title of rank belongs to the name)
        if (WORDS.get("name-title").contains(s.get(ch.start()).word().toLowerCase(Locale.ROOT))) return new Role(ch, description);
        int k = ch.start();
        while (k < ch.end() - 1) {
            Token t = s.get(k);
            boolean role = Lexicon.isRoleNoun(t.word()) || k + 1 < ch.end() - 1 && Lexicon.isRoleNoun(s.get(k + 1).word()) && t.word().matches("\\p{Lu}\\p{Ll}+ing|Chief|Senior|Junior|Head|Deputy|Executive|Assistant|Vice");
            if (!role) break;
            k++;
        }
        if (k == ch.start()) return new Role(ch, description);
        TokenSpan title = new TokenSpan(s, description != null ? description.start() : ch.start(), k);
        return new Role(new TokenSpan(s, k, ch.end()), title);
    }

    /** A role phrase starting at token {@code i}: a name ("Y", "his sister Y", "lawyer Y") or a description ("a weary nurse"). */
    private static Role phraseFrom(Sentence s, int i) {
        int j = i;
        while (true) {
            while (j < s.size() && (s.get(j).tag().matches("DT|PRP\\$|CD|JJ.*|RB|VBN|VBG|HYPH|POS") && !Names.isNameToken(s.get(j))
                    || s.get(j).isLowercaseWord() && s.get(j).tag().startsWith("NN") || roleAcronym(s.get(j)))) j++;
            if (j >= s.size() || !Names.isNameToken(s.get(j)) || s.get(j).tag().startsWith("PRP")) break;
            int e = j;
            while (e < s.size() && (Names.isNameToken(s.get(e)) || e + 1 < s.size() && s.get(e).word().matches("[“”\"‘’']") && Names.isNameToken(s.get(e + 1))
                    || e > j && s.get(e).word().matches("[“”\"]") )) e++;
            // "the Wolves' lead guitarist": a name that owns the noun after it is part of the description, not the role
            if (e < s.size() && s.get(e).tag().equals("POS") && e > j) {
                j = e + 1;
                continue;
            }
            // "a Highland B&B owner": capitalised words between a determiner and a lower-case noun describe it
            if (e < s.size() && s.get(e).tag().startsWith("NN") && s.get(e).isLowercaseWord() && j > i && s.get(j - 1).tag().matches("DT|PRP\\$|JJ.*")) {
                j = e;
                continue;
            }
            TokenSpan ch = Names.lastNameRun(new TokenSpan(s, j, e));
            if (ch == null) return null;
            // "the pompous Home Secretary": capitalised words ending in a word for a person, after "the" and an adjective,
            // are an office, not a name ("the villainous Count Orlok" ends in a name)
            if (j > i + 1 && s.get(i).is("the") && s.get(j - 1).tag().startsWith("JJ") && s.get(j - 1).isLowercaseWord() && ch.size() >= 2 && ch.end() == e
                    && Lexicon.isPersonNoun(ch.last().word())) return new Role(null, new TokenSpan(s, i, e));
            TokenSpan d = j > i ? trimDescription(new TokenSpan(s, i, j)) : null;
            // "plays the young colleague Henk is training": a name that opens a clause is not the role's
            if (RoleDescriptionExtractor.opensClause(s, ch)) return d == null ? null : new Role(null, d);
            Role r = splitTitle(s, ch, d);
            // "as Grub, a worm with big ideas": a description in apposition after the name
            if (r != null && r.character() != null && r.description() == null && ch.end() == e) {
                TokenSpan after = appositionAfter(s, e);
                if (after != null) return new Role(r.character(), after);
            }
            return r;
        }
        // a description: its head is the last noun before a clause boundary
        Token head = null;
        for (int k = i; k < s.size(); k++) {
            Token t = s.get(k);
            // "a curious and thoughtful child": "and" between modifiers stays inside the description
            boolean innerAnd = t.tag().equals("CC") && head == null && k + 1 < s.size() && s.get(k + 1).tag().startsWith("JJ");
            if (!innerAnd && (t.word().matches("[,;:.()–—]") || t.tag().matches("VB[DPZ]|WDT|WP|CC|MD") && k > i)) break;
            // ("the sensible one": "one" after an adjective stands for a person)
            boolean one = t.is("one") && k > i && s.get(k - 1).tag().startsWith("JJ");
            if (t.tag().startsWith("NN") && t.isLowercaseWord() || one || roleAcronym(t) || adjectiveAsNoun(s, t)) head = t;
            else if (head != null && !t.is("of") && !t.is("for") && !t.is("in") && !t.tag().matches("DT|PRP\\$|JJ.*|CD|HYPH|POS|NN.*")) break;
        }
        if (head == null) return null;
        TokenSpan d = trimDescription(new TokenSpan(s, i, head.index() + 1));
        if (d == null) return null;
        return new Role(nameAfterRole(s, head.index() + 1), d);
    }

    /**
     * The character's name after a role that ends before token {@code i}: "a fixer named Harold Fisk", "his manager and
     * on-off girlfriend, Trina", "the planner, Sunny, a disgraced auditor"; or null.
     */
    private static TokenSpan nameAfterRole(Sentence s, int i) {
        TokenSpan named = namedAt(s, i);
        if (named == null) named = coordinatedThenNamed(s, i);
        return named != null ? named : nameAfterComma(s, i);
    }

    /**
     * "the sensible one, Eli.", "the planner, Sunny, a disgraced auditor": a name alone between the comma at {@code i}
     * and the clause's end or the next apposition (a capitalised word, whatever the tagger calls it), or null.
     */
    private static TokenSpan nameAfterComma(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.get(i).word().equals(",")) return null;
        int e = i + 1;
        while (e < s.size() && e - i <= 3 && Names.isNameToken(s.get(e)) && !s.get(e).tag().matches("VB.*|RB.*|PRP.*") && !"LOCATION".equals(s.get(e).ner())) e++;
        if (e == i + 1) return null;
        boolean closes = e >= s.size() || s.get(e).word().matches("[.;)]") || s.get(e).word().equals(",") && e + 1 < s.size() && s.get(e + 1).tag().matches("IN|CC|WP|WDT|DT");
        return closes ? new TokenSpan(s, i + 1, e) : null;
    }

    /** "their bandleader and her eventual husband, Lonnie Price": after a second noun for the same person, the name. */
    private static TokenSpan coordinatedThenNamed(Sentence s, int i) {
        if (i >= s.size() || !s.get(i).is("and")) return null;
        int k = i + 1;
        while (k < s.size() && k - i <= 4 && s.get(k).isLowercaseWord() && s.get(k).tag().matches("PRP\\$|DT|JJ.*|NN|VBN")) k++;
        if (k == i + 1 || k + 1 >= s.size() || !s.get(k).word().equals(",") || !s.get(k - 1).tag().equals("NN") || !Lexicon.isPersonNoun(s.get(k - 1).word())) return null;
        int e = k + 1;
        while (e < s.size() && e - k <= 3 && Names.isProperNameToken(s.get(e))) e++;
        if (e == k + 1 || e < s.size() && !s.get(e).word().matches("[.,;)]")) return null;
        return new TokenSpan(s, k + 1, e);
    }

    /** The role at a parse node: a name (with a lower-case description before it or an appositive after it) or a description. */
    private static Role roleAt(Sentence s, Token t, boolean afterPlay) {
        if (t.tag().startsWith("PRP") || t.tag().equals("WP")) return null;
        TokenSpan kin = kinWordDescribed(s, t);
        if (kin != null) return new Role(null, kin);
        // ("plays the real-life Admiral Sir Edward Thorne": the tagger calls a capitalised title before a name a common noun)
        boolean titleBeforeName = t.tag().equals("NN") && t.isCapitalised() && t.index() + 1 < s.size() && Names.isNameToken(s.get(t.index() + 1))
                && s.get(t.index() + 1).tag().startsWith("NNP") && t.index() > 0 && !s.get(t.index() - 1).word().matches("[.!?]");
        // ("Pip is voiced by X": a one-word name the tagger calls a common noun, which NER calls a person, is a name)
        boolean personNoun = t.tag().startsWith("NN") && t.isPerson() && t.isCapitalised();
        if (Names.isNameToken(t) && (t.tag().startsWith("NNP") || titleBeforeName || personNoun)) {
            int a = t.index();
            int b = t.index() + 1;
            // (a nickname in quotes inside the name is part of it: "Marcus "Mic Mark" Hollis")
            while (true) {
                if (a - 1 >= 0 && Names.isNameToken(s.get(a - 1)) && s.get(a - 1).tag().startsWith("NNP")) a--;
                else if (Names.nicknameBefore(s, a) >= 0) a = Names.nicknameBefore(s, a);
                else break;
            }
            while (true) {
                if (b < s.size() && Names.isNameToken(s.get(b)) && s.get(b).tag().startsWith("NNP")) b++;
                else if (Names.nicknameAfter(s, b) >= 0) b = Names.nicknameAfter(s, b);
                else break;
            }
            TokenSpan ch = new TokenSpan(s, Math.max(0, a), Math.min(s.size(), b));
            TokenSpan d = descriptionBefore(s, a);
            if (d == null) for (Token ap : s.children(t, "appos")) if (ap.isLowercaseWord() && ap.tag().startsWith("NN")) d = descriptionSpan(s, ap);
            if (d == null) d = appositionAfter(s, b);
            // ("the Prince Regent, all powdered cheeks and petulance": a quality, not a person)
            if (d != null && d.first().is("all")) d = null;
            return new Role(ch, d);
        }
        // ("the eldest", "the uptight one": a person without a noun)
        boolean rank = ageRank(s, t) || t.is("one") && t.index() > 0 && s.get(t.index() - 1).tag().startsWith("JJ") && !s.children(t, "det").isEmpty();
        if (t.tag().startsWith("NN") && t.isLowercaseWord() || rank) {
            // ("plays the piano": after a verb of acting the noun must name a person: a role noun or one shaped like it, a keeper)
            if (afterPlay && !rank && !personOrCreature(t)) return null;
            // (… with a determiner: "plays a keeper", not "plays poker")
            if (afterPlay && !rank && !Lexicon.isRoleNoun(t.word()) && s.children(t).stream().noneMatch(k -> k.rel().equals("det") || k.rel().equals("nmod:poss"))) return null;
            // "a character in the form of …", "the role": the word for a part is no description of it
            if (t.lemma().toLowerCase(Locale.ROOT).matches("character|role|part|figure|turn|performance")) return null;
            if (!rank && !personOrCreature(t)) return null;
            TokenSpan d = descriptionSpan(s, t);
            if (d == null) return null;
            for (Token ap : s.children(t, "appos"))
                if (Names.isNameToken(ap) && ap.tag().startsWith("NNP")) return new Role(roleAt(s, ap, false).character(), d);
            // "a fixer named Harold Fisk", "plays his manager and on-off girlfriend, Trina"; "their manager, a fixer named …"
            TokenSpan named = nameAfterRole(s, d.end());
            for (Token ap : s.children(t, "appos")) {
                if (named == null && ap.isLowercaseWord() && ap.tag().startsWith("NN")) named = namedAt(s, ap.index() + 1);
                // "their manager, the fast-talking Londoner Sid Kessler": a person's name right after the apposition's noun
                if (named == null && ap.tag().startsWith("NN") && !s.children(ap, "det").isEmpty() && ap.index() + 1 < s.size()) {
                    TokenSpan n = Names.properNameRun(s, ap.index() + 1);
                    if (n != null && n.start() == ap.index() + 1 && s.head(n.head()) == ap && Names.looksLikePerson(n)) named = n;
                }
            }
            // "Mercy, a wild, funny girl whom X plays": the description in apposition to a name (tagged a noun or not)
            Token g = s.head(t);
            if (named == null && t.rel().equals("appos") && g != null && g.index() < t.index() && Names.isNameToken(g) && g.tag().startsWith("NN")
                    && !g.word().equals(g.word().toUpperCase(Locale.ROOT))) {
                int a = g.index();
                while (a > 0 && Names.isNameToken(s.get(a - 1)) && s.get(a - 1).tag().startsWith("NNP")) a--;
                named = new TokenSpan(s, a, g.index() + 1);
            }
            // "The producer Marcus "Beats" Danby is played by X": a name right after the noun, that the parser hangs on it
            if (named == null && d.end() < s.size()) {
                TokenSpan n = Names.properNameRun(s, d.end());
                if (n != null && n.start() == d.end() && Names.looksLikePerson(n) && n.tokens().stream().anyMatch(k -> s.head(k) == t)) named = n;
            }
            return new Role(named, d);
        }
        return null;
    }

    /**
     * "a jaded torch singer given real menace by X": the person the agent of "given" a quality (a noun for no person:
     * "a boy given a lift by X" is the story's), the part the noun phrase for a person or creature right before
     * "given", with the name before it if a comma or dash sets the phrase after one. Read off the surface.
     */
    private static Role givenQualityBy(Sentence s, TokenSpan m) {
        int by = m.start() - 1;
        if (by < 2 || !s.get(by).is("by")) return null;
        int g = by - 1;
        while (g > 0 && by - g <= 5 && !s.get(g).word().matches("(?i)given|lent")) g--;
        if (g <= 0 || by - g > 5 || by - g < 2 || !s.get(g).word().matches("(?i)given|lent")) return null;
        Token quality = s.get(by - 1);
        if (!quality.isLowercaseWord() || !quality.tag().matches("NNS?|VB.?") || Lexicon.isPersonNoun(quality.word()) || quality.is("lift") || quality.is("ride")) return null;
        for (int k = g + 1; k < by - 1; k++) if (!s.get(k).tag().matches("DT|PRP\\$|JJ.*|NN.*|,|RB|VBG|VBN") || !s.get(k).isLowercaseWord() && !s.get(k).word().equals(",")) return null;
        // the part: a determiner, then up to six words whose last names a person or creature
        Token noun = s.get(g - 1);
        if (!noun.isLowercaseWord() || !(Lexicon.isPersonNoun(noun.word()) || is("creature-noun", noun))) return null;
        int a = g - 1;
        while (a > 0 && g - a <= 6 && !s.get(a - 1).tag().matches("DT|PRP\\$") && (s.get(a - 1).isLowercaseWord() || s.get(a - 1).word().equals(","))) a--;
        if (a == 0 || !s.get(a - 1).tag().matches("DT|PRP\\$")) return null;
        a--;
        // (from the determiner to the noun, whatever the tagger called the noun)
        TokenSpan d = new TokenSpan(s, a, g);
        TokenSpan name = null;
        if (a >= 2 && s.get(a - 1).word().matches("[,–—]")) {
            TokenSpan before = Names.lastNameRun(new TokenSpan(s, Math.max(0, a - 5), a - 1));
            if (before != null && before.end() == a - 1) name = before;
        }
        return new Role(name, d);
    }

    /**
     * "the kid who plays her son, Caleb – X – is so creepy": the person set off by dashes after the name of a part that
     * someone unnamed plays is that someone; the part is the object and its name. Else null.
     */
    private static Role playerAfterDashedPart(Sentence s, TokenSpan m) {
        if (m.start() < 4 || !s.get(m.start() - 1).word().matches("[–—-]")) return null;
        TokenSpan name = Names.lastNameRun(new TokenSpan(s, Math.max(0, m.start() - 4), m.start() - 1));
        if (name == null || name.end() != m.start() - 1 || name.start() < 2 || !s.get(name.start() - 1).word().equals(",")) return null;
        Token part = s.get(name.start() - 2);
        Token verb = part.tag().startsWith("NN") && part.isLowercaseWord() && personOrCreature(part) ? s.head(part) : null;
        if (verb == null || !part.rel().equals("obj") || !unnamedPlayer(s, verb, s.head(verb))) return null;
        TokenSpan d = descriptionSpan(s, part);
        return d == null ? null : new Role(name, d);
    }

    /** {@code v} is a verb of acting in a clause on {@code on}, a word for someone unnamed: "the guy who plays …". */
    private static boolean unnamedPlayer(Sentence s, Token v, Token on) {
        return on != null && is("perform-verb", v) && v.rel().startsWith("acl") && on.isLowercaseWord() && on.index() < v.index()
                && (is("actor-noun", on) || is("unnamed-person", on))
                && s.children(v, "nsubj").stream().allMatch(k -> k.tag().matches("WP|WDT"));
    }

    /** A word for a person, or for the animal or creature an animated film's part may be ("voices a fox"). */
    private static boolean personOrCreature(Token t) {
        return Lexicon.isPersonNoun(t.word()) || is("creature-noun", t);
    }

    /**
     * "Y, a sometimes strict but loving aunt": a noun phrase opened by a determiner after the comma that follows a
     * character, read off the surface when the parser hangs it elsewhere. Not "Y, a role she was born to play".
     */
    private static TokenSpan appositionAfter(Sentence s, int afterName) {
        if (afterName + 2 >= s.size() || !s.get(afterName).word().equals(",") || !s.get(afterName + 1).tag().matches("DT|PRP\\$")) return null;
        // (nor "Y, all swagger and menace": a quality, not a person)
        if (s.get(afterName + 1).is("this") || s.get(afterName + 1).is("that") || s.get(afterName + 1).is("which") || s.get(afterName + 1).is("all")) return null;
        Role r = phraseFrom(s, afterName + 1);
        if (r == null || r.character() != null || r.description() == null) return null;
        TokenSpan d = r.description();
        // the head: the first noun not followed by another ("a good influence in her life" is an influence)
        Token head = null;
        for (Token k : d.tokens())
            if (k.tag().startsWith("NN") && k.isLowercaseWord() && (k.index() + 1 >= s.size() || !s.get(k.index() + 1).tag().startsWith("NN"))) {
                head = k;
                break;
            }
        if (head == null || is("not-description", head)) return null;
        // it ends the clause: a verb right after it makes it a subject ("Y, the man, leaves")
        int end = d.end();
        return end >= s.size() || s.get(end).word().matches("[,;.:)–—!?]") ? d : null;
    }


    /** The words after "X's" up to the role noun: "merciless agent". */
    private static TokenSpan descriptionBetween(Sentence s, Token owner, Token noun) {
        int a = owner.index() + 1;
        while (a < noun.index() && s.get(a).tag().equals("POS")) a++;
        return a <= noun.index() ? new TokenSpan(s, a, noun.index() + 1) : null;
    }

    /** Lower-case words right before a name that describe it: "his sister" Ruth, "lawyer" Eric. */
    private static TokenSpan descriptionBefore(Sentence s, int nameStart) {
        int a = nameStart;
        while (a - 1 >= 0 && s.get(a - 1).tag().matches("DT|PRP\\$|JJ.*|NN|NNS|VBN|HYPH|CD") && (s.get(a - 1).isLowercaseWord() || s.get(a - 1).tag().matches("DT|PRP\\$")))
            a--;
        if (a == nameStart) return null;
        TokenSpan d = trimDescription(new TokenSpan(s, a, nameStart));
        if (d == null) return null;
        Token head = d.last();
        // (in an animation the part may be an animal: "a tabby cat named Whiskers (X)")
        return head.tag().startsWith("NN") && (Lexicon.isRoleNoun(head.word()) || is("creature-noun", head)) ? d : null;
    }

    /** The noun phrase headed by {@code head}: its modifiers and "of/for/in" phrases, not clauses or appositives. */
    static TokenSpan descriptionSpan(Sentence s, Token head) {
        Set<Integer> in = new LinkedHashSet<>();
        collect(s, head, in, 0);
        int a = head.index();
        int b = head.index();
        for (int i : in) {
            a = Math.min(a, i);
            b = Math.max(b, i);
        }
        // keep it contiguous and free of clause punctuation
        for (int i = head.index() - 1; i >= a; i--) if (!in.contains(i) || s.get(i).word().matches("[,;:()]")) { a = i + 1; break; }
        for (int i = head.index() + 1; i <= b; i++) if (!in.contains(i) || s.get(i).word().matches("[,;:()]")) { b = i - 1; break; }
        if (b - a + 1 > 14) return null;
        return trimDescription(new TokenSpan(s, a, b + 1));
    }

    private static void collect(Sentence s, Token t, Set<Integer> in, int depth) {
        in.add(t.index());
        if (depth > 4) return;
        for (Token c : s.children(t)) {
            String r = c.rel();
            if (r.equals("appos") || r.equals("punct") || r.startsWith("acl") || r.startsWith("conj") || r.equals("cc") || r.equals("dep")
                    || r.equals("parataxis") || r.equals("cop") || r.startsWith("nsubj") || r.equals("mark") || r.equals("advcl")) continue;
            if (r.equals("case") && depth == 0) continue;
            if (r.startsWith("nmod") && !r.equals("nmod:poss") && !s.caseOf(c).matches("of|for|in|at|with|from")) continue;
            collect(s, c, in, depth + 1);
        }
    }

    /** Drops a leading "as"/preposition and trailing punctuation; null when nothing describing is left. */
    private static TokenSpan trimDescription(TokenSpan d) {
        int a = d.start();
        int b = d.end();
        Sentence s = d.sentence();
        while (a < b && (s.get(a).tag().matches("IN|TO|,|HYPH") || s.get(a).word().matches("[,;:(“”\"–—]")
                // ("soon the only policeman", "now a magistrate": an adverb before the phrase's determiner is the clause's)
                || s.get(a).tag().startsWith("RB") && a + 1 < b && s.get(a + 1).tag().matches("DT|PRP\\$"))) a++;
        // ("The sailor himself": a reflexive after the noun only stresses it)
        while (b > a && (s.get(b - 1).tag().matches("IN|TO|,|POS|HYPH|DT|CC") || s.get(b - 1).word().matches("[,;:)“”\"–—]") || Lexicon.isReflexive(s.get(b - 1).word()))) b--;
        if (a >= b) return null;
        boolean noun = false;
        // ("the eldest" stands for a person too)
        for (int i = a; i < b; i++)
            if (s.get(i).tag().startsWith("NN") || s.get(i).is("one") && i > a && s.get(i - 1).tag().startsWith("JJ") || ageRank(s, s.get(i)) || adjectiveAsNoun(s, s.get(i))) noun = true;
        return noun ? new TokenSpan(s, a, b) : null;
    }

    /** "keyboard player X", "a tennis player": a player of an instrument or a sport, not an actor ("bit player X" is one). */
    private static boolean playerOfSomething(Sentence s, int k) {
        if (!s.get(k).word().equalsIgnoreCase("player") || k == 0) return false;
        Token before = s.get(k - 1);
        return before.isLowercaseWord() && before.tag().startsWith("NN") && !before.is("bit");
    }

    private static boolean actorNoun(Sentence s, TokenSpan m, Token h) {
        // "actress X", "newcomer X", "co-star X"
        // (capitalised when it opens the sentence: "Narrator X guides us")
        if (m.start() > 0 && is("actor-noun", s.get(m.start() - 1)) && (s.get(m.start() - 1).isLowercaseWord() || m.start() == 1)
                && !playerOfSomething(s, m.start() - 1)) return true;
        // "X, the young actor,": an appositive headed by an actor noun
        for (Token c : s.children(h, "appos")) if (is("actor-noun", c)) return true;
        Token g = s.head(h);
        return g != null && h.rel().equals("appos") && is("actor-noun", g) && g.isLowercaseWord();
    }

    /**
     * Whether the name stands in a credit list: after a label ("Cast:", "Starring", "With", "Voices of:", "Key cast
     * members:", "…; cast: A (X), B (Y); runtime: …"), with only names, commas, "and" and bracketed roles between.
     */
    private static boolean creditLine(Sentence s, TokenSpan m) {
        // "Cast: A, B, Marvin the Magnificent, C": a line opened by a label lists people to its end (or the next label)
        for (int c = 0; c < Math.min(5, s.size()) && c < m.start(); c++) {
            if (!s.get(c).word().equals(":")) continue;
            if (!labelBefore(s, c)) break;
            // (a semicolon may part "A (Margaret); B (Dot)" items; not another label's list)
            for (int k = c + 1; k < m.start(); k++)
                if (s.get(k).word().equals(":") || s.get(k).word().equals(";") && !s.get(k - 1).word().equals(")")) return false;
            return true;
        }
        int k = m.start() - 1;
        while (k >= 0) {
            Token t = s.get(k);
            if (t.word().equals(")")) {
                while (k >= 0 && !s.get(k).word().equals("(")) k--;
                k--;
                continue;
            }
            if (t.word().equals(":")) return labelBefore(s, k);
            // the name may itself be the bracketed role of a credit: "A (Name)"
            if (t.word().equals("(") && k == m.start() - 1) {
                k--;
                continue;
            }
            if (!(Names.isNameToken(t) || t.isPerson() || t.tag().equals("NNP") || t.word().matches("[,&–—-]") || t.is("and")
                    || t.word().matches("d['’]\\p{Lu}.*|de|van|von|da|del|di|du|le|la"))) break;
            k--;
        }
        // "It stars A (Hattie), B (Teddy) and C (Mrs Grant)": a verb that introduces the cast reads like a label, when
        // the bracket after the name holds a character's name ("A (Harbour Watch)" names another work)
        if (k >= 0 && s.get(k).isLowercaseWord() && s.get(k).word().matches("stars|starring|co-stars|co-starring|features|featuring")
                && k < m.start() && (bracketHoldsAName(s, m) || inBrackets(s, m))) return true;
        // "Starring A, B and C", "With A and B", "Also starring A": the label opens the sentence
        int i = k + 1;
        if (i > 1 || i == 1 && !s.get(0).is("also")) return false;
        return i < m.start() && WORDS.get("credit-label").contains(s.get(i).word().toLowerCase(Locale.ROOT)) && i + 1 <= m.start()
                && (s.get(i).isCapitalised() || i == 1);
    }

    /**
     * Names in a line a cast label opens that no mention covers yet: NER calls some of them places ("Ida Lake"), and in
     * such a line the shape of a name decides.
     */
    private static List<PersonMention> creditListNames(Doc doc, List<PersonMention> known) {
        List<PersonMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int i = 0;
            while (i < s.size()) {
                TokenSpan run = Names.properNameRun(s, i);
                if (run == null) {
                    i++;
                    continue;
                }
                boolean covered = known.stream().anyMatch(m -> m.span().sentence() == s && m.span().start() < run.end() && run.start() < m.span().end());
                if (!covered && Names.nameShaped(run, true) && creditLine(s, run) && labelOpens(s)) out.add(new PersonMention(run, false));
                i = run.end();
            }
        }
        return out;
    }

    /** The sentence opens with a cast label and a colon ("Cast:", "Main cast members:"). */
    private static boolean labelOpens(Sentence s) {
        for (int c = 0; c < Math.min(5, s.size()); c++) if (s.get(c).word().equals(":")) return labelBefore(s, c);
        return false;
    }

    /** A label of at most four words before a colon at {@code colon}, one of them a credit word ("Key cast members:"). */
    private static boolean labelBefore(Sentence s, int colon) {
        for (int k = colon - 1; k >= Math.max(0, colon - 4); k--) {
            Token t = s.get(k);
            if (t.word().matches("[;(|]")) return false;
            if (WORDS.get("credit-label").contains(t.word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The name is all a bracket holds: the "(Hattie)" of "A (Hattie)". */
    private static boolean inBrackets(Sentence s, TokenSpan m) {
        return m.start() > 0 && s.get(m.start() - 1).word().equals("(") && m.end() < s.size() && s.get(m.end()).word().equals(")");
    }

    /** The name is followed by a bracket holding one word or a name NER calls a person: "A (Hattie)", "A (Mrs Grant)". */
    private static boolean bracketHoldsAName(Sentence s, TokenSpan m) {
        TokenSpan inside = bracketAfter(s, m);
        TokenSpan name = inside == null ? null : Names.lastNameRun(inside);
        return name != null && name.start() == inside.start() && name.end() == inside.end() && (name.size() == 1 || name.tokens().stream().anyMatch(Token::isPerson));
    }

    /** What the bracket right after the name holds ("Hattie" in "A (Hattie)"), or null when no bracket follows or it never closes. */
    private static TokenSpan bracketAfter(Sentence s, TokenSpan m) {
        int i = m.end();
        if (i + 2 >= s.size() || !s.get(i).word().equals("(")) return null;
        int close = i + 1;
        while (close < s.size() && !s.get(close).word().equals(")")) close++;
        return close >= s.size() ? null : new TokenSpan(s, i + 1, close);
    }

    /** In a credit list, the role in brackets after the name: "A (Old Tom)", "B (manager)". */
    private static Role creditRole(Sentence s, TokenSpan m) {
        TokenSpan inside = bracketAfter(s, m);
        if (inside == null || inside.size() > 8) return null;
        TokenSpan name = Names.lastNameRun(inside);
        if (name != null && name.start() == inside.start()) return new Role(name, null);
        Token head = null;
        for (Token t : inside.tokens()) if (t.tag().startsWith("NN") && t.isLowercaseWord()) head = t;
        return head == null ? null : new Role(null, trimDescription(inside));
    }

    /** "A, B and C": a mention in an unbroken list of names with a cast one. */
    private static boolean listedWith(PersonMention m, Set<PersonMention> cast) {
        TokenSpan span = m.span();
        for (PersonMention o : cast) {
            TokenSpan t = o.span();
            if (t.sentence() != span.sentence()) continue;
            int a = Math.min(span.end(), t.end());
            int b = Math.max(span.start(), t.start());
            if (a > b) continue;
            boolean list = true;
            for (int k = a; k < b && list; k++) {
                Token x = span.sentence().get(k);
                list = Names.isNameToken(x) || x.word().equals(",") || x.is("and") || x.word().equals("&") || x.isPerson();
            }
            if (list && b - a <= 20) return true;
        }
        return false;
    }

    private static boolean compared(TokenSpan m) {
        Sentence s = m.sentence();
        int i = m.start();
        if (i >= 1 && (is("compare-word", s.get(i - 1)))) return true;
        if (i >= 2 && is("compare-of", s.get(i - 2)) && s.get(i - 1).is("of")) return true;
        if (i >= 3 && is("compare-of", s.get(i - 3)) && s.get(i - 2).is("of") && s.get(i - 1).is("the")) return true;
        return i >= 2 && s.get(i - 2).word().equals("à") && s.get(i - 1).is("la");
    }

    /** "… Other Title, wherein X portrayed …", "Other Title, which X starred in": a clause about another work. */
    private static boolean anotherWork(TokenSpan m, ReviewContext ctx) {
        Sentence s = m.sentence();
        int e = m.end();
        // "… Other Title, wherein X portrayed …": a clause about another title
        int w = m.start() - 1;
        if (w >= 0 && (s.get(w).is("wherein") || s.get(w).is("where") || w >= 1 && s.get(w).is("which") && s.get(w - 1).is("in"))) {
            for (int k = 1; k < w; k++) if (s.get(k).isCapitalised() && !s.get(k).isPerson() && !ctx.isFilmTitle(s.get(k).word())) return true;
        }
        Token v = s.head(m.head());
        if (v != null && v.rel().equals("acl:relcl")) {
            Token antecedent = s.head(v);
            if (antecedent != null && antecedent.tag().startsWith("NNP") && !antecedent.isPerson() && !ctx.isFilmTitle(antecedent.word())) return true;
        }
        return false;
    }

    /** "X, best known for …": an aside about the person's other work (biography, where the clause casts them here). */
    private static boolean knownFor(TokenSpan m) {
        Sentence s = m.sentence();
        int e = m.end();
        return e + 2 < s.size() && s.get(e).word().equals(",") && (s.get(e + 1).is("best") || is("other-work-cue", s.get(e + 1)))
                && (is("other-work-cue", s.get(e + 1)) || is("other-work-cue", s.get(e + 2)));
    }

    /** An object followed by "in/on <Title>" that is not this film: the role belongs to another work. */
    private static boolean anotherWorkAfter(Sentence s, Token object) {
        for (Token c : s.children(object, "nmod")) {
            String k = s.caseOf(c);
            if ((k.equals("in") || k.equals("on")) && (c.tag().startsWith("NNP") && !"LOCATION".equals(c.ner()) || earlierFilm(s, c))) return true;
        }
        Token v = s.head(object);
        if (v != null) for (Token c : s.children(v, "obl")) {
            String k = s.caseOf(c);
            if ((k.equals("in") || k.equals("on")) && (c.tag().startsWith("NNP") && !"LOCATION".equals(c.ner()) || earlierFilm(s, c)) && c.index() > object.index()) return true;
        }
        return false;
    }

    /** "in the original", "in the first film", "in the previous instalment": a sequel's reference to an earlier film. */
    private static boolean earlierFilm(Sentence s, Token c) {
        String l = c.lemma().toLowerCase(Locale.ROOT);
        if (l.equals("original") || l.equals("prequel") || l.equals("predecessor")) return true;
        return l.matches("film|movie|one|instalment|installment|outing|chapter|entry")
                && s.children(c, "amod").stream().anyMatch(a -> a.word().toLowerCase(Locale.ROOT).matches("first|original|previous|earlier|last|prior"));
    }

    private static boolean is(String cls, Token t) {
        Set<String> w = WORDS.get(cls);
        return w.contains(t.lemma().toLowerCase(Locale.ROOT)) || w.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static Map<String, Cue> cues() {
        Map<String, Cue> out = new LinkedHashMap<>();
        for (String l : Lexicon.lines("cast-cues.tsv")) {
            String[] p = l.split("\t");
            if (p.length != 3) throw new IllegalStateException("cast-cues.tsv: expected cue<TAB>weight<TAB>meaning, got '" + l + "'");
            out.put(p[0], new Cue(p[0], Integer.parseInt(p[1].strip()), p[2]));
        }
        if (!out.containsKey("threshold")) throw new IllegalStateException("cast-cues.tsv: no threshold row");
        return Map.copyOf(out);
    }
}
