package org.filmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.RuleMatch;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenRules;
import org.filmkg.nlp.TokenSpan;

/**
 * Crew of the film under review; rules in {@code crew.rules}. A review names other films' directors too,
 * so director and writer candidates are ranked and only the best-supported ones are kept.
 */
public final class CrewExtractor implements Extractor {
    /** How strongly each rule ties a director/writer to this film. */
    private static final Map<String, Integer> STRENGTH = Map.ofEntries(
            Map.entry("crew.written-directed-by", 5), Map.entry("crew.directed-by", 5), Map.entry("crew.verb-by", 4),
            Map.entry("crew.possessive-title", 4), Map.entry("crew.film-from", 3), Map.entry("crew.job-name", 3),
            Map.entry("crew.who-verb", 3), Map.entry("crew.name-is-job", 2), Map.entry("crew.possessive-work", 1));
    /** Words before a job phrase that make it someone else's ("the son of director X", "like director X"). */
    private static final Set<String> OTHERS = Set.of("of", "like", "than", "unlike", "whom", "late");
    private final TokenRules rules = Lexicon.rules("crew.rules");

    private record Candidate(Fact.Crew fact, int strength) {}

    @Override
    public String name() {
        return "crew";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> needs() {
        return java.util.Set.of(Fact.Film.class);
    }

    @Override
    public java.util.Set<Class<? extends Fact>> provides() {
        return java.util.Set.of(Fact.Crew.class);
    }

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        List<Candidate> cands = new ArrayList<>();
        for (RuleMatch m : rules.matchAll(doc)) cands.addAll(interpret(doc, ctx, m));
        for (CrewCues.Found f : CrewCues.find(doc))
            cands.add(new Candidate(new Fact.Crew(Mention.of(doc, f.person()), f.job(), new Evidence(f.begin(), f.end(), f.cue())), f.strength()));
        // "a song written by X" is songwriting: the "written by" pattern's writer credit at the same words goes
        List<Candidate> songs = cands.stream().filter(c -> c.fact.evidence().rule().equals("crew.song-written-by")).toList();
        cands.removeIf(c -> c.fact.job() == Job.WRITER && songs.stream().anyMatch(g -> g.fact.person().begin() == c.fact.person().begin()));
        cands = withTitlesSplit(doc, cands);
        cands = sourceAuthorsAsOther(doc, cands);
        // Director and writer: keep only the strongest candidates (one film, usually one director).
        List<Fact> out = new ArrayList<>();
        for (Job job : Job.values()) {
            int best = cands.stream().filter(c -> c.fact.job() == job).mapToInt(Candidate::strength).max().orElse(0);
            boolean ranked = job == Job.DIRECTOR || job == Job.WRITER;
            Map<String, Fact.Crew> kept = new LinkedHashMap<>();
            for (Candidate c : cands) {
                if (c.fact.job() != job || ranked && c.strength < best) continue;
                kept.putIfAbsent(Names.fold(c.fact.person().text()), c.fact);
            }
            out.addAll(kept.values());
        }
        return out;
    }

    /**
     * "based on the novel by X", "adapted from a story by X": the author of the source is credited as "other", not as
     * the film's writer.
     */
    private static List<Candidate> sourceAuthorsAsOther(Doc doc, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        String text = doc.text();
        for (Candidate c : cands) {
            if (c.fact.job() != Job.WRITER) {
                out.add(c);
                continue;
            }
            int from = Math.max(0, Math.max(text.lastIndexOf('\n', c.fact.person().begin()), c.fact.person().begin() - 80));
            String before = text.substring(from, c.fact.person().begin()).toLowerCase(Locale.ROOT);
            boolean source = before.matches("(?s).*\\b(?:based on|adapted from|inspired by|from the (?:novel|book|memoir|play|story))\\b[^;.)]*$");
            out.add(source ? new Candidate(new Fact.Crew(c.fact.person(), Job.OTHER, c.fact.evidence()), c.strength) : c);
        }
        return out;
    }

    /**
     * "Cinematographer Ann Lee's images": a capitalised job word read into the name is the job, not the name. The
     * person keeps the rest of the name, and the title adds its own credit.
     */
    private static List<Candidate> withTitlesSplit(Doc doc, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            Mention p = c.fact.person();
            String[] words = p.text().split("\\s+", 2);
            List<Job> titled = words.length == 2 ? Lexicon.JOBS.get(words[0].toLowerCase(Locale.ROOT)) : null;
            if (titled == null) {
                out.add(c);
                continue;
            }
            int at = p.text().indexOf(words[1]);
            Mention person = Mention.of(doc, p.begin() + at, p.end());
            out.add(new Candidate(new Fact.Crew(person, c.fact.job(), c.fact.evidence()), c.strength));
            for (Job j : titled) out.add(new Candidate(new Fact.Crew(person, j, c.fact.evidence()), 3));
        }
        return out;
    }

    private List<Candidate> interpret(Doc doc, ReviewContext ctx, RuleMatch m) {
        List<Candidate> out = new ArrayList<>();
        int strength = STRENGTH.getOrDefault(m.rule(), 1);
        Evidence ev = new Evidence(m.span().begin(), m.span().endChar(), m.rule());
        switch (m.rule()) {
            case "crew.songwriters" -> {
                for (TokenSpan p : namesOutsideBrackets(m.group("people").orElseThrow())) {
                    if (Names.looksLikePerson(p)) out.add(new Candidate(new Fact.Crew(Mention.of(doc, p), Job.SONGWRITER, ev), strength));
                }
                return out;
            }
            case "crew.provides-songs" -> {
                TokenSpan p = m.group("person").orElseThrow();
                if (Names.looksLikePerson(p)) out.add(new Candidate(new Fact.Crew(Mention.of(doc, p), Job.SONGWRITER, ev), strength));
                return out;
            }
            default -> { }
        }
        TokenSpan person = m.group("person").orElseThrow();
        if (!Names.looksLikePerson(person) && !(person.size() == 1 && person.first().isPerson())) return out;
        List<Job> jobs = jobsOf(m);
        if (jobs.isEmpty()) return out;
        if (m.rule().equals("crew.possessive-title")) {
            String title = doc.text(m.group("title").orElseThrow());
            if (ctx.film().isEmpty() || !Names.fold(title).startsWith(Names.fold(ctx.film().get().title().text()))) return out;
        }
        if (m.rule().equals("crew.job-name") && someoneElses(m.span())) return out;
        // "X, who wrote a memoir": the clause must be about this film's work
        if (m.rule().equals("crew.who-verb") && !CrewCues.aboutOwnWork(m.sentence(), m.group("verb").orElseThrow().first())) return out;
        // "This is X's film" is said of a star's showcase as often as of a director
        if (m.rule().equals("crew.possessive-work") && m.span().start() > 0 && m.sentence().get(m.span().start() - 1).lemma().equalsIgnoreCase("be")) return out;
        for (Job j : jobs) out.add(new Candidate(new Fact.Crew(Mention.of(doc, person), j, ev), strength));
        return out;
    }

    private static List<Job> jobsOf(RuleMatch m) {
        return switch (m.rule()) {
            case "crew.written-directed-by" -> List.of(Job.WRITER, Job.DIRECTOR);
            case "crew.directed-by", "crew.possessive-title", "crew.possessive-work", "crew.film-from" -> List.of(Job.DIRECTOR);
            case "crew.verb-by" -> verbJob(m.group("verb").orElseThrow().first().word());
            case "crew.who-verb" -> verbJob(m.group("verb").orElseThrow().first().lemma());
            default -> m.group("job").map(j -> Lexicon.JOBS.getOrDefault(phrase(j), List.of())).orElse(List.of());
        };
    }

    private static List<Job> verbJob(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("direct")) return List.of(Job.DIRECTOR);
        if (v.startsWith("writ") || v.startsWith("co-writ") || v.startsWith("pen") || v.startsWith("script") || v.startsWith("screenplay")) return List.of(Job.WRITER);
        if (v.startsWith("shot") || v.startsWith("shoot") || v.startsWith("lens") || v.startsWith("photograph")) return List.of(Job.CINEMATOGRAPHER);
        if (v.startsWith("edit")) return List.of(Job.EDITOR);
        if (v.startsWith("score") || v.startsWith("compos")) return List.of(Job.COMPOSER);
        if (v.startsWith("produc")) return List.of(Job.PRODUCER);
        return List.of();
    }

    /** The job phrase as looked up in jobs.tsv: lowercase words joined by single spaces. */
    private static String phrase(TokenSpan j) {
        return String.join(" ", j.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList());
    }

    private static boolean someoneElses(TokenSpan match) {
        // look back over modifiers such as "Oscar-winning" to the word that governs the phrase
        for (int k = match.start() - 1; k >= Math.max(0, match.start() - 5); k--) {
            Token t = match.sentence().get(k);
            if (OTHERS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
            if (!(t.tag().startsWith("JJ") || t.tag().equals("HYPH") || t.tag().equals("VBG") || t.tag().startsWith("NNP") || t.tag().equals("VBN"))) return false;
        }
        return false;
    }

    /** Name runs in a list, skipping anything in brackets ("A (who wrote …) and B (…)"). */
    static List<TokenSpan> namesOutsideBrackets(TokenSpan span) {
        List<TokenSpan> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = span.start(); i <= span.end(); i++) {
            Token t = i < span.end() ? span.sentence().get(i) : null;
            boolean name = t != null && depth == 0 && Names.isNameToken(t);
            if (name && start < 0) start = i;
            if (!name && start >= 0) {
                out.add(new TokenSpan(span.sentence(), start, i));
                start = -1;
            }
            if (t != null && t.word().equals("(")) depth++;
            if (t != null && t.word().equals(")")) depth = Math.max(0, depth - 1);
        }
        return out;
    }
}
