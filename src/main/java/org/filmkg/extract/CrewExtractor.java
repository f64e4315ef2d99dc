package org.filmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.RuleMatch;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenRules;
import org.filmkg.nlp.TokenSpan;

/**
 * Crew of the film under review; rules in {@code crew.rules}. A review names other films' directors too,
 * so director and writer candidates are ranked and only the best-supported ones are kept.
 */
public final class CrewExtractor implements Extractor {
    /** Words before a job phrase that make it someone else's ("the son of director X", "like director X"). */
    // ("as Editor Walter Roe": after "as" a capitalised job is a character's title)
    /** Words before a job that make it someone else's ("the director of …", "like X") or past ("her former producer"). */
    private static final Set<String> OTHERS = Set.of("of", "like", "than", "unlike", "whom", "late", "as", "former", "onetime", "one-time", "erstwhile", "previous");
    /**
     * Nouns that make the job after "of" this film's: a work ("the debut of director X" is X's own film; "the work of
     * directors X and Y" is not) or a quality the review sees in this film ("the confidence of director X").
     */
    private static final Set<String> WORK_BEFORE_OF = Set.of("debut", "film", "feature", "movie", "documentary", "latest", "picture",
            "confidence", "assurance", "control", "restraint", "patience", "ambition", "command", "nerve");
    /** The strength from which a director or writer candidate is kept beside a stronger one. */
    private static final int FIRM = 4;
    private static final Set<String> CHECKS = Set.of("title", "own-work", "someone-else", "not-after-be", "passive-own-work", "not-documentary");
    private final TokenRules rules = Lexicon.rules("crew.rules");

    public CrewExtractor() {
        // every rule says which jobs it makes and how strongly: none silently defaults
        rules.attributes().forEach((name, a) -> {
            if (!a.getOrDefault("strength", "").matches("[1-5]")) throw new IllegalStateException("crew.rules: rule " + name + " needs [strength=1..5]");
            String jobs = a.getOrDefault("jobs", "");
            if (!jobs.equals("job") && !jobs.equals("verb")) for (String j : jobs.split(",")) Job.parse(j);
            if (a.containsKey("check") && !CHECKS.contains(a.get("check"))) throw new IllegalStateException("crew.rules: rule " + name + " has unknown check " + a.get("check"));
        });
    }

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
        java.util.Set<String> surnames = Names.surnames(doc);
        for (RuleMatch m : rules.matchAll(doc)) cands.addAll(interpret(doc, ctx, m, surnames));
        for (CrewCues.Found f : CrewCues.find(doc))
            cands.add(new Candidate(new Fact.Crew(Mention.of(doc, f.person()), f.job(), new Evidence(f.begin(), f.end(), f.cue())), f.strength()));
        // "a song written by X" is songwriting: the "written by" pattern's writer credit at the same words goes
        List<Candidate> songs = cands.stream().filter(c -> c.fact.evidence().rule().equals("crew.song-written-by")).toList();
        cands.removeIf(c -> c.fact.job() == Job.WRITER && songs.stream().anyMatch(g -> g.fact.person().begin() == c.fact.person().begin()));
        cands = withTitlesSplit(doc, cands);
        // ("Written by X" under the review is its byline: the critic wrote the review, not the film)
        cands.removeIf(c -> ctx.isReviewer(c.fact.person().text()));
        cands = sharedSurnamesTold(doc, cands);
        cands = sourceAuthorsAsOther(doc, cands);
        // Director and writer: a weak candidate goes when a stronger one exists (one film, usually one director);
        // firm cues (strength 4 and up: "directed by X", "the script by A and B") all stay, since co-writers are common.
        List<Fact> out = new ArrayList<>();
        for (Job job : Job.values()) {
            int best = Math.min(FIRM, cands.stream().filter(c -> c.fact.job() == job).mapToInt(Candidate::strength).max().orElse(0));
            // ("Director A and her co-director, B": a "co-" job says there are two, so a plainer credit stays beside it)
            boolean shared = cands.stream().anyMatch(c -> c.fact.job() == job && doc.text(c.fact.evidence().begin(), c.fact.evidence().end()).toLowerCase(Locale.ROOT).contains("co-"));
            if (shared) best = Math.min(best, 3);
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
     * "Brel's script, co-written with her brother Tom Brel": a lone surname that two full names share is the one not
     * named beside it in its own sentence, when that leaves one (the name written in full elsewhere stands for it).
     */
    private static List<Candidate> sharedSurnamesTold(Doc doc, List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cands) {
            Mention p = c.fact.person();
            Sentence own = p.text().contains(" ") ? null : sentenceAt(doc, p.begin());
            List<TokenSpan> full = own == null ? List.of() : fullNamesEndingIn(doc, p.text());
            if (full.stream().map(f -> Names.fold(f.text())).distinct().count() < 2) {
                out.add(c);
                continue;
            }
            List<String> apart = full.stream().filter(f -> f.sentence() != own).map(f -> Names.fold(f.text())).distinct().toList();
            List<String> beside = full.stream().filter(f -> f.sentence() == own).map(f -> Names.fold(f.text())).distinct().toList();
            List<String> left = apart.stream().filter(n -> !beside.contains(n)).toList();
            TokenSpan to = left.size() == 1 ? full.stream().filter(f -> Names.fold(f.text()).equals(left.get(0))).findFirst().orElseThrow() : null;
            out.add(to == null ? c : new Candidate(new Fact.Crew(Mention.of(doc, to), c.fact.job(), c.fact.evidence()), c.strength));
        }
        return out;
    }

    private static Sentence sentenceAt(Doc doc, int offset) {
        for (Sentence s : doc.sentences()) if (s.begin() <= offset && offset < s.end()) return s;
        return null;
    }

    /** Every run of two or more person words in the review whose last word is {@code surname}. */
    private static List<TokenSpan> fullNamesEndingIn(Doc doc, String surname) {
        List<TokenSpan> out = new ArrayList<>();
        for (Sentence s : doc.sentences())
            for (int i = 0; i < s.size(); i++) {
                TokenSpan run = Names.properNameRun(s, i);
                if (run == null) continue;
                if (run.size() >= 2 && run.last().word().equals(surname) && run.tokens().stream().allMatch(Token::isPerson)) out.add(run);
                i = run.end() - 1;
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

    private List<Candidate> interpret(Doc doc, ReviewContext ctx, RuleMatch m, java.util.Set<String> surnames) {
        List<Candidate> out = new ArrayList<>();
        int strength = Integer.parseInt(m.attribute("strength"));
        // "co-writer X", "co-directors A and B": the job itself says there is another, so a stronger credit keeps it
        if (m.group("job").map(j -> j.first().word().toLowerCase(Locale.ROOT).startsWith("co-")).orElse(false)) strength = Math.max(strength, FIRM);
        Evidence ev = new Evidence(m.span().begin(), m.span().endChar(), m.rule());
        List<Job> jobs = jobsOf(m);
        if ("people".equals(m.attribute("shape"))) {
            if (!passes(m.attribute("check"), m, ctx, doc)) return out;
            List<TokenSpan> names = namesOutsideBrackets(m.group("people").orElseThrow());
            // (in a list with a person NER knows, a name of the same shape is a person too: "A and B", NER calling A a company)
            boolean listOfPeople = names.size() >= 2 && names.stream().anyMatch(Names::looksLikePerson);
            for (TokenSpan p : names)
                // ("songwriter A, and drummer B keeps time": a name its own role noun introduces has that role)
                if (!introducedByRole(p) && (Names.looksLikePerson(p) || (titled(m) || listOfPeople) && Names.nameShaped(p, true)))
                    for (Job j : jobs) out.add(new Candidate(new Fact.Crew(Mention.of(doc, p), j, ev), strength));
            return out;
        }
        TokenSpan person = m.group("person").orElseThrow();
        // (a job word right before a name-shaped run outweighs NER's guess of a place: "composer Karl Ovid")
        // (a lone surname counts when NER calls it a person, or the review gives it in full: "Quist, who also edited …")
        boolean surname = person.size() == 1 && (person.first().isPerson() || surnames.contains(person.first().word()));
        if (!Names.looksLikePerson(person) && !(titled(m) && Names.nameShaped(person, true))
                && !(surname && !jobs.contains(Job.SONGWRITER))) return out;
        if (jobs.isEmpty() || !passes(m.attribute("check"), m, ctx, doc) || quoteAfterName(person)) return out;
        // ("shot by Reid's cousin": the possessor is not who did the job)
        if (m.group("verb").isPresent() && person.end() < person.sentence().size() && person.sentence().get(person.end()).tag().equals("POS")) return out;
        // ("the trio and their producer, X": in a review about music a producer someone owns makes records)
        if (jobs.contains(Job.PRODUCER) && ownedJob(m) && BandExtractor.musicReview(doc)) jobs = jobs.stream().filter(j -> j != Job.PRODUCER).toList();
        // ("the theatre's nervous producer, Rupert": a job something in the story owns is a part, not this film's crew)
        if (ownedByTheStory(m)) return out;
        for (Job j : jobs) out.add(new Candidate(new Fact.Crew(Mention.of(doc, person), j, ev), strength));
        return out;
    }

    /**
     * The job phrase is owned by a common noun that is no film or crew word ("the theatre's producer", "the station's
     * editor"), not by the film ("the film's producer") or a person ("Roe's cinematographer").
     */
    private static boolean ownedByTheStory(RuleMatch m) {
        TokenSpan job = m.group("job").orElse(null);
        if (job == null) return false;
        int k = job.start() - 1;
        while (k >= 0 && job.start() - k <= 4 && (job.sentence().get(k).tag().startsWith("JJ") || job.sentence().get(k).tag().matches("HYPH|RB"))) k--;
        if (k < 1 || !job.sentence().get(k).tag().equals("POS")) return false;
        Token owner = job.sentence().get(k - 1);
        String w = owner.word().toLowerCase(Locale.ROOT);
        return owner.isLowercaseWord() && owner.tag().startsWith("NN") && !Lexicon.WORD_CLASSES.get("work-noun").contains(Lexicon.singular(w))
                && !Lexicon.WORD_CLASSES.get("film-kind").contains(Lexicon.singular(w)) && !Lexicon.JOBS.containsKey(w);
    }

    /** The job phrase is owned by a possessive pronoun ("their producer", "her longtime producer"). */
    private static boolean ownedJob(RuleMatch m) {
        TokenSpan job = m.group("job").orElse(null);
        if (job == null) return false;
        for (int k = job.start() - 1; k >= Math.max(0, job.start() - 4); k--) {
            Token t = job.sentence().get(k);
            if (t.tag().equals("PRP$")) return true;
            if (!(t.tag().startsWith("JJ") || t.tag().equals("HYPH") || t.tag().equals("RB"))) return false;
        }
        return false;
    }

    private static boolean introducedByRole(TokenSpan p) {
        if (p.start() == 0) return false;
        Token before = p.sentence().get(p.start() - 1);
        // ("writer-director duo A and B": a word for the pair the job is said of introduces no role of its own)
        return before.isLowercaseWord() && before.tag().startsWith("NN") && Lexicon.isRoleNoun(before.word()) && !Lexicon.WORD_CLASSES.get("pair-word").contains(before.word().toLowerCase(Locale.ROOT));
    }

    /** The rule's words make the name a person ("composer X", "Directors A and B"): its shape is enough. */
    private static boolean titled(RuleMatch m) {
        return "shape".equals(m.attribute("name"));
    }

    /** A bare apostrophe is possessive only after s, z or x ("the Coens' film"); after other names it opens a quote. */
    private static boolean quoteAfterName(TokenSpan person) {
        Sentence s = person.sentence();
        if (person.end() >= s.size()) return false;
        // ('producer Marcus "Beats" Dane': a nickname's quote means the name goes on, past what the rule read)
        if (s.get(person.end()).word().matches("[\"“`]+|``")) return true;
        if (!s.get(person.end()).word().matches("['’]")) return false;
        return !person.last().word().matches("(?i).*[sxz]");
    }

    private static boolean passes(String check, RuleMatch m, ReviewContext ctx, Doc doc) {
        if (check == null) return true;
        return switch (check) {
            // (a quote opening the title is no part of it: "X's 'Night Ferry'")
            case "title" -> ctx.film().isPresent()
                    && Names.fold(doc.text(m.group("title").orElseThrow())).replaceFirst("^['\\s]+", "").startsWith(Names.fold(ctx.film().get().title().text()));
            case "someone-else" -> !someoneElses(m.span());
            case "own-work" -> CrewCues.aboutOwnWork(m.sentence(), m.group("verb").orElseThrow().first());
            // "it was shot by X", "Shot by X, the film …"; not "Tobias is shot by X", "the letter was written by X"
            case "passive-own-work" -> CrewCues.passiveAboutOwnWork(m.sentence(), m.group("verb").orElseThrow().first())
                    || onTheFilmsTitle(doc, ctx, m.sentence(), m.group("verb").orElseThrow().first());
            // "This is X's film" is said of a star's showcase as often as of a director
            case "not-after-be" -> m.span().start() == 0 || !m.sentence().get(m.span().start() - 1).lemma().equalsIgnoreCase("be");
            // "Elder sister X writes the songs": in a documentary the songs are its subjects', not the film's
            case "not-documentary" -> !CastEvidenceExtractor.documentary(doc);
            default -> throw new IllegalStateException("unknown check " + check);
        };
    }

    /** "Tower Block Hymns, directed by X, tells …": the participle hangs on the film's own title. */
    private static boolean onTheFilmsTitle(Doc doc, ReviewContext ctx, Sentence s, Token participle) {
        Token noun = participle.rel().startsWith("acl") ? s.head(participle) : null;
        if (noun == null || !noun.isCapitalised()) return false;
        int k = noun.index();
        while (k > 0 && s.get(k - 1).isCapitalised()) k--;
        return ctx.isFilmTitle(doc.text(s.get(k).begin(), noun.end()));
    }

    private static List<Job> jobsOf(RuleMatch m) {
        String jobs = m.attribute("jobs");
        if (jobs.equals("verb")) return verbJob(m.group("verb").orElseThrow().first());
        if (jobs.equals("job")) return m.group("job").map(j -> Lexicon.JOBS.getOrDefault(phrase(j), List.of())).orElse(List.of());
        List<Job> out = new ArrayList<>();
        for (String j : jobs.split(",")) out.add(Job.parse(j));
        return out;
    }

    private static List<Job> verbJob(Token verb) {
        Job j = CrewCues.verbJob(verb.lemma());
        if (j == null) j = CrewCues.verbJob(verb.word());
        // nouns the "by" pattern takes: "script by", "screenplay by", "score by"
        if (j == null && verb.word().toLowerCase(Locale.ROOT).matches("script|screenplay")) j = Job.WRITER;
        return j == null ? List.of() : List.of(j);
    }

    /** The job phrase as looked up in jobs.tsv: lowercase words joined by single spaces. */
    private static String phrase(TokenSpan j) {
        return String.join(" ", j.tokens().stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList());
    }

    private static boolean someoneElses(TokenSpan match) {
        // look back over modifiers such as "Oscar-winning" to the word that governs the phrase
        for (int k = match.start() - 1; k >= Math.max(0, match.start() - 5); k--) {
            Token t = match.sentence().get(k);
            // ("the feature debut of director X", "the latest film of director X": the work is the director's own)
            if (t.is("of") && k > 0 && WORK_BEFORE_OF.contains(match.sentence().get(k - 1).word().toLowerCase(Locale.ROOT))) return false;
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
            // ("Kev "The Bishop" Doran": a quoted nickname inside a name keeps it whole)
            int nick = start >= 0 && depth == 0 ? Names.nicknameAfter(span.sentence(), i) : -1;
            if (nick > 0 && nick <= span.end()) {
                i = nick - 1;
                continue;
            }
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
