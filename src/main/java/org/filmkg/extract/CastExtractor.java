package org.filmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.RuleMatch;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenRules;
import org.filmkg.nlp.TokenSpan;

/** Actors, the characters they play and how the reviewer describes each role; rules in {@code cast.rules}. */
public final class CastExtractor implements Extractor {
    private static final Set<String> NOT_BEFORE_AS = Set.of("such", "well", "same", "known", "so", "just", "much");
    private static final Set<String> SHAPES = Set.of("character", "list", "played-by", "possessive", "apposition");
    private final TokenRules rules = checked(Lexicon.rules("cast.rules"));
    /** Each statement-making rule's priority, read once (preferring compares them pairwise). */
    private final Map<String, Integer> priorities = priorities(rules);

    private static Map<String, Integer> priorities(TokenRules rules) {
        Map<String, Integer> out = new java.util.HashMap<>();
        rules.attributes().forEach((name, a) -> {
            if (a.containsKey("priority")) out.put(name, Integer.valueOf(a.get("priority")));
        });
        return Map.copyOf(out);
    }

    /** Every rule must say its shape, and every rule that makes statements its priority: none silently wins. */
    private static TokenRules checked(TokenRules rules) {
        rules.attributes().forEach((name, a) -> {
            if (!SHAPES.contains(a.getOrDefault("shape", "")))
                throw new IllegalStateException("cast.rules: rule " + name + " needs [shape=…] with one of " + SHAPES);
            if (!a.get("shape").equals("apposition") && !a.getOrDefault("priority", "").matches("\\d+"))
                throw new IllegalStateException("cast.rules: rule " + name + " needs [priority=N]");
        });
        return rules;
    }

    @Override
    public String name() {
        return "cast";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> needs() {
        return java.util.Set.of(Fact.Film.class, Fact.Crew.class);
    }

    @Override
    public java.util.Set<Class<? extends Fact>> provides() {
        return java.util.Set.of(Fact.Cast.class);
    }

    /** "Eleven-year-old", "12-year-old": an age written before a name. */
    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("(?i)[\\p{L}\\d]+(?:-[\\p{L}]+)?-year-old");

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        List<Fact.Cast> found = new ArrayList<>();
        List<RuleMatch> possessives = new ArrayList<>();
        for (RuleMatch m : rules.matchAll(doc)) {
            if (m.attribute("shape").equals("apposition")) continue;
            if (m.attribute("shape").equals("possessive")) {
                possessives.add(m);
                continue;
            }
            found.addAll(interpret(doc, ctx, m));
        }
        // "Roe's Ruth" is casting only when Roe is cast by another statement ("Bergman's Persona" is not)
        List<Fact.Cast> known = List.copyOf(found);
        for (RuleMatch m : possessives) {
            TokenSpan actor = m.group("actor").orElseThrow();
            TokenSpan character = m.group("char").orElseThrow();
            String a = Names.fold(actor.text());
            boolean cast = known.stream().anyMatch(c -> {
                List<String> parts = List.of(Names.fold(c.actor().text()).split(" "));
                return Names.fold(c.actor().text()).equals(a) || actor.size() == 1 && parts.contains(a);
            });
            if (cast && isCharacter(character, ctx) && !character.text().equals(actor.text()) && !isHeadline(m.sentence()))
                found.add(new Fact.Cast(Mention.of(doc, actor), Mention.of(doc, character), null,
                        new Evidence(m.span().begin(), m.span().endChar(), m.rule())));
        }
        return new ArrayList<>(withoutCharactersAsActors(dedupe(distributePlural(doc, preferred(withoutReversedPairs(found))))));
    }

    /**
     * "It stars A (Hattie), B (Teddy) and C (Mrs Grant)": where a list rule reads a name as an actor (with the other
     * name as its character, or none) and a "Character (Actor)" rule whose actor is inside the list's words makes it the character,
     * the list (which knows what introduced it) wins.
     */
    private List<Fact.Cast> withoutReversedPairs(List<Fact.Cast> facts) {
        List<Fact.Cast> out = new ArrayList<>();
        for (Fact.Cast f : facts) {
            boolean reversedByAList = f.character() != null && !isList(f) && facts.stream().anyMatch(g -> isList(g)
                    && g.evidence().begin() <= f.actor().begin() && f.actor().end() <= g.evidence().end()
                    && Names.fold(g.actor().text()).equals(Names.fold(f.character().text()))
                    && (g.character() == null || Names.fold(g.character().text()).equals(Names.fold(f.actor().text()))));
            if (!reversedByAList) out.add(f);
        }
        return out;
    }

    private boolean isList(Fact.Cast f) {
        return "list".equals(rules.attributes().getOrDefault(f.evidence().rule(), Map.of()).get("shape"));
    }

    /** A name that some statement makes a character ("Y (played by X)") is not an actor in another ("With Y, …"). */
    private static List<Fact.Cast> withoutCharactersAsActors(List<Fact.Cast> facts) {
        java.util.Set<String> characters = new java.util.HashSet<>();
        for (Fact.Cast f : facts) if (f.character() != null) characters.add(Names.fold(f.character().text()));
        List<Fact.Cast> out = new ArrayList<>();
        for (Fact.Cast f : facts) if (!characters.contains(Names.fold(f.actor().text()))) out.add(f);
        return out;
    }

    /** When two rules read one actor mention with different characters, the one with the lower priority number wins. */
    private int priority(Fact.Cast f) {
        return priorities.get(f.evidence().rule());
    }

    private List<Fact.Cast> preferred(List<Fact.Cast> facts) {
        Map<Integer, Integer> best = new LinkedHashMap<>();
        for (Fact.Cast f : facts) {
            if (f.character() == null) continue;
            best.merge(f.actor().begin(), priority(f), Math::min);
        }
        List<Fact.Cast> out = new ArrayList<>();
        for (Fact.Cast f : facts) {
            Integer b = best.get(f.actor().begin());
            boolean losing = f.character() != null && b != null && priority(f) > b
                    && facts.stream().anyMatch(g -> g.actor().begin() == f.actor().begin() && g.character() != null
                            && priority(g) == b && !g.character().text().equals(f.character().text()));
            if (!losing) out.add(f);
        }
        return out;
    }

    private List<Fact.Cast> interpret(Doc doc, ReviewContext ctx, RuleMatch m) {
        List<Fact.Cast> out = new ArrayList<>();
        Evidence ev = new Evidence(m.span().begin(), m.span().endChar(), m.rule());
        Mention desc = m.group("desc").filter(d -> usableDescription(d, "role-noun".equals(m.attribute("desc")))).map(d -> Mention.of(doc, withoutDashes(d))).orElse(null);
        switch (m.attribute("shape")) {
            case "character" -> {
                TokenSpan actor = withoutActorNoun(m.group("actor").orElseThrow());
                TokenSpan character = m.group("char").orElseThrow();
                if (!passesCheck(doc, m, actor, character, ctx)) return out;
                // ("X as Miguel's grandmother": the name owns the role, it is not the role)
                if (character.end() < character.sentence().size() && character.sentence().get(character.end()).tag().equals("POS")) return out;
                if (!isActor(actor, ctx) || !isCharacter(character, ctx)) return out;
                if (roleInAnotherWork(character, ctx)) return out;
                List<Mention> descs = new ArrayList<>();
                if (desc != null) {
                    descs.addAll(coordinatedBefore(doc, m.group("desc").orElseThrow()));
                    descs.add(desc);
                }
                // "Newlyweds (A and B)": a common noun opening the sentence, capitalised only there, is a description
                if (CastEvidenceExtractor.commonNounAsName(character)) {
                    if (!isActor(actor, ctx)) return out;
                    add(out, Mention.of(doc, actor), null, List.of(Mention.of(doc, character)), ev);
                    return out;
                }
                // "Eleven-year-old Poppy (X)": an age opening the sentence, capitalised, is the part's description
                if (character.size() > 1 && AGE.matcher(character.first().word()).matches()) {
                    descs.add(Mention.of(doc, new TokenSpan(character.sentence(), character.start(), character.start() + 1)));
                    character = new TokenSpan(character.sentence(), character.start() + 1, character.end());
                }
                appositionAfter(doc, m).ifPresent(descs::add);
                add(out, Mention.of(doc, actor), Mention.of(doc, character), descs, ev);
            }
            case "list" -> {
                // "a welder who lives with his aunt (X)": the role noun nearest the bracket is X's description
                if (desc != null && closerRoleNoun(m)) desc = null;
                // ("A and B play the manager and the understudy": parts in turn, which the parse pairs, not one shared)
                if (desc != null && coordinatedAfter(m.group("desc").orElseThrow())) desc = null;
                if (desc == null && "description".equals(m.attribute("needs"))) return out;
                if (!passesCheck(doc, m, null, null, ctx)) return out;
                TokenSpan list = "before-verb".equals(m.attribute("list")) ? namesBefore(m.group("verb").orElseThrow()) : m.group("actors").orElseThrow();
                if (list == null) return out;
                List<Names.Item> items = Names.splitList(list);
                // In a list where NER already found two people, a name-shaped item is a person too ("Cast: A, B, C")
                boolean listOfPeople = items.stream().filter(it -> isActor(it.actor(), ctx)).count() >= 2;
                // the weaker cues ("opposite", "the film stars", "A and B star in") need NER to call each name a person
                boolean needPerson = "person".equals(m.attribute("needs"));
                // "A plays his former partner, now a customs officer": one actor's description may go on after a comma
                List<Mention> descs = new ArrayList<>();
                if (desc != null) descs.add(desc);
                if (desc != null && items.size() == 1) appositionAfter(doc, m).ifPresent(descs::add);
                for (Names.Item item : items) {
                    // … and a crew member named that way ("working alongside Jane Roe again") is not cast
                    if (needPerson && (item.actor().tokens().stream().noneMatch(Token::isPerson) || ctx.isCrew(item.actor().text()))) continue;
                    // NER calls some names in a list of people a place ("Ida Park"); in such a list the shape decides
                    if (!isActor(item.actor(), ctx) && !(listOfPeople && Names.nameShaped(item.actor(), true) && !ctx.isFilmTitle(item.actor().text()))) continue;
                    Mention character = item.character() == null ? null : Mention.of(doc, item.character());
                    add(out, Mention.of(doc, item.actor()), character, descs, ev);
                }
            }
            case "played-by" -> {
                List<Names.Item> chars = Names.splitList(m.group("chars").orElseThrow());
                List<Names.Item> actors = Names.splitList(m.group("actors").orElseThrow());
                if (chars.size() != actors.size()) return out;
                List<Mention> descs = new ArrayList<>();
                if (desc != null) descs.add(desc);
                m.group("desc2").filter(d -> usableDescription(d, false)).map(d -> Mention.of(doc, d)).ifPresent(descs::add);
                if (chars.size() == 1) appositionAfter(doc, m).ifPresent(descs::add);
                // "his friends – namely, A and B (played by …)": a plural description covers every character
                boolean shared = chars.size() == 1 || m.group("desc").map(CastExtractor::isPlural).orElse(false);
                for (int i = 0; i < chars.size(); i++) {
                    TokenSpan a = actors.get(i).actor();
                    TokenSpan c = chars.get(i).actor();
                    if (!isActor(a, ctx) || !isCharacter(c, ctx)) continue;
                    add(out, Mention.of(doc, a), Mention.of(doc, c), shared ? descs : List.of(), ev);
                }
            }
            default -> throw new IllegalStateException("cast.rules: rule " + m.rule() + " has shape " + m.attribute("shape") + ", which makes no statement");
        }
        return out;
    }

    private static void add(List<Fact.Cast> out, Mention actor, Mention character, List<Mention> descs, Evidence ev) {
        if (descs.isEmpty()) out.add(new Fact.Cast(actor, character, null, ev));
        for (Mention d : descs) out.add(new Fact.Cast(actor, character, d, covering(ev, d)));
    }

    /** The evidence widened to take in a description found outside the match ("Her ex, …"). */
    private static Evidence covering(Evidence ev, Mention d) {
        if (d.begin() >= ev.begin() && d.end() <= ev.end()) return ev;
        return new Evidence(Math.min(ev.begin(), d.begin()), Math.max(ev.end(), d.end()), ev.rule());
    }

    /** Whether a role noun stands between the matched description and the bracket that follows it. */
    private static boolean closerRoleNoun(RuleMatch m) {
        TokenSpan d = m.group("desc").orElseThrow();
        Sentence s = m.sentence();
        for (int k = d.end(); k < m.span().end() && !s.get(k).word().equals("("); k++)
            if (s.get(k).tag().startsWith("NN") && s.get(k).isLowercaseWord() && Lexicon.isRoleNoun(s.get(k).word())) return true;
        return false;
    }

    /** A rule's own guard, named by its {@code check} attribute. */
    private static boolean passesCheck(Doc doc, RuleMatch m, TokenSpan actor, TokenSpan character, ReviewContext ctx) {
        String check = m.attribute("check");
        if (check == null) return true;
        return switch (check) {
            case "as-casting" -> asIsCasting(actor);
            // "X is Y" is casting only between two full names, the first a person by NER
            // (or a one-word character NER calls a person: "Neve Okafor is Hattie, Luis Brandt is Teddy"; or a surname the
            // review gives in full elsewhere: "Okafor is her fiancé, Sam")
            case "full-names" -> (actor.size() >= 2 || actor.size() == 1 && Names.surnames(doc).contains(actor.first().word())) && (character.size() >= 2 || character.first().isPerson() || "O".equals(character.first().ner()))
                    && actor.tokens().stream().anyMatch(Token::isPerson) && !ctx.isCrew(actor.text());
            case "no-bracket-after" -> !followedByBracket(m);
            // "A, B and C play X, Y and Z": a list of roles is paired by the parse, not read as the last actor's
            // ("the film, from director A, stars B as C": a name with its own "as" part after it is an actor, not A's part)
            case "single-role" -> !listAfter(character) && !(character.end() < character.sentence().size() && character.sentence().get(character.end()).is("as"));
            // "Lena Ford (Dorm Life) plays Maggie", "stars Lena Ford (Dorm Life) as Maggie": a full name NER calls a person,
            // then brackets that hold no person and a verb of acting or "as", is the actor and the brackets an aside
            // (another work), not "Character (Actor)"
            // ("played by A (Sal), B (Vinnie) …": a list of agents of acting reads "Actor (Character)")
            case "bracket-holds-person" -> !(character.size() >= 2 && character.tokens().stream().allMatch(Token::isPerson)
                    && actor.tokens().stream().noneMatch(Token::isPerson) && actingVerbAfterBracket(actor))
                    && !CastEvidenceExtractor.inAgentList(character.sentence(), character.start());
            default -> throw new IllegalStateException("cast.rules: rule " + m.rule() + " names an unknown check " + check);
        };
    }

    /** ", Name" or "and Name" right after a name: it is the first of a list. */
    private static boolean listAfter(TokenSpan name) {
        Sentence s = name.sentence();
        int i = name.end();
        if (!(i + 1 < s.size() && (s.get(i).word().equals(",") || s.get(i).is("and")) && Names.isNameToken(s.get(i + 1)) && s.get(i + 1).tag().startsWith("NNP"))) return false;
        // "A plays Hattie and B plays her son": the next name has a verb of its own, so a new clause begins there
        int j = i + 1;
        while (j < s.size() && Names.isNameToken(s.get(j)) && s.get(j).tag().startsWith("NNP")) j++;
        return !(j < s.size() && s.get(j).tag().matches("VB[DZP]?|MD") && s.get(j).isLowercaseWord());
    }

    /** The word after the brackets around {@code inside} is a verb of acting ("… (Dorm Life) plays Maggie"). */
    private static boolean actingVerbAfterBracket(TokenSpan inside) {
        Sentence s = inside.sentence();
        int close = inside.end();
        while (close < s.size() && !s.get(close).word().equals(")")) close++;
        // ("stars A (Other Title) as Y": an "as" after the brackets is the name's part)
        return close + 1 < s.size() && (s.get(close + 1).lemma().matches("(?i)play|star|portray|voice|embody|co-star") || s.get(close + 1).is("as"));
    }

    /** "Jane Roe as Ruth" is casting; "such as Jane Roe" or "as well as" is not. */
    private static boolean asIsCasting(TokenSpan actor) {
        if (actor.tokens().stream().noneMatch(Token::isPerson)) return false;
        if (actor.start() == 0) return true;
        return !NOT_BEFORE_AS.contains(actor.sentence().get(actor.start() - 1).word().toLowerCase(Locale.ROOT));
    }

    private static boolean isActor(TokenSpan span, ReviewContext ctx) {
        String text = span.text();
        // crew may act too (an actor who also produced), so only the film's title is ruled out here
        if (ctx.isFilmTitle(text)) return false;
        // A lone word names an actor only when NER calls it a person (a surname: "Ruth (Roe)").
        if (span.tokens().size() == 1) return span.first().isPerson();
        return Names.looksLikePerson(span);
    }

    private static boolean isCharacter(TokenSpan span, ReviewContext ctx) {
        String text = span.text();
        // ("the dad (X)", "her Mum (Y)": a family word after "the" or a possessive is a description, not the name "Dad")
        if (span.size() == 1 && CastEvidenceExtractor.kinWordDescribed(span.sentence(), span.first()) != null) return false;
        return !ctx.isFilmTitle(text) && !ctx.isCrew(text) && span.tokens().stream().allMatch(Names::isNameToken)
                && span.tokens().stream().noneMatch(t -> "LOCATION".equals(t.ner()));
    }

    /** A title-case line ("Smells Like Jane Roe's Chance to Shine"): most longer words capitalised, so capitals say nothing. */
    static boolean isHeadline(Sentence s) {
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (t.word().length() < 4 || !t.word().chars().allMatch(Character::isLetter)) continue;
            words++;
            if (t.isCapitalised()) caps++;
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    /** "A, B and C" ending right before a token: the run of names, commas and "and" to its left, or null. */
    static TokenSpan namesBefore(TokenSpan verb) {
        Sentence s = verb.sentence();
        int start = verb.start();
        while (start > 0) {
            Token t = s.get(start - 1);
            if (Names.isNameToken(t) || t.word().equals(",") || t.is("and") || t.word().equals("&")) start--;
            else break;
        }
        while (start < verb.start() && !Names.isNameToken(s.get(start))) start++;
        return start < verb.start() ? new TokenSpan(s, start, verb.start()) : null;
    }

    private static boolean followedByBracket(RuleMatch m) {
        int next = m.span().end();
        return next < m.sentence().size() && m.sentence().get(next).word().equals("(");
    }

    /**
     * "Jane Roe played Peggy Olson in Mad Men", "Jane Roe is Sadie in “Georgia”": a character followed by "in/on"
     * and a title that is not this film's is a role in another work.
     */
    static boolean roleInAnotherWork(TokenSpan character, ReviewContext ctx) {
        Sentence s = character.sentence();
        int i = character.end();
        if (i + 1 >= s.size() || !(s.get(i).is("in") || s.get(i).is("on"))) return false;
        int j = i + 1;
        while (j < s.size() && s.get(j).word().matches("^[‘’'“”\"]+$")) j++;
        if (j >= s.size() || !s.get(j).isCapitalised() || s.get(j).tag().matches("PRP\\$?|DT") && !s.get(j).is("The")) return false;
        int e = j;
        while (e < s.size() && (s.get(e).isCapitalised() || s.get(e).word().matches("of|the|a|and|is|in|on|to"))) e++;
        String title = new TokenSpan(s, j, Math.max(j + 1, e)).text();
        return !ctx.isFilmTitle(title) && !ctx.film().map(f -> Names.fold(title).startsWith(Names.fold(f.title().text()))).orElse(false);
    }

    static boolean isPlural(TokenSpan desc) {
        Token head = headOf(desc);
        return head != null && head.tag().equals("NNS");
    }

    /**
     * Descriptions coordinated before a matched one: "Her ex, former DJ and now single dad Danny (Jon Doe)" gives
     * "Her ex" and "former DJ" as well. Each must be headed by a role noun, so a list of things is not taken.
     */
    private static List<Mention> coordinatedBefore(Doc doc, TokenSpan desc) {
        List<Mention> out = new ArrayList<>();
        Sentence s = desc.sentence();
        int k = desc.start() - 1;
        while (k > 0 && (s.get(k).word().equals(",") || s.get(k).word().equalsIgnoreCase("and"))) {
            int end = k;
            int start = end;
            while (start - 1 >= 0 && descriptionWord(s.get(start - 1))) start--;
            if (start == end) break;
            TokenSpan d = new TokenSpan(s, start, end);
            Token head = headOf(d);
            if (head == null || head != d.last() || !Lexicon.isRoleNoun(head.word())
                    || Lexicon.BAND_NOUNS.contains(Lexicon.singular(head.word().toLowerCase(Locale.ROOT)))) break;
            out.add(0, Mention.of(doc, d));
            k = start - 1;
        }
        return out;
    }

    /** A word that can be part of a description: determiner, possessive, modifier or noun, in lower case. */
    private static boolean descriptionWord(Token t) {
        if (Lexicon.isRoleNoun(t.word())) return true;
        return t.tag().matches("DT|PRP\\$|CD|JJ.*|NNS?|VBN|VBG|RB|HYPH") && (t.isLowercaseWord() || t.tag().matches("DT|PRP\\$"));
    }

    /**
     * "her bandmates, A (X) and B (Y)": a plural description before the first of coordinated "Character (Actor)"
     * statements covers the others too.
     */
    private static List<Fact.Cast> distributePlural(Doc doc, List<Fact.Cast> facts) {
        List<Fact.Cast> sorted = new ArrayList<>(facts);
        sorted.sort((a, b) -> Integer.compare(a.evidence().begin(), b.evidence().begin()));
        List<Fact.Cast> out = new ArrayList<>(facts);
        String text = doc.text();
        for (int i = 0; i < sorted.size(); i++) {
            Fact.Cast f = sorted.get(i);
            if (f.description() == null || !f.evidence().rule().equals("cast.desc-char-paren") || !pluralText(doc, f.description())) continue;
            int end = f.evidence().end();
            for (int j = i + 1; j < sorted.size(); j++) {
                Fact.Cast g = sorted.get(j);
                if (g.evidence().begin() < end) continue;
                String between = text.substring(end, g.evidence().begin());
                if (!g.evidence().rule().equals("cast.char-paren") || !between.matches("[\\s,)]*(and|&)?[\\s]*")) break;
                out.add(new Fact.Cast(g.actor(), g.character(), f.description(), covering(g.evidence(), f.description())));
                end = g.evidence().end();
            }
        }
        return out;
    }

    private static boolean pluralText(Doc doc, Mention m) {
        for (Sentence s : doc.sentences())
            for (Token t : s.tokens())
                if (t.begin() < m.end() && t.end() > m.begin() && t.end() == m.end()) return t.tag().equals("NNS");
        return false;
    }

    /** "… the manager and the understudy": another determined phrase coordinated after the description. */
    private static boolean coordinatedAfter(TokenSpan d) {
        Sentence s = d.sentence();
        return d.end() + 1 < s.size() && s.get(d.end()).is("and") && s.get(d.end() + 1).tag().matches("DT|PRP\\$");
    }

    /** "Newcomer X": the word for a performer opening the sentence is no part of the name ({@link PersonMentions}). */
    private static TokenSpan withoutActorNoun(TokenSpan actor) {
        return PersonMentions.opensWithPerformerWord(actor) ? new TokenSpan(actor.sentence(), actor.start() + 1, actor.end()) : actor;
    }

    /** A description without the dashes or colons a rule's words took in at either end ("– guitarist"). */
    private static TokenSpan withoutDashes(TokenSpan d) {
        int a = d.start();
        int b = d.end();
        Sentence s = d.sentence();
        while (a < b - 1 && s.get(a).word().matches("[–—:;,-]+")) a++;
        while (b > a + 1 && s.get(b - 1).word().matches("[–—:;,-]+")) b--;
        return new TokenSpan(s, a, b);
    }

    /** A description must end in a noun; with {@code desc=role-noun} ("plays the piano" is not a role) a role noun. */
    private static boolean usableDescription(TokenSpan d, boolean roleNounOnly) {
        Token head = headOf(d);
        if (head == null) return false;
        // ("plays the band's singer": a phrase that owns the noun after it is not the description, only its start)
        if (d.end() < d.sentence().size() && d.sentence().get(d.end()).tag().equals("POS")) return false;
        // ("Mom (X)": a family's word, capitalised, is the character's name, read as such by another rule)
        if (d.size() == 1 && !head.isLowercaseWord() && Lexicon.WORD_CLASSES.get("kin-name").contains(head.word().toLowerCase(Locale.ROOT))) return false;
        // ("plays King George": a capitalised title before a name is part of the name)
        Sentence ds = d.sentence();
        if (!head.isLowercaseWord() && head.index() == d.end() - 1 && d.end() < ds.size() && Names.isNameToken(ds.get(d.end()))) return false;
        boolean role = Lexicon.isRoleNoun(head.word());
        if (roleNounOnly) return role;
        // "her relationship with …", "his livelihood": a description names a person
        if (!Lexicon.isPersonNoun(head.word()) && head.tag().startsWith("NN") && Character.isLowerCase(head.word().codePointAt(0))) return false;
        // A bare job title before a name is crew, not a role ("director Jane Roe (…)").
        return !(Lexicon.JOBS.containsKey(head.word().toLowerCase(Locale.ROOT)) && !role);
    }

    /** The head noun of a description: the last noun before any "of". */
    static Token headOf(TokenSpan d) {
        Token head = null;
        for (Token t : d.tokens()) {
            if (t.word().equalsIgnoreCase("of")) break;
            if (t.tag().startsWith("NN") || Lexicon.isRoleNoun(t.word())) head = t;
        }
        return head;
    }

    /** ", a former opera star" or "who's the lead singer of …" right after the closing bracket of a match. */
    private Optional<Mention> appositionAfter(Doc doc, RuleMatch m) {
        Sentence s = m.sentence();
        int i = m.span().start();
        int close = -1;
        boolean open = false;
        for (int k = i; k < s.size(); k++) {
            if (s.get(k).word().equals("(")) open = true;
            if (s.get(k).word().equals(")")) {
                close = k;
                break;
            }
            // an unclosed bracket ("Ruth (Jane Roe, who also produced) is …") is followed to its end
            if (k >= m.span().end() + (open ? 30 : 1)) break;
        }
        int at = close >= 0 ? close + 1 : m.span().end();
        return rules.matchAt(doc, s, "cast.apposition", at)
                .flatMap(a -> a.group("desc"))
                .filter(d -> usableDescription(d, false))
                .map(d -> Mention.of(doc, d));
    }

    /** One fact per (actor mention, character, description); a bare fact is dropped when a richer one covers it. */
    private static List<Fact.Cast> dedupe(List<Fact.Cast> facts) {
        Map<String, Fact.Cast> byKey = new LinkedHashMap<>();
        for (Fact.Cast f : facts) {
            String key = f.actor().begin() + "|" + (f.character() == null ? "" : f.character().text()) + "|"
                    + (f.description() == null ? "" : f.description().begin());
            byKey.putIfAbsent(key, f);
        }
        List<Fact.Cast> out = new ArrayList<>();
        for (Fact.Cast f : byKey.values()) {
            boolean covered = byKey.values().stream().anyMatch(g -> g != f && g.actor().begin() == f.actor().begin()
                    && (f.character() == null || g.character() != null && g.character().text().equals(f.character().text()))
                    && (f.description() == null && (g.description() != null || f.character() == null && g.character() != null)));
            if (!covered) out.add(f);
        }
        out.sort((a, b) -> a.actor().begin() != b.actor().begin() ? Integer.compare(a.actor().begin(), b.actor().begin())
                : Integer.compare(a.evidence().begin(), b.evidence().begin()));
        return out;
    }
}
