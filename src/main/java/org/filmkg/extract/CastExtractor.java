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
    private final TokenRules rules = Lexicon.rules("cast.rules");

    @Override
    public String name() {
        return "cast";
    }

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        List<Fact.Cast> found = new ArrayList<>();
        for (RuleMatch m : rules.matchAll(doc)) {
            if (m.rule().equals("cast.apposition")) continue;
            found.addAll(interpret(doc, ctx, m));
        }
        return new ArrayList<>(dedupe(preferred(found)));
    }

    /** When two rules read one actor mention with different characters, the more specific rule wins. */
    private static final List<String> PRIORITY = List.of("cast.played-by", "cast.as", "cast.plays-char",
            "cast.desc-char-paren", "cast.char-paren", "cast.desc-paren", "cast.plays-desc", "cast.credits", "cast.starring");

    private static List<Fact.Cast> preferred(List<Fact.Cast> facts) {
        Map<Integer, Integer> best = new LinkedHashMap<>();
        for (Fact.Cast f : facts) {
            if (f.character() == null) continue;
            best.merge(f.actor().begin(), PRIORITY.indexOf(f.evidence().rule()), Math::min);
        }
        List<Fact.Cast> out = new ArrayList<>();
        for (Fact.Cast f : facts) {
            Integer b = best.get(f.actor().begin());
            boolean losing = f.character() != null && b != null && PRIORITY.indexOf(f.evidence().rule()) > b
                    && facts.stream().anyMatch(g -> g.actor().begin() == f.actor().begin() && g.character() != null
                            && PRIORITY.indexOf(g.evidence().rule()) == b && !g.character().text().equals(f.character().text()));
            if (!losing) out.add(f);
        }
        return out;
    }

    private List<Fact.Cast> interpret(Doc doc, ReviewContext ctx, RuleMatch m) {
        List<Fact.Cast> out = new ArrayList<>();
        Evidence ev = new Evidence(m.span().begin(), m.span().endChar(), m.rule());
        Mention desc = m.group("desc").filter(d -> usableDescription(d, m.rule())).map(d -> Mention.of(doc, d)).orElse(null);
        switch (m.rule()) {
            case "cast.desc-char-paren", "cast.char-paren", "cast.plays-char", "cast.as" -> {
                TokenSpan actor = m.group("actor").orElseThrow();
                TokenSpan character = m.group("char").orElseThrow();
                if (m.rule().equals("cast.as") && !asIsCasting(actor)) return out;
                if (!isActor(actor, ctx) || !isCharacter(character, ctx)) return out;
                List<Mention> descs = new ArrayList<>();
                if (desc != null) descs.add(desc);
                appositionAfter(doc, m).ifPresent(descs::add);
                add(out, Mention.of(doc, actor), Mention.of(doc, character), descs, ev);
            }
            case "cast.desc-paren", "cast.plays-desc", "cast.credits", "cast.starring" -> {
                if (desc == null && (m.rule().equals("cast.desc-paren") || m.rule().equals("cast.plays-desc"))) return out;
                for (Names.Item item : Names.splitList(m.group("actors").orElseThrow())) {
                    if (!isActor(item.actor(), ctx)) continue;
                    Mention character = item.character() == null ? null : Mention.of(doc, item.character());
                    add(out, Mention.of(doc, item.actor()), character, desc == null ? List.of() : List.of(desc), ev);
                }
            }
            case "cast.played-by" -> {
                List<Names.Item> chars = Names.splitList(m.group("chars").orElseThrow());
                List<Names.Item> actors = Names.splitList(m.group("actors").orElseThrow());
                if (chars.size() != actors.size()) return out;
                List<Mention> descs = new ArrayList<>();
                if (desc != null) descs.add(desc);
                m.group("desc2").filter(d -> usableDescription(d, m.rule())).map(d -> Mention.of(doc, d)).ifPresent(descs::add);
                if (chars.size() == 1) appositionAfter(doc, m).ifPresent(descs::add);
                for (int i = 0; i < chars.size(); i++) {
                    TokenSpan a = actors.get(i).actor();
                    TokenSpan c = chars.get(i).actor();
                    if (!isActor(a, ctx) || !isCharacter(c, ctx)) continue;
                    add(out, Mention.of(doc, a), Mention.of(doc, c), chars.size() == 1 ? descs : List.of(), ev);
                }
            }
            default -> throw new IllegalStateException("cast.rules has a rule the extractor does not know: " + m.rule());
        }
        return out;
    }

    private static void add(List<Fact.Cast> out, Mention actor, Mention character, List<Mention> descs, Evidence ev) {
        if (descs.isEmpty()) out.add(new Fact.Cast(actor, character, null, ev));
        for (Mention d : descs) out.add(new Fact.Cast(actor, character, d, ev));
    }

    /** "Jane Roe as Becky" is casting; "such as Jane Roe" or "as well as" is not. */
    private static boolean asIsCasting(TokenSpan actor) {
        if (actor.tokens().stream().noneMatch(Token::isPerson)) return false;
        if (actor.start() == 0) return true;
        return !NOT_BEFORE_AS.contains(actor.sentence().get(actor.start() - 1).word().toLowerCase(Locale.ROOT));
    }

    private static boolean isActor(TokenSpan span, ReviewContext ctx) {
        String text = span.tokens().stream().map(Token::word).reduce((a, b) -> a + " " + b).orElse("");
        // crew may act too (an actor who also produced), so only the film's title is ruled out here
        if (ctx.isFilmTitle(text)) return false;
        // A lone word names an actor only when NER calls it a person (a surname: "Becky (Roe)").
        if (span.tokens().size() == 1) return span.first().isPerson();
        return Names.looksLikePerson(span);
    }

    private static boolean isCharacter(TokenSpan span, ReviewContext ctx) {
        String text = span.tokens().stream().map(Token::word).reduce((a, b) -> a + " " + b).orElse("");
        return !ctx.isFilmTitle(text) && !ctx.isCrew(text) && span.tokens().stream().allMatch(Names::isNameToken);
    }

    /** A description must end in a noun; after "plays" it must be a role noun ("plays the piano" is not a role). */
    private static boolean usableDescription(TokenSpan d, String rule) {
        Token head = headOf(d);
        if (head == null) return false;
        boolean role = Lexicon.isRoleNoun(head.word());
        if (rule.equals("cast.plays-desc")) return role;
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
        for (int k = i; k < s.size(); k++) {
            if (s.get(k).word().equals(")")) {
                close = k;
                break;
            }
            if (k >= m.span().end() + 1) break;
        }
        int at = close >= 0 ? close + 1 : m.span().end();
        return rules.matchAt(doc, s, "cast.apposition", at)
                .flatMap(a -> a.group("desc"))
                .filter(d -> usableDescription(d, "cast.apposition"))
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
