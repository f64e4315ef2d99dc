package org.filmkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenSpan;

/**
 * How the reviewer describes a role wherever the character is named, not only where the actor is. Once the cast
 * extractors tie an actor to a character, every mention of that character is read through the dependency parse for
 * a description: an appositive ("Ruth, his sister"), a title before the name ("lawyer Ruth Vance"), a copula ("Ruth
 * is a weary nurse", shared by coordinated subjects: "Ruth and Ada are the daughters"), "a nurse named Ruth", and
 * "Ruth works / poses as a nurse". The statement's evidence runs from the character to the description.
 */
public final class RoleDescriptionExtractor implements Extractor {
    private static final Set<String> AS_VERBS = Set.of("work", "pose", "serve", "act", "masquerade", "live", "start", "begin", "moonlight", "double");

    @Override
    public String name() {
        return "role-description";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> needs() {
        return java.util.Set.of(Fact.Cast.class);
    }

    @Override
    public java.util.Set<Class<? extends Fact>> provides() {
        return java.util.Set.of(Fact.Cast.class);
    }

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        // character (folded) -> the cast statement that ties it to an actor
        Map<String, Fact.Cast> byCharacter = new LinkedHashMap<>();
        Set<String> described = new HashSet<>();
        List<Mention> spans = new ArrayList<>();
        for (Fact f : ctx.facts()) {
            if (!(f instanceof Fact.Cast c) || c.character() == null) continue;
            byCharacter.putIfAbsent(Names.fold(c.character().text()), c);
            if (c.description() != null) described.add(Names.fold(c.actor().text()) + "|" + Names.fold(c.description().text()));
            if (c.description() != null) spans.add(c.description());
        }
        List<Fact> out = new ArrayList<>(charactersFromDescriptions(doc, ctx));
        for (Fact f : out) byCharacter.putIfAbsent(Names.fold(((Fact.Cast) f).character().text()), (Fact.Cast) f);
        if (byCharacter.isEmpty()) return out;
        Map<String, String> byPart = partsOf(byCharacter.keySet());
        for (Sentence s : doc.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                TokenSpan name = Names.properNameRun(s, i);
                if (name == null) continue;
                i = name.end() - 1;
                String key = Names.fold(name.text());
                String character = byCharacter.containsKey(key) ? key : byPart.get(key);
                if (character == null) continue;
                Fact.Cast cast = byCharacter.get(character);
                for (TokenSpan d : descriptionsOf(s, name)) {
                    // "X's shy nurse Mary": the actor who owns the role is no part of its description
                    if (Names.fold(d.text()).contains(Names.fold(cast.actor().text()))) continue;
                    // a part of a description already read ("singer-songwriter" in "aspiring singer-songwriter")
                    if (spans.stream().anyMatch(x -> x.begin() <= d.begin() && d.endChar() <= x.end())) continue;
                    if (!described.add(Names.fold(cast.actor().text()) + "|" + Names.fold(d.text()))) continue;
                    int b = Math.min(name.begin(), d.begin());
                    int e = Math.max(name.endChar(), d.endChar());
                    out.add(new Fact.Cast(cast.actor(), Mention.of(doc, name), Mention.of(doc, d), new Evidence(b, e, "cast.character-description")));
                }
            }
        }
        return out;
    }

    /**
     * "his mother (Jane Roe)" and, elsewhere, "his mother, Julia": a description the review gives both to an actor and,
     * in apposition, to a name, ties that name to the actor as the character.
     */
    private static List<Fact.Cast> charactersFromDescriptions(Doc doc, ReviewContext ctx) {
        Map<String, TokenSpan[]> named = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!roleNoun(t)) continue;
                TokenSpan d = CastEvidenceExtractor.descriptionSpan(s, t);
                if (d == null) continue;
                TokenSpan name = null;
                int after = d.end();
                if (after < s.size() && s.get(after).word().equals(",")) after++;
                if (after < s.size()) name = Names.properNameRun(s, after);
                // (a place after a description names no character: "a nurse, Paris, …")
                if (name != null && name.tokens().stream().anyMatch(k -> "LOCATION".equals(k.ner()) || "COUNTRY".equals(k.ner()) || "CITY".equals(k.ner()))) name = null;
                // (not "(", nor a name that opens a clause: "the young colleague Henk is training")
                if (name != null && (name.end() >= s.size() || !s.get(name.end()).word().equals("(")) && !opensClause(s, name))
                    named.putIfAbsent(Names.fold(d.text()), new TokenSpan[] {d, name});
            }
        }
        List<Fact.Cast> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        // "A as a shy boy, B as a grown man": a name after a description may be the next actor of a list
        Set<String> actors = new HashSet<>();
        for (Fact f : ctx.facts()) if (f instanceof Fact.Cast c) actors.add(Names.fold(c.actor().text()));
        for (Fact f : ctx.facts()) {
            if (!(f instanceof Fact.Cast c) || c.character() != null || c.description() == null) continue;
            TokenSpan[] pair = named.get(Names.fold(c.description().text()));
            if (pair == null || !done.add(Names.fold(c.actor().text()))) continue;
            TokenSpan name = pair[1];
            if (Names.fold(name.text()).equals(Names.fold(c.actor().text())) || actors.contains(Names.fold(name.text()))) continue;
            // the evidence is where the description names the character; the description keeps its own quote
            out.add(new Fact.Cast(c.actor(), Mention.of(doc, name), c.description(), new Evidence(pair[0].begin(), name.endChar(), "cast.character-from-description")));
        }
        return out;
    }

    /** A single word of a character's name that names no other character ("Ruth" for "Ruth Vance"). */
    private static Map<String, String> partsOf(Set<String> characters) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String c : characters) {
            for (String p : c.split(" ")) {
                if (p.length() < 3) continue;
                if (out.containsKey(p) && !out.get(p).equals(c)) ambiguous.add(p);
                out.put(p, c);
            }
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    /** The descriptions the parse ties to one occurrence of a character's name. */
    static List<TokenSpan> descriptionsOf(Sentence s, TokenSpan name) {
        List<TokenSpan> out = new ArrayList<>();
        Token h = name.head();
        // "lawyer Ruth Vance", "his sister Ruth" (not "the young colleague Ruth is training": there the name opens a clause)
        TokenSpan before = opensClause(s, name) ? null : titleBefore(s, name.start());
        if (before != null) out.add(before);
        // "Ruth, a weary nurse, …"
        // ("Grub, a worm with big ideas": in an animation the part may be an animal)
        // ("Judith, the sensible one, …": "one" after an adjective stands for a person)
        // (not past another name: "A is B, …, and C plays D, the only woman in the band" describes D, however it parses)
        for (Token ap : s.children(h, "appos")) {
            if (nameBetween(s, name.end(), phraseStart(s, ap))) continue;
            if (personNoun(ap) || ap.tag().startsWith("NN") && ap.isLowercaseWord() && creatureNoun(ap.word()) || oneOfAKind(s, ap)) add(s, ap, out);
            // ("Ilse, the senior of the pair, a woman who …": a second apposition, which the parser may hang on the first's noun)
            List<Token> inner = new ArrayList<>(List.of(ap));
            inner.addAll(s.children(ap, "nmod"));
            for (Token n : inner)
                for (Token second : s.children(n, "appos"))
                    if (second.index() > ap.index() && personNoun(second) && !nameBetween(s, ap.index(), phraseStart(s, second))) add(s, second, out);
        }
        // ("Ewa, a nurse and single mother, …": the parser may read a coordinated apposition as a list with the name; an
        // indefinite person noun right after the name's comma describes it)
        // ("Ritchie, the steady one, and …": likewise a determined "one" after an adjective)
        if (name.end() + 1 < s.size() && s.get(name.end()).word().equals(",") && s.get(name.end() + 1).word().matches("(?i)a|an|the"))
            for (Token c : s.children(h, "conj"))
                if ((personNoun(c) && !s.get(name.end() + 1).word().equalsIgnoreCase("the") || oneOfAKind(s, c))
                        && s.children(c, "det").stream().anyMatch(d -> d.index() == name.end() + 1)) add(s, c, out);
        // ("plays the band's singer, Danny, a dole-queue poet": or hang the indefinite apposition on the noun before the name)
        if (name.end() + 1 < s.size() && s.get(name.end()).word().equals(",") && s.get(name.end() + 1).word().matches("(?i)a|an"))
            for (int k = name.end() + 2; k < Math.min(s.size(), name.end() + 6); k++) {
                Token c = s.get(k);
                Token g = s.head(c);
                if (personNoun(c) && c.rel().equals("appos") && g != null && g == s.head(h)
                        && s.children(c, "det").stream().anyMatch(d -> d.index() == name.end() + 1)) add(s, c, out);
            }
        // "The eldest, Jonas, is played by …", "Her brother, Tom, …": a phrase opening the clause, then a comma, then the
        // name (read off the surface: the parser often loses the apposition at the start of a sentence)
        if (name.start() >= 2 && s.get(name.start() - 1).word().equals(",")) {
            Token opener = s.get(name.start() - 2);
            if (personNoun(opener) || CastEvidenceExtractor.ageRank(s, opener)) {
                int a = opener.index();
                while (a > 0 && s.get(a - 1).tag().matches("DT|PRP\\$|JJ.*|NNS?|HYPH|POS|CD") && (s.get(a - 1).isLowercaseWord() || s.get(a - 1).tag().matches("DT|PRP\\$|POS|HYPH"))) a--;
                TokenSpan d = new TokenSpan(s, a, opener.index() + 1);
                int from = a;
                // (a determined phrase, and a name that does not open a clause: not "… a trio of young girls, Becky feels …")
                if (a < opener.index() && s.get(a).tag().matches("DT|PRP\\$") && (a == 0 || s.get(a - 1).word().matches("[,;:(–—]|and|while"))
                        && !opensClause(s, name) && out.stream().noneMatch(x -> x.start() <= from && from < x.end()))
                    out.add(d);
            }
        }
        // "the main girl is Wren", "her guide is a fox named Ember": the name a copula says a determined person is
        if (!s.children(h, "cop").isEmpty())
            for (Token subj : s.children(h, "nsubj"))
                // (one person: "The strangers are Eleanor and Daniel" says who the pair are, not what Eleanor is)
                if (personNoun(subj) && subj.tag().equals("NN") && s.children(subj).stream().anyMatch(k -> k.rel().equals("det") || k.rel().equals("nmod:poss")))
                    add(s, subj, out);
        Token gov = s.head(h);
        if (gov != null) {
            // "his sister, Ruth" / "a nurse named Ruth"
            // (not a group the name belongs to: "Her band, the Thunderbirds – guitarist A (X)")
            if (h.rel().equals("appos") && personNoun(gov) && !opensClause(s, name) && !Lexicon.WORD_CLASSES.get("group-noun").contains(gov.word().toLowerCase(Locale.ROOT))
                    && !gov.word().matches("(?i)bands?|groups?")) {
                add(s, gov, out);
                // "her father, Ernesto, a proud man": a second apposition after the name describes it too
                for (Token ap : s.children(gov, "appos")) if (ap.index() > h.index() && personNoun(ap)) add(s, ap, out);
                // "Her only ally is the groundskeeper, Gregor": what a copula says the apposed noun is describes the name too
                for (Token subj : copulaSubjects(s, gov)) add(s, subj, out);
            }
            if ((h.rel().startsWith("xcomp") || h.rel().startsWith("obj")) && gov.lemma().matches("name|call") && s.head(gov) != null && roleNoun(s.head(gov)))
                addNoun(s, s.head(gov), out);
            // (the same read off the surface when the parser hangs the participle on the name: "a former diver named Cole")
            // ("a moth named Gossamer": in an animation the part may be an animal)
            else if (name.start() >= 2 && Lexicon.WORD_CLASSES.get("naming-word").contains(s.get(name.start() - 1).word().toLowerCase(Locale.ROOT))
                    && (personNoun(s.get(name.start() - 2)) || s.get(name.start() - 2).isLowercaseWord() && creatureNoun(s.get(name.start() - 2).word())))
                add(s, s.get(name.start() - 2), out);
            // "her only employee is a sullen teenager named Jez", "her confidante is the new governess, a vicar's daughter
            // called Alice": the named noun is what a copula says a determined person is, and that subject describes too
            if (name.start() >= 2 && Lexicon.WORD_CLASSES.get("naming-word").contains(s.get(name.start() - 1).word().toLowerCase(Locale.ROOT)))
                for (Token n = s.get(name.start() - 2), step = null; n != null && n.tag().startsWith("NN") && n.isLowercaseWord(); n = step) {
                    step = null;
                    for (Token subj : copulaSubjects(s, n)) add(s, subj, out);
                    if (n.rel().equals("appos") && s.head(n) != null && s.head(n).index() < n.index()) step = s.head(n);
                    // (the parser may make the noun the naming verb's subject and hang that verb on the noun before it)
                    Token v = s.head(n);
                    if (step == null && n.rel().equals("nsubj") && v != null && v.index() == name.start() - 1 && s.head(v) != null && s.head(v).index() < n.index()) step = s.head(v);
                }
            // "Ruth is a weary nurse", "Ruth and Ada are the parents"
            if (h.rel().startsWith("nsubj") || h.rel().equals("conj") && s.head(gov) != null && gov.rel().startsWith("nsubj")) {
                Token pred = h.rel().equals("conj") ? s.head(gov) : gov;
                if (pred != null && !s.children(pred, "cop").isEmpty() && (personNoun(pred) || storyPredicate(s, pred))) add(s, pred, out);
                if (pred != null && AS_VERBS.contains(pred.lemma().toLowerCase(Locale.ROOT)))
                    for (Token c : s.children(pred)) if ((c.rel().startsWith("obl") || c.rel().startsWith("advcl")) && s.caseOf(c).equals("as")) addNoun(s, c, out);
            }
        }
        return out;
    }

    /**
     * What a known character "is" in the present tense, though no word for a person: "Jo is the chaos gremlin who wants
     * a bar", "Mel is the sensible one with the spreadsheets", "Pip is a hedgehog". Not praise or a verdict ("Jo is the
     * heart of the film", "Jo is a revelation") and not the past ("Jo was a storm"), which may be a biography's.
     */
    private static boolean storyPredicate(Sentence s, Token pred) {
        if (!pred.tag().startsWith("NN") || !pred.isLowercaseWord() || s.children(pred, "det").isEmpty()) return false;
        String w = pred.word().toLowerCase(Locale.ROOT);
        if (Lexicon.WORD_CLASSES.get("not-description").contains(w) && !w.equals("one") || Lexicon.WORD_CLASSES.get("praise-noun").contains(w)) return false;
        if (s.children(pred, "cop").stream().noneMatch(c -> c.tag().matches("VB[ZP]"))) return false;
        return oneOfAKind(s, pred) || creatureNoun(w) || CastEvidenceExtractor.storyClause(s, pred);
    }

    /** Where a noun's phrase starts: its leftmost dependent before it ("a one-time Nashville big hitter"). */
    private static int phraseStart(Sentence s, Token n) {
        int start = n.index();
        for (Token c : s.children(n)) if (c.index() < start) start = c.index();
        return start;
    }

    /** A capitalised proper noun outside brackets between two token positions. */
    private static boolean nameBetween(Sentence s, int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            Token t = s.get(k);
            if (t.word().equals("(")) depth++;
            else if (t.word().equals(")")) depth = Math.max(0, depth - 1);
            else if (depth == 0 && t.tag().startsWith("NNP") && t.isCapitalised()) return true;
        }
        return false;
    }

    /** "the sensible one", "the quiet one": "one" after an adjective, with a determiner, stands for a person. */
    private static boolean oneOfAKind(Sentence s, Token t) {
        return t.is("one") && t.index() > 0 && s.get(t.index() - 1).tag().startsWith("JJ") && !s.children(t, "det").isEmpty();
    }

    /** An animal or a creature an animated film's part may be ("a worm", "hedgehogs"). */
    private static boolean creatureNoun(String word) {
        return Lexicon.WORD_CLASSES.get("creature-noun").contains(Lexicon.singular(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * The name is the subject of a verb right after it ("the colleague Ruth is training"), not the end of a longer
     * subject ("the scenes with producer Ruth are the best").
     */
    static boolean opensClause(Sentence s, TokenSpan name) {
        int v = name.end();
        if (v >= s.size() || !s.get(v).tag().matches("VB[DZP]|MD")) return false;
        // (the parser may miss the subject; an auxiliary before a participle still opens a clause: "Henk is training")
        return name.head().rel().startsWith("nsubj") || v + 1 < s.size() && s.get(v).lemma().matches("be|have") && s.get(v + 1).tag().matches("VBG|VBN");
    }

    private static void addNoun(Sentence s, Token t, List<TokenSpan> out) {
        if (roleNoun(t)) add(s, t, out);
    }

    private static void add(Sentence s, Token t, List<TokenSpan> out) {
        TokenSpan d = CastEvidenceExtractor.descriptionSpan(s, t);
        if (d != null && d.size() <= 12) out.add(d);
    }

    /** A lower-case common noun that can name a person's part in a story (kin, job, relation, type). */
    private static boolean roleNoun(Token t) {
        return t.tag().startsWith("NN") && t.isLowercaseWord() && Lexicon.isRoleNoun(t.word());
    }

    /**
     * The subjects a present or past copula says {@code pred} is, where each is a determined noun for a person before it
     * ("Her only ally is the groundskeeper", "her only employee is a sullen teenager"): they describe the same part.
     */
    static List<Token> copulaSubjects(Sentence s, Token pred) {
        if (s.children(pred, "cop").isEmpty()) return List.of();
        return s.children(pred, "nsubj").stream().filter(subj -> personNoun(subj) && subj.index() < pred.index()
                && s.children(subj).stream().anyMatch(k -> k.rel().equals("det") || k.rel().equals("nmod:poss"))).toList();
    }

    /** As {@link #roleNoun}, or a noun shaped like a word for a person ("keeper", "drifter"): said of a known character. */
    private static boolean personNoun(Token t) {
        return t.tag().startsWith("NN") && t.isLowercaseWord() && Lexicon.isPersonNoun(t.word());
    }

    /** Lower-case words before a name ending in a role noun: "music producer", "his sister", "two-bit hustler". */
    private static TokenSpan titleBefore(Sentence s, int nameStart) {
        int a = nameStart;
        while (a - 1 >= 0) {
            Token t = s.get(a - 1);
            boolean word = t.tag().matches("DT|PRP\\$|JJ.*|NN|NNS|VBN|HYPH|CD") && (t.isLowercaseWord() || t.tag().matches("DT|PRP\\$"));
            // a place or a name used as a modifier inside the description: "two-bit Ohio hustler"
            boolean inner = t.tag().equals("NNP") && a - 1 > 0 && a < nameStart && s.get(a - 2).isLowercaseWord() && s.get(a - 2).tag().startsWith("JJ");
            if (!word && !inner) break;
            a--;
        }
        if (a == nameStart) return null;
        Token head = s.get(nameStart - 1);
        if (!roleNoun(head)) return null;
        while (a < nameStart && s.get(a).tag().equals("HYPH")) a++;
        return new TokenSpan(s, a, nameStart);
    }
}
