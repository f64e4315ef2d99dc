package org.filmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.filmkg.extract.Fact.ClaimKind;
import org.filmkg.extract.Fact.Polarity;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.RuleMatch;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenRules;
import org.filmkg.nlp.TokenSpan;

/**
 * What a reviewer asserts about the film: length, structure, setting and era, genre and style, comparisons,
 * judgements and the overall verdict, performances, release facts; each with its polarity. Rules in
 * {@code claims.rules}; word lists {@code genres.txt}, {@code judgement-cues.tsv}, {@code polarity-cues.tsv}.
 */
public final class ClaimExtractor implements Extractor {
    private static final Map<String, Integer> NUMBERS = Lexicon.NUMBERS;
    private static final java.util.regex.Pattern ERA = java.util.regex.Pattern.compile(
            "(?i)^(?:the\\s+)?(?:(?:early|mid|late)[- ])?(?:['‘’]\\d0s|\\d{2}0s|\\d{4}s?|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))$");
    private final TokenRules rules = Lexicon.rules("claims.rules");

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> needs() {
        return java.util.Set.of(Fact.Film.class, Fact.Crew.class, Fact.Cast.class);
    }

    @Override
    public java.util.Set<Class<? extends Fact>> provides() {
        return java.util.Set.of(Fact.Claim.class);
    }

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        List<Fact.Claim> out = new ArrayList<>();
        for (RuleMatch m : rules.matchAll(doc)) {
            interpret(doc, ctx, m).ifPresent(out::add);
            // "A meets B" compares with both
            if (m.rule().equals("claim.meets"))
                comparison(doc, ctx, m, m.group("target2").orElseThrow(), polarity(m.sentence(), m.span().start(), m.span().end()),
                        new Evidence(m.span().begin(), m.span().endChar(), m.rule())).ifPresent(out::add);
        }
        dropRuntimeRepeats(ctx, out);
        out.addAll(genres(doc));
        List<Fact.Claim> judgements = judgements(doc);
        out.addAll(judgements);
        verdict(ctx, judgements).ifPresent(out::add);
        return new ArrayList<>(dedupe(out));
    }

    private Optional<Fact.Claim> interpret(Doc doc, ReviewContext ctx, RuleMatch m) {
        Evidence ev = new Evidence(m.span().begin(), m.span().endChar(), m.rule());
        Polarity pol = polarity(m.sentence(), m.span().start(), m.span().end());
        String rule = m.rule();
        switch (rule) {
            case "claim.structure" -> {
                Integer n = number(m.group("count").orElseThrow());
                int after = m.span().end();
                // "two acts of kindness" is not structure
                if (n == null || after < m.sentence().size() && m.sentence().get(after).is("of")) return Optional.empty();
                String unit = m.group("unit").orElseThrow().text().toLowerCase(Locale.ROOT);
                if (!unit.endsWith("s")) return Optional.empty();
                return Optional.of(new Fact.Claim(ClaimKind.STRUCTURE, null, n + " " + unit, (double) n, unit, pol, ev));
            }
            case "claim.length-approx", "claim.too-long", "claim.too-long-by" -> {
                Double minutes = minutes(m.group("n").orElseThrow(), m.group("unit").orElseThrow());
                if (minutes == null) return Optional.empty();
                boolean excess = !rule.equals("claim.length-approx");
                if (!excess && minutes < 40) return Optional.empty(); // "runs for two minutes" is a scene, not the film
                return Optional.of(new Fact.Claim(ClaimKind.LENGTH, null, doc.text(m.span()), minutes,
                        excess ? "minutes too long" : "minutes", pol, ev));
            }
            case "claim.set-in" -> {
                return setting(doc, ctx, m, pol, ev);
            }
            case "claim.like", "claim.of", "claim.verb", "claim.meets", "claim.esque", "claim.watching" -> {
                return comparison(doc, ctx, m, m.group("target").orElseThrow(), pol, ev);
            }
            case "claim.performance", "claim.performance-by" -> {
                TokenSpan actor = m.group("actor").orElseThrow();
                if (!isCastActor(ctx, actor.text())) return Optional.empty();
                String phrase = m.group("phrase").map(doc::text).orElseThrow();
                boolean evaluative = m.group("phrase").orElseThrow().tokens().stream()
                        .anyMatch(t -> t.tag().equals("JJS") || t.tag().equals("RBS") || Lexicon.JUDGEMENTS.containsKey(t.word().toLowerCase(Locale.ROOT)));
                if (!evaluative) return Optional.empty();
                return Optional.of(new Fact.Claim(ClaimKind.PERFORMANCE, Mention.of(doc, actor), phrase, sign(phrase), "sign", pol, ev));
            }
            case "claim.rated" -> {
                return Optional.of(new Fact.Claim(ClaimKind.RELEASE, null, "MPAA rating " + m.group("value").orElseThrow().text(), null, null, pol, ev));
            }
            case "claim.festival", "claim.debuting" -> {
                String v = m.group("value").orElseThrow().text().replaceAll("-(?:debuting|premiering|debuted|premiered)$", "");
                if (ctx.isFilmTitle(v)) return Optional.empty();
                return Optional.of(new Fact.Claim(ClaimKind.RELEASE, null, "festival " + v, null, null, pol, ev));
            }
            case "claim.distributor" -> {
                String v = m.group("value").orElseThrow().text();
                if (isCastActor(ctx, v) || ctx.isCrew(v)) return Optional.empty();
                return Optional.of(new Fact.Claim(ClaimKind.RELEASE, null, "distributor " + v, null, null, pol, ev));
            }
            case "claim.theaters" -> {
                return Optional.of(new Fact.Claim(ClaimKind.RELEASE, null, "release " + doc.text(m.group("value").orElseThrow()), null, null, pol, ev));
            }
            default -> throw new IllegalStateException("claims.rules has a rule the extractor does not know: " + rule);
        }
    }

    /** "clocking in at 135 minutes" is already the review's runtime; keep one claim for it. */
    private static void dropRuntimeRepeats(ReviewContext ctx, List<Fact.Claim> out) {
        List<Evidence> runtimes = ctx.facts().stream().filter(f -> f instanceof Fact.ReviewInfo r && r.kind() == Fact.Kind.RUNTIME).map(Fact::evidence).toList();
        out.removeIf(c -> c.kind() == ClaimKind.LENGTH && c.unit().equals("minutes")
                && runtimes.stream().anyMatch(r -> r.begin() < c.evidence().end() && c.evidence().begin() < r.end()));
    }

    /** Era ("the '90s", "1970s") and place (a capitalised name NER calls a location, or any capitalised name after "in"). */
    private static Optional<Fact.Claim> setting(Doc doc, ReviewContext ctx, RuleMatch m, Polarity pol, Evidence ev) {
        TokenSpan where = m.group("where").orElseThrow();
        List<Token> ts = where.tokens();
        // The era: tokens up to the first capitalised name ("the '90s", "1970s Detroit" -> "1970s")
        StringBuilder era = new StringBuilder();
        int i = 0;
        for (; i < ts.size(); i++) {
            String w = ts.get(i).word();
            String candidate = era.length() == 0 ? w : era + " " + w;
            if (ERA.matcher(candidate.replace("’", "'")).matches() || w.equalsIgnoreCase("the") || w.matches("(?i)early|mid|late|-")) {
                era.setLength(0);
                era.append(candidate);
            } else {
                break;
            }
        }
        String eraText = era.toString();
        if (!ERA.matcher(eraText.replace("’", "'")).matches()) eraText = null;
        if (eraText != null) return Optional.of(new Fact.Claim(ClaimKind.ERA, null, eraText, null, null, pol, ev));
        // a place: the first run of capitalised tokens, kept only when NER calls some of it a location
        for (int k = 0; k < ts.size(); k++) {
            if (!Names.isNameToken(ts.get(k))) continue;
            int e = k;
            while (e < ts.size() && (Names.isNameToken(ts.get(e)) || ts.get(e).word().equals(","))) e++;
            TokenSpan place = new TokenSpan(where.sentence(), where.start() + k, where.start() + e);
            boolean location = place.tokens().stream().anyMatch(t -> "LOCATION".equals(t.ner()) || "CITY".equals(t.ner()) || "COUNTRY".equals(t.ner()));
            if (!location || ctx.isFilmTitle(place.text())) return Optional.empty();
            return Optional.of(new Fact.Claim(ClaimKind.SETTING, null, doc.text(place), null, null, pol, ev));
        }
        return Optional.empty();
    }

    private static Optional<Fact.Claim> comparison(Doc doc, ReviewContext ctx, RuleMatch m, TokenSpan target, Polarity pol, Evidence ev) {
        String t = target.text();
        if (m.rule().equals("claim.esque")) t = t.replaceAll("-?esque$", "");
        // "X's character in Y": the work compared with is Y
        Sentence s = m.sentence();
        int after = target.end();
        if (after + 3 < s.size() && s.get(after).tag().equals("POS") && s.get(after + 1).word().matches("(?i)character|role|turn|performance")
                && s.get(after + 2).is("in")) {
            TokenSpan work = firstNameRun(new TokenSpan(s, after + 3, Math.min(s.size(), after + 8)));
            if (work != null) {
                t = work.text();
                ev = new Evidence(ev.begin(), Math.max(ev.end(), work.endChar()), ev.rule());
            }
        }
        boolean quoted = target.first().word().matches("^[‘’'“”\"«»]+$");
        if (quoted) t = doc.text(target).replaceAll("^[‘’'“”\"«»]+|[.,!?]?[‘’'“”\"«»]+$", "").strip();
        if (t.isEmpty() || !quoted && !Character.isUpperCase(t.codePointAt(0))) return Optional.empty();
        // "like TV", "like AI": a short acronym is a medium or a thing, not a work
        if (!quoted && t.matches("\\p{Lu}{1,3}")) return Optional.empty();
        if (ctx.isFilmTitle(t) || isCastActor(ctx, t) || isCharacter(ctx, t)) return Optional.empty();
        return Optional.of(new Fact.Claim(ClaimKind.COMPARISON, null, t, null, null, pol, ev));
    }

    /** The run of name tokens at the start of a span ("Georgia, a movie that …" gives "Georgia"). */
    private static TokenSpan firstNameRun(TokenSpan span) {
        int e = span.start();
        while (e < span.end() && Names.isNameToken(span.sentence().get(e))) e++;
        return e > span.start() ? new TokenSpan(span.sentence(), span.start(), e) : null;
    }

    /** Genre and style words ("grunge", "punk-rock drama"), one claim per distinct value in a review. */
    private static List<Fact.Claim> genres(Doc doc) {
        List<Fact.Claim> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                if (!isGenre(ts.get(i))) continue;
                int e = i + 1;
                while (e < ts.size() && (isGenre(ts.get(e)) || ts.get(e).tag().equals("HYPH") && e + 1 < ts.size() && isGenre(ts.get(e + 1)))) e++;
                if (e < ts.size() && ts.get(e).word().matches("(?i)drama|film|movie|musical|story|tale|saga|picture|odyssey|opera|fable")) e++;
                TokenSpan span = new TokenSpan(s, i, e);
                // a lone "pop" or "rock" as a verb or a common noun ("rock bottom") is not a genre: need a noun tag
                if (span.size() == 1 && !ts.get(i).tag().startsWith("NN") && !ts.get(i).tag().startsWith("JJ")) continue;
                String value = doc.text(span).toLowerCase(Locale.ROOT);
                out.add(new Fact.Claim(ClaimKind.GENRE, null, value, null, null, polarity(s, i, e),
                        new Evidence(span.begin(), span.endChar(), "claim.genre")));
                i = e - 1;
            }
        }
        return out;
    }

    private static boolean isGenre(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (Lexicon.GENRES.contains(w)) return true;
        // hyphenated compounds: "punk-rock", "grunge-era" counts through its first part
        String[] parts = w.split("-");
        return parts.length > 1 && Lexicon.GENRES.contains(parts[0]) && !t.isCapitalised();
    }

    /** Judgement words and phrases from {@code judgement-cues.tsv}, each a claim with its sign and polarity. */
    private static List<Fact.Claim> judgements(Doc doc) {
        List<Fact.Claim> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); i++) {
                for (int len = 3; len >= 1; len--) {
                    if (i + len > ts.size()) continue;
                    StringBuilder sb = new StringBuilder();
                    for (int k = i; k < i + len; k++) sb.append(k > i ? " " : "").append(ts.get(k).word().toLowerCase(Locale.ROOT));
                    Integer sign = Lexicon.JUDGEMENTS.get(sb.toString());
                    if (sign == null) continue;
                    // "The 20 Best Movie Posters" is a headline, not a judgement: cues are written in lower case
                    boolean lower = true;
                    for (int k = i; k < i + len; k++) if (!ts.get(k).isLowercaseWord() && !(k == 0 && ts.get(k).isCapitalised() && len == 1)) lower = false;
                    if (!lower) continue;
                    TokenSpan span = clause(s, i, i + len);
                    Polarity pol = polarity(s, i, i + len);
                    out.add(new Fact.Claim(ClaimKind.JUDGEMENT, null, doc.text(new TokenSpan(s, i, i + len)), (double) sign, "sign", pol,
                            new Evidence(span.begin(), span.endChar(), "claim.judgement")));
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The overall verdict: from the rating when there is one (0.7 and up positive, 0.45 and below negative, else
     * mixed), else from the judgements (a negated judgement counts the other way; both signs give "mixed").
     */
    private static Optional<Fact.Claim> verdict(ReviewContext ctx, List<Fact.Claim> judgements) {
        Optional<Fact.ReviewInfo> rating = ctx.facts().stream().filter(f -> f instanceof Fact.ReviewInfo r && r.kind() == Fact.Kind.RATING)
                .map(f -> (Fact.ReviewInfo) f).filter(r -> r.normalised() != null).findFirst();
        if (rating.isPresent()) {
            double v = rating.get().normalised();
            String side = v >= 0.7 ? "positive" : v <= 0.45 ? "negative" : "mixed";
            return Optional.of(new Fact.Claim(ClaimKind.VERDICT, null, side, v, "score", Polarity.ASSERTED,
                    new Evidence(rating.get().evidence().begin(), rating.get().evidence().end(), "verdict.rating")));
        }
        int pos = 0;
        int neg = 0;
        Fact.Claim strongest = null;
        for (Fact.Claim j : judgements) {
            int sign = (int) Math.signum(j.number()) * (j.polarity() == Polarity.NEGATED ? -1 : 1);
            if (sign > 0) pos++;
            else neg++;
            if (strongest == null || j.polarity() == Polarity.ASSERTED && strongest.polarity() != Polarity.ASSERTED) strongest = j;
        }
        if (strongest == null) return Optional.empty();
        String side = pos > 0 && neg == 0 ? "positive" : neg > 0 && pos == 0 ? "negative" : pos >= 2 * neg ? "positive" : neg >= 2 * pos ? "negative" : "mixed";
        Polarity pol = judgements.stream().allMatch(j -> j.polarity() == Polarity.HEDGED) ? Polarity.HEDGED : Polarity.ASSERTED;
        return Optional.of(new Fact.Claim(ClaimKind.VERDICT, null, side, (double) (pos - neg), "balance", pol,
                new Evidence(strongest.evidence().begin(), strongest.evidence().end(), "verdict.cues")));
    }

    /** The clause around tokens [b, e): out to the nearest ; : ( ) – or sentence edge, and commas outside the span. */
    static TokenSpan clause(Sentence s, int b, int e) {
        int start = b;
        while (start > 0 && !isClauseBreak(s.get(start - 1).word())) start--;
        int end = e;
        while (end < s.size() && !isClauseBreak(s.get(end).word()) && !s.get(end).word().equals(".")) end++;
        return new TokenSpan(s, start, end);
    }

    private static boolean isClauseBreak(String w) {
        return w.matches("^[,;:()–—]$|^--$|^-LRB-$|^-RRB-$");
    }

    /**
     * Negated when the clause before the claim has a negation cue ("isn't like"); hedged when it has a hedge cue
     * ("probably her best"). Words inside the claim ("runs nearly three hours") qualify the value, not the claim.
     */
    static Polarity polarity(Sentence s, int b, int e) {
        TokenSpan c = clause(s, b, e);
        boolean hedge = false;
        for (int i = c.start(); i < b; i++) {
            String w = s.get(i).word().toLowerCase(Locale.ROOT).replace("’", "'").replace("'", "");
            String cue = Lexicon.POLARITY_CUES.get(w.equals("nt") ? "n't" : w);
            if ("negation".equals(cue)) return Polarity.NEGATED;
            if ("hedge".equals(cue)) hedge = true;
        }
        return hedge ? Polarity.HEDGED : Polarity.ASSERTED;
    }

    private static Integer number(TokenSpan span) {
        String w = span.text().toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d{1,4}")) return Integer.valueOf(w);
        return NUMBERS.get(w);
    }

    /** Minutes in "two hours", "two and a half hours", "30 minutes", "half an hour". */
    private static Double minutes(TokenSpan n, TokenSpan unit) {
        List<Token> ts = n.tokens();
        double value;
        String first = ts.get(0).word().toLowerCase(Locale.ROOT);
        if (first.equals("half")) value = 0.5;
        else {
            Integer v = first.matches("\\d+(\\.\\d+)?") ? null : NUMBERS.get(first);
            if (first.matches("\\d+(\\.\\d+)?")) value = Double.parseDouble(first);
            else if (v != null) value = v;
            else return null;
        }
        if (n.text().toLowerCase(Locale.ROOT).contains("and a half")) value += 0.5;
        boolean hours = unit.text().toLowerCase(Locale.ROOT).startsWith("hour");
        return hours ? value * 60 : value;
    }

    private static double sign(String phrase) {
        int s = 0;
        for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) s += Lexicon.JUDGEMENTS.getOrDefault(w, 0);
        return Math.signum(s);
    }

    /** The review names this person as cast: the same name or its surname/first name. */
    private static boolean isCastActor(ReviewContext ctx, String name) {
        String n = Names.fold(name);
        return ctx.facts().stream().anyMatch(f -> f instanceof Fact.Cast c && nameOrPart(Names.fold(c.actor().text()), n));
    }

    private static boolean isCharacter(ReviewContext ctx, String name) {
        String n = Names.fold(name);
        return ctx.facts().stream().anyMatch(f -> f instanceof Fact.Cast c && c.character() != null && nameOrPart(Names.fold(c.character().text()), n));
    }

    private static boolean nameOrPart(String full, String n) {
        return full.equals(n) || List.of(full.split(" ")).contains(n) || List.of(n.split(" ")).contains(full);
    }

    /** One claim per kind, value and evidence span. */
    private static List<Fact.Claim> dedupe(List<Fact.Claim> claims) {
        Map<String, Fact.Claim> out = new LinkedHashMap<>();
        for (Fact.Claim c : claims) {
            String key = c.kind() + "|" + Names.fold(c.value()) + "|" + (c.subject() == null ? "" : c.subject().begin()) + "|"
                    + (c.kind() == ClaimKind.GENRE ? "" : c.evidence().begin() + "-" + c.evidence().end());
            out.putIfAbsent(key, c);
        }
        return new ArrayList<>(out.values());
    }
}
