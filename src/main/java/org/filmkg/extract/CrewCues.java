package org.filmkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenSpan;

/**
 * Crew cues beyond the surface patterns of {@code crew.rules}: labelled credit lines in their common shapes
 * ({@code crew-labels.tsv}), and the dependency parse for work nouns ("X's score", "the music by X", "songs by A and
 * B"; {@code crew-work-nouns.tsv}), relative clauses ("X, who wrote and directed it"), "co-wrote the
 * script with X", "a directorial debut by X" and coordinated titles ("director and co-writer X").
 */
final class CrewCues {
    /** A person, a job, the cue that found it, its strength (as CrewExtractor ranks rules) and the evidence span. */
    record Found(TokenSpan person, Job job, String cue, int strength, int begin, int end) {}

    private static final Map<String, List<Job>> LABELS = labels();
    private static final Map<String, Job> WORK_POSS = new HashMap<>();
    private static final Map<String, Job> WORK_BY = new HashMap<>();
    /** "CINEMATOGRAPHY Lukas Brandt": a label in capitals opening a line needs no colon before the name. */
    private static final Pattern LABEL_CAPS = Pattern.compile("^[ \\t•*-]*(\\p{Lu}[\\p{Lu}/ &.\\-]{1,39}?)[ \\t]+(?=\\p{Lu}\\p{Ll})([^;\\n]*)", Pattern.MULTILINE);
    /** A label alone on its line, the names on the lines under it: "Director\nA\n\nWriters\nB\nC". */
    private static final Pattern LABEL_ABOVE = Pattern.compile("^[ \\t•*-]*(\\p{L}[\\p{L}/,& .\\-]{1,39}?)(?:\\s*\\(s\\))?(?:\\s+by)?[ \\t]*:?[ \\t]*\\n((?:[ \\t]*\\p{Lu}[^;:\\n]*(?:\\n|$))+)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** A label at the start of a line or after "(", ";" or "|", then ":", a dash or "by", then the list up to ";" or the line's end. */
    private static final Pattern LABEL_LINE = Pattern.compile("(?:^|(?<=[(;|])|(?<=[.):]\\s)|(?<=,\\s)(?=[Dd]ir\\.))[ \\t•*-]*([\\p{L}/,& .\\-]{2,40}?)(?:\\s*\\(s\\))?(?:\\s+by)?\\s*(?::|–|—|-|\\bby\\b|(?<=\\b[Dd]ir)\\.)\\s*([^;\\n]*)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** What a cinematographer lights: "scenes lit by X", "the film is lit by X". */
    private static final Set<String> LIT_WORK = Set.of("film", "movie", "picture", "it", "scene", "frame", "shot", "image", "interior", "exterior", "sequence", "everything");
    /** What a crew verb's object may be when the clause is about this film: "wrote the screenplay", "directed it". */
    private static final Set<String> OWN_WORK = Set.of("film", "movie", "picture", "feature", "screenplay", "script", "story", "it",
            "music", "score", "songs", "song", "soundtrack", "project", "thing",
            // an anthology's parts: "the first segment, directed by X"
            "segment", "section", "episode", "chapter", "vignette", "short");
    private static final Set<String> WRITE_VERBS = Set.of("write", "co-write", "cowrite", "pen", "script", "co-script", "adapt");

    static {
        for (String l : Lexicon.lines("crew-work-nouns.tsv")) {
            String[] p = l.split("\t");
            if (p.length != 3) throw new IllegalStateException("crew-work-nouns.tsv: expected noun<TAB>job<TAB>forms, got '" + l + "'");
            Job j = Job.parse(p[1]);
            if (p[2].contains("poss")) WORK_POSS.put(p[0], j);
            if (p[2].contains("by")) WORK_BY.put(p[0], j);
        }
    }

    private CrewCues() {}

    static List<Found> find(Doc doc) {
        List<Found> out = new ArrayList<>(labelled(doc));
        out.addAll(pronounFeatures(doc));
        out.addAll(pronounCoWriters(doc));
        out.addAll(servesAs(doc));
        List<Found> parsed = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                TokenSpan name = Names.properNameRun(s, t.index());
                if (name == null || name.head() != t) continue;
                parseCues(s, name, parsed);
            }
        }
        // a name of a person's shape, or a lone surname the review gives in full elsewhere ("The script, by Roe and …")
        Set<String> surnames = Names.surnames(doc);
        for (Found f : parsed)
            if (Names.looksLikePerson(f.person()) || f.person().size() == 1 && (f.person().first().isPerson() || surnames.contains(f.person().first().word())))
                out.add(f);
        return out;
    }

    private static void parseCues(Sentence s, TokenSpan name, List<Found> out) {
        Token h = name.head();
        // "X, who wrote and directed it": a relative clause of crew verbs
        // (the parser hangs the clause on the name as acl:relcl, or as parataxis after a comma)
        for (Token v : s.children(h)) {
            // "X, directing her first feature, …": a participle of a crew verb on the name
            if (v.rel().equals("acl") && v.tag().equals("VBG") && verbJob(v.lemma()) == Job.DIRECTOR && aboutOwnWorkOrFeature(s, v))
                add(out, name, Job.DIRECTOR, "crew.who-clause", 4, v);
            if (!v.rel().matches("acl:relcl|acl|parataxis|dep") || s.children(v, "nsubj").stream().noneMatch(w -> w.is("who"))) continue;
            List<Token> verbs = new ArrayList<>(List.of(v));
            verbs.addAll(s.children(v, "conj"));
            for (Token vb : verbs) {
                Job j = verbJob(vb.lemma());
                if (j == null && writeVerb(vb)) j = Job.WRITER;
                // "who wrote the screenplay / the film / it", not "who wrote a novel about …"
                if (j != null && vb.tag().startsWith("VB") && aboutOwnWork(s, vb)) add(out, name, j, "crew.who-clause", 4, vb);
            }
        }
        // "director and co-writer X": coordinated titles before the name
        coordinatedTitles(s, name, out);
        // "The director is X": a job noun as the subject of a copula with the name
        if (!s.children(h, "cop").isEmpty())
            for (Token subj : s.children(h, "nsubj")) {
                List<Job> jobs = Lexicon.JOBS.get(subj.word().toLowerCase(Locale.ROOT));
                // (not one a person owns, "Ruth's producer is X", "her producer, the hitmaker Lars, is X": a part in the story)
                if (jobs != null && s.children(subj, "nmod:poss").stream().noneMatch(p -> p.tag().startsWith("NNP") || p.tag().equals("PRP$")))
                    for (Job j : jobs) add(out, name, j, "crew.job-is-name", 4, subj);
            }
        // "The screenplay is by X": the work noun is the subject of a copula whose predicate is "by X"
        if (s.caseOf(h).equals("by") && !s.children(h, "cop").isEmpty())
            for (Token subj : s.children(h, "nsubj")) {
                Job j = WORK_BY.get(subj.lemma().toLowerCase(Locale.ROOT));
                if (j != null && j != Job.SONGWRITER) add(out, name, j, "crew.work-is-by", 4, subj);
            }
        Token gov = s.head(h);
        if (gov == null) return;
        subjectOfCrewVerb(s, name, gov, out);
        // "Its score, by X, is lovely": the parser hangs "by X" on the clause, but it follows the work noun
        // ("The script, by A and B, …": a conjunct shares the first name's "by")
        Token byName = h.rel().startsWith("conj") && gov.tag().startsWith("NNP") ? gov : h;
        // ("by A and his regular collaborator B": the name is apposed to a person noun that is A's conjunct)
        if (h.rel().matches("appos|dep") && gov.isLowercaseWord() && gov.rel().startsWith("conj") && Lexicon.isPersonNoun(gov.word())
                && s.head(gov) != null && s.head(gov).tag().startsWith("NNP")) byName = s.head(gov);
        int byStart = byName.index();
        while (byStart > 0 && s.get(byStart - 1).tag().startsWith("NNP")) byStart--;
        if (s.caseOf(byName).equals("by") && byStart >= 3 && s.get(byStart - 2).word().equals(",")) {
            Token noun = s.get(byStart - 3);
            Job j = WORK_BY.get(noun.lemma().toLowerCase(Locale.ROOT));
            if (j != null && noun.tag().startsWith("NN") && j != Job.SONGWRITER) add(out, name, j, "crew.work-comma-by", 4, noun);
        }
        // "A and B" share the relation of A
        Token first = h;
        if (h.rel().startsWith("conj") && gov.tag().startsWith("NNP")) {
            first = gov;
            gov = s.head(gov);
            if (gov == null) return;
        }
        // "with her longtime collaborator X": the name stands in for the noun for a person it is apposed to
        if (first.rel().matches("appos|dep") && gov.isLowercaseWord() && gov.tag().startsWith("NN") && Lexicon.isPersonNoun(gov.word()) && s.head(gov) != null) {
            first = gov;
            gov = s.head(gov);
        }
        // "the director (X, first feature!)", "its composer (X)": a name opening the brackets after a film job has it
        if (name.start() >= 2 && s.get(name.start() - 1).word().equals("(")) {
            Token job = s.get(name.start() - 2);
            List<Job> jobs = job.isLowercaseWord() ? Lexicon.JOBS.get(job.word().toLowerCase(Locale.ROOT)) : null;
            if (jobs != null && name.start() >= 3 && s.get(name.start() - 3).tag().matches("DT|PRP\\$|POS"))
                for (Job j : jobs) add(out, name, j, "crew.job-bracket", 3, job);
        }
        String rel = first.rel();
        String lemma = gov.lemma().toLowerCase(Locale.ROOT);
        String c = s.caseOf(first);
        // "X's score", "X's screenplay"
        if (rel.equals("nmod:poss") && WORK_POSS.containsKey(lemma)) add(out, name, WORK_POSS.get(lemma), "crew.work-possessive", 4, gov);
        // "X's camera work" is the cinematographer's
        if (rel.equals("nmod:poss") && lemma.equals("work") && s.children(gov, "compound").stream().anyMatch(k -> k.is("camera")))
            add(out, name, Job.CINEMATOGRAPHER, "crew.work-possessive", 4, gov);
        // "the music by X", "songs by A and B", "the screenplay by X"
        if ((rel.startsWith("nmod") || rel.startsWith("obl")) && (c.equals("by") || c.equals("from")) && WORK_BY.containsKey(lemma))
            add(out, name, WORK_BY.get(lemma), "crew.work-by", 4, gov);
        // "the script was co-written by A and B", "it was helmed by X": the agent of a crew verb in the passive
        // (the surface rule reads one name; the parse gives each conjunct)
        if ((rel.startsWith("obl") || rel.startsWith("nmod")) && c.equals("by") && gov.tag().equals("VBN")) {
            Job j = verbJob(gov.lemma());
            if (j == null && writeVerb(gov)) j = Job.WRITER;
            if (j == null && gov.word().toLowerCase(Locale.ROOT).startsWith("co-")) j = verbJob(gov.word().substring(3).replaceAll("(?i)(ed|d)$", ""));
            // ("The songs were written for the film by X": written songs are the songwriter's, a written score the composer's)
            if (j == Job.WRITER) j = musicJob(s.children(gov, "nsubj:pass")).orElse(j);
            // "the film was shot on 16mm by X" (not "Tobias is shot by Mia": the film must be what was shot)
            boolean filmShot = s.children(gov, "nsubj:pass").stream().anyMatch(o -> OWN_WORK.contains(o.lemma().toLowerCase(Locale.ROOT)))
                    || frontedOnTheFilm(s, gov);
            // ("She was directed by X", "a remake directed by X": not this film)
            if (j != null && (j != Job.CINEMATOGRAPHER || filmShot) && passiveAboutOwnWork(s, gov)) add(out, name, j, "crew.verb-by", 4, gov);
        }
        // "Their scenes in the orchard, lit by X, …", "the film is lit by X": what lights the film's images is its camera
        // ("the candle lit by Ruth" is the story's)
        if ((rel.startsWith("obl") || rel.startsWith("nmod")) && c.equals("by") && gov.tag().equals("VBN") && gov.word().equalsIgnoreCase("lit")) {
            // (the parser may make the lit thing the participle's active subject)
            Token noun = gov.rel().startsWith("acl") ? s.head(gov)
                    : s.children(gov).stream().filter(k -> k.rel().startsWith("nsubj")).findFirst().orElse(null);
            if (noun != null && LIT_WORK.contains(noun.lemma().toLowerCase(Locale.ROOT))) add(out, name, Job.CINEMATOGRAPHER, "crew.verb-by", 4, gov);
        }
        // "a directorial debut by X", "X's directorial debut"
        if (lemma.equals("debut") && s.children(gov).stream().anyMatch(k -> k.is("directorial") || k.is("directing"))
                && (rel.equals("nmod:poss") || c.equals("from") || c.equals("by")))
            add(out, name, Job.DIRECTOR, "crew.directorial-debut", 4, gov);
        // "a song … written by X": songs are the songwriter's, a film's writing the writer's
        if ((rel.startsWith("obl") || rel.startsWith("nmod")) && c.equals("by") && gov.tag().equals("VBN") && writeVerb(gov)) {
            Token noun = s.head(gov);
            if (noun != null && gov.rel().startsWith("acl") && WORK_BY.get(noun.lemma().toLowerCase(Locale.ROOT)) == Job.SONGWRITER)
                add(out, name, Job.SONGWRITER, "crew.song-written-by", 4, noun);
        }
        // "co-wrote the script with X"
        // ("X co-wrote with Y": "co-" says what was written together)
        if (rel.startsWith("obl") && c.equals("with") && coWrites(s, gov)) {
            add(out, name, Job.WRITER, "crew.co-wrote-with", 4, gov);
            // … and its subject co-wrote it too
            for (Token subj : s.children(gov, "nsubj")) {
                TokenSpan sub = Names.properNameRun(s, subj.index());
                if (sub != null && s.children(gov, "obj").isEmpty()) add(out, sub, Job.WRITER, "crew.co-wrote-with", 4, gov);
            }
        }
        // "who produced the film with X", "she directed it with her brother X": a partner in producing or directing this
        // film shares the job
        Job partnered = verbJob(lemma);
        if (rel.startsWith("obl") && c.equals("with") && (partnered == Job.PRODUCER || partnered == Job.DIRECTOR) && !s.children(gov, "obj").isEmpty() && aboutOwnWork(s, gov))
            add(out, name, partnered, "crew.co-verb-with", 4, gov);
        // (the parser may hang "with X" on the film: "produced [the film with X]")
        Token verbOf = s.head(gov);
        Job onFilm = verbOf == null ? null : verbJob(verbOf.lemma());
        if (rel.startsWith("nmod") && c.equals("with") && gov.rel().equals("obj") && OWN_WORK.contains(lemma) && (onFilm == Job.PRODUCER || onFilm == Job.DIRECTOR)
                && aboutOwnWork(s, verbOf))
            add(out, name, onFilm, "crew.co-verb-with", 4, gov);
        // … or the parser hangs "with X" on the screenplay itself
        if (rel.startsWith("nmod") && c.equals("with") && s.head(gov) != null
                && (WORK_BY.get(lemma) == Job.WRITER && writeVerb(s.head(gov)) || SOURCE_WORKS.contains(lemma) && adaptsSource(s, s.head(gov))))
            add(out, name, Job.WRITER, "crew.co-wrote-with", 4, gov);
    }

    /**
     * "X directs with a light touch", "X directed it", "X scored the film": the name is the subject of a crew verb in
     * the active voice, and the verb has no object or one that is this film's work. Writing needs its object ("X
     * writes" is as often a character), and a negated verb says nothing.
     */
    private static void subjectOfCrewVerb(Sentence s, TokenSpan name, Token verb, List<Found> out) {
        Token h = name.head();
        Token subj = h;
        // "A and B direct": the conjunct shares the subject relation
        if (h.rel().startsWith("conj") && verb.tag().startsWith("NNP")) {
            subj = verb;
            verb = s.head(verb);
            if (verb == null) return;
        }
        if (!subj.rel().equals("nsubj") || !verb.tag().startsWith("VB")) return;
        // "X makes her directorial debut with it"
        if (verb.lemma().equalsIgnoreCase("make") && s.children(verb).stream().anyMatch(o -> o.rel().matches("obj|xcomp") && o.is("debut")
                && s.children(o).stream().anyMatch(k -> k.is("directorial") || k.is("directing"))))
            add(out, name, Job.DIRECTOR, "crew.directorial-debut", 4, verb);
        // "X adapted the novel for the screen": adapting a book is writing the screenplay
        if (adaptsSource(s, verb)) add(out, name, Job.WRITER, "crew.adapted", 4, verb);
        // "X co-wrote and directed the film": a conjoined verb with no subject of its own shares X, and the object
        List<Token> verbs = new ArrayList<>(List.of(verb));
        for (Token v : s.children(verb, "conj")) if (v.tag().startsWith("VB") && s.children(v, "nsubj").isEmpty()) verbs.add(v);
        boolean sharedWork = verbs.size() > 1 && verbs.stream().anyMatch(v -> !s.children(v, "obj").isEmpty() && aboutOwnWork(s, v));
        for (Token v : verbs) crewVerb(s, name, v, sharedWork, out);
    }

    /** The object of a verb, or for a relative pronoun the noun its clause hangs on ("the script, which X wrote"). */
    private static Token workOf(Sentence s, Token verb, Token o) {
        return (o.is("which") || o.is("that")) && verb.rel().equals("acl:relcl") && s.head(verb) != null ? s.head(verb) : o;
    }

    /** "adapted the novel", "adapts her memoir": the verb adapts a source work for the screen. */
    private static boolean adaptsSource(Sentence s, Token verb) {
        return verb.lemma().equalsIgnoreCase("adapt") && s.children(verb, "obj").stream().anyMatch(o -> SOURCE_WORKS.contains(o.lemma().toLowerCase(Locale.ROOT)));
    }

    /** Source works a screenplay adapts. */
    private static final Set<String> SOURCE_WORKS = Set.of("novel", "book", "play", "memoir", "story", "stories", "novella", "comic", "graphic");

    private static void crewVerb(Sentence s, TokenSpan name, Token verb, boolean sharedWork, List<Found> out) {
        Job j = verbJob(verb.lemma());
        if (j == null && writeVerb(verb)) j = Job.WRITER;
        if (j == null || j == Job.CINEMATOGRAPHER) return; // a director "shoots" as often as a cinematographer
        if (s.children(verb).stream().anyMatch(k -> k.rel().equals("advmod") && (k.is("not") || k.is("never")) || k.rel().equals("aux") && k.is("would"))) return;
        List<Token> objects = s.children(verb, "obj");
        if (j == Job.WRITER && objects.isEmpty() && !sharedWork) return;
        // ("X cuts between the interviews and the footage", "cuts to black": a director's style, not the editor's job)
        if (verb.lemma().equalsIgnoreCase("cut") && objects.isEmpty()) return;
        // ("X directs herself as a widow": a director who acts in the film directs herself in it)
        boolean self = j == Job.DIRECTOR && objects.size() == 1 && Lexicon.isReflexive(objects.get(0).word())
                && objects.get(0).index() + 1 < s.size() && s.get(objects.get(0).index() + 1).is("as");
        if (!aboutOwnWork(s, verb) && !self) return;
        // "X wrote the songs", "X wrote the score": writing music is a songwriter's or a composer's job
        if (j == Job.WRITER) j = musicJob(objects.stream().map(o -> workOf(s, verb, o)).toList()).orElse(j);
        add(out, name, j, "crew.subject-of-verb", 4, verb);
    }

    private static void coordinatedTitles(Sentence s, TokenSpan name, List<Found> out) {
        int k = name.start() - 1;
        List<Job> jobs = new ArrayList<>();
        int begin = name.start();
        while (k >= 0) {
            Token t = s.get(k);
            List<Job> j = Lexicon.JOBS.get(t.word().toLowerCase(Locale.ROOT));
            if (j != null) {
                jobs.addAll(j);
                begin = k;
            } else if (!(t.is("and") || t.word().equals(",") || t.word().equals("&") || t.word().equals("/")
                    // "as writer, star and co-producer": the acting credit sits among the jobs
                    || t.word().matches("(?i)star|co-star|lead"))) {
                break;
            }
            k--;
        }
        // a single title is crew.rules' job-name; two or more coordinated ones are this cue's
        if (jobs.size() < 2 || k >= 0 && (s.get(k).is("of") || s.get(k).is("like") || s.get(k).is("than"))) return;
        for (Job j : jobs) out.add(new Found(name, j, "crew.coordinated-titles", 3, s.get(begin).begin(), name.endChar()));
    }

    /** The job of writing a verb's musical object: songs make a songwriter, a score or music a composer. */
    private static java.util.Optional<Job> musicJob(List<Token> objects) {
        for (Token o : objects) {
            String w = o.lemma().toLowerCase(Locale.ROOT);
            if (w.equals("song") || w.equals("songs") || w.equals("tune") || w.equals("lyric")) return java.util.Optional.of(Job.SONGWRITER);
            if (w.equals("score") || w.equals("music") || w.equals("soundtrack")) return java.util.Optional.of(Job.COMPOSER);
        }
        return java.util.Optional.empty();
    }

    /** "write", "co-wrote", "penned", "scripted": the tagger's lemma misses some hyphenated forms. */
    private static boolean writeVerb(Token t) {
        return WRITE_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))
                || t.word().toLowerCase(Locale.ROOT).matches("(co-?)?(wrote|written|writes|write|writing|penned|pens|scripted|scripts)");
    }

    /** A passive crew verb's subject, if it has one, is this film's work: "it was shot by X", not "Tobias is shot by X". */
    static boolean passiveAboutOwnWork(Sentence s, Token verb) {
        // "home movies shot by Arne", "a photograph taken by Ruth": a participle on some other noun is about that thing
        // (a film is one: "this drama, directed by X"; "a Brontë adaptation directed by X" is some other film)
        Token noun = verb.rel().startsWith("acl") || verb.rel().equals("amod") ? s.head(verb) : null;
        // (the parser may leave the participle unattached: the lower-case noun right before it is what it modifies)
        if (noun == null && verb.index() > 0 && s.get(verb.index() - 1).tag().startsWith("NN") && s.get(verb.index() - 1).isLowercaseWord()) noun = s.get(verb.index() - 1);
        if (noun != null) {
            String n = noun.lemma().toLowerCase(Locale.ROOT);
            boolean work = OWN_WORK.contains(n) || Lexicon.WORD_CLASSES.get("film-kind").contains(n);
            // ("Lowtide is a dark comedy thriller directed by X": an indefinite film a copula says the film is, is it)
            if (!work || !noun.tag().equals("NN")
                    || s.children(noun, "det").stream().anyMatch(d -> d.is("a") || d.is("an")) && s.children(noun, "cop").isEmpty()) return false;
        }
        return s.children(verb, "nsubj:pass").stream().allMatch(o -> OWN_WORK.contains(o.lemma().toLowerCase(Locale.ROOT)));
    }

    /** As {@link #aboutOwnWork}, or "her first feature", "his debut". */
    private static boolean aboutOwnWorkOrFeature(Sentence s, Token verb) {
        return s.children(verb, "obj").stream().allMatch(o -> OWN_WORK.contains(o.lemma().toLowerCase(Locale.ROOT)) || o.is("debut"));
    }

    /** A crew verb with no object, or one that is this film's work: "wrote the screenplay", "directed it". */
    static boolean aboutOwnWork(Sentence s, Token verb) {
        // ("who co-wrote the title song" writes no film: songs are read by the songwriter cues)
        if (WRITE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) && !s.children(verb, "obj").isEmpty()
                && s.children(verb, "obj").stream().allMatch(o -> o.lemma().toLowerCase(Locale.ROOT).matches("song|lyric|tune|track|album|number|single|hit|anthem|ballad")))
            return false;
        return s.children(verb, "obj").stream().allMatch(o -> {
            // "the film, which X directed": a relative pronoun stands for the noun the clause hangs on
            Token work = workOf(s, verb, o);
            // ("X, who adapted the book": adapting the source is writing this film)
            return OWN_WORK.contains(work.lemma().toLowerCase(Locale.ROOT)) || adaptsSource(s, verb);
        });
    }

    /** The job a crew verb's lemma names ("direct", "co-write", "shoot", "cut"), or null. */
    static Job verbJob(String lemma) {
        String v = lemma.toLowerCase(Locale.ROOT);
        if (v.equals("direct") || v.equals("co-direct") || v.equals("helm")) return Job.DIRECTOR;
        if (WRITE_VERBS.contains(v)) return Job.WRITER;
        if (v.equals("produce") || v.equals("co-produce")) return Job.PRODUCER;
        if (v.equals("compose") || v.equals("score")) return Job.COMPOSER;
        if (v.equals("edit") || v.equals("cut")) return Job.EDITOR;
        // ("Shot by X, it runs …": the tagger may read "Shot" as a noun, whose lemma stays "shot")
        if (v.equals("shoot") || v.equals("shot") || v.equals("photograph") || v.matches("lens|lense|lensed")) return Job.CINEMATOGRAPHER;
        return null;
    }

    /**
     * "Shot in lustrous 35mm by X, Night Ferry takes its time": a participle opening the sentence, hung on a clause
     * whose subject is the film (a word for it, or a capitalised title no one is named by).
     */
    private static boolean frontedOnTheFilm(Sentence s, Token participle) {
        if (participle.index() != 0) return false;
        // (read off the surface: the parser often makes the participle the subject; the first word after the opening
        // phrase's comma begins the clause's subject)
        int comma = 1;
        while (comma < s.size() && !s.get(comma).word().equals(",")) comma++;
        if (comma + 1 >= s.size()) return false;
        Token next = s.get(comma + 1);
        if (next.is("it")) return true;
        if (next.is("the") && comma + 2 < s.size()) return OWN_WORK.contains(s.get(comma + 2).lemma().toLowerCase(Locale.ROOT));
        return next.tag().startsWith("NNP") && !next.isPerson() && Character.isUpperCase(next.word().codePointAt(0));
    }

    /** The verb says its subject wrote this film's script (or adapted its source) with someone. */
    private static boolean coWrites(Sentence s, Token gov) {
        return writeVerb(gov)
                && (s.children(gov, "obj").stream().anyMatch(o -> WORK_BY.get(workOf(s, s.head(o), o).lemma().toLowerCase(Locale.ROOT)) == Job.WRITER)
                        // ("who wrote the film with her husband X": writing this film is writing its script)
                        || !s.children(gov, "obj").isEmpty() && aboutOwnWork(s, gov)
                        || s.children(gov, "obj").isEmpty() && gov.word().toLowerCase(Locale.ROOT).startsWith("co-")
                        // ("X adapted the memoir with Y")
                        || adaptsSource(s, gov));
    }

    /**
     * "Director Jo Hale knows how to hold a shot. … The script, which she co-wrote with her partner X, …": "she" or "he"
     * co-writing stands for the full name given last in that sentence or the two before (not the co-writer).
     */
    private static List<Found> pronounCoWriters(Doc doc) {
        List<Found> out = new ArrayList<>();
        List<Sentence> ss = doc.sentences();
        for (int k = 0; k < ss.size(); k++) {
            Sentence s = ss.get(k);
            for (Token t : s.tokens()) {
                if (!t.tag().equals("PRP") || !t.word().matches("(?i)she|he") || !t.rel().equals("nsubj")) continue;
                Token gov = s.head(t);
                if (gov == null || s.children(gov).stream().noneMatch(o -> o.rel().startsWith("obl") && s.caseOf(o).equals("with")) || !coWrites(s, gov)) continue;
                TokenSpan name = fullNameBefore(ss, k, t.index(), 2);
                if (name != null) out.add(new Found(name, Job.WRITER, "crew.co-wrote-with", 4, name.begin(), gov.end()));
            }
        }
        return out;
    }

    /**
     * The full name (two or more words, one NER's person) given last before token {@code before} of sentence {@code k},
     * looking back through that sentence and the {@code back} before it; null if none.
     */
    private static TokenSpan fullNameBefore(List<Sentence> ss, int k, int before, int back) {
        for (int j = k; j >= Math.max(0, k - back); j--) {
            Sentence p = ss.get(j);
            int end = j == k ? before : p.size();
            for (int i = end - 1; i >= 0; i--) {
                TokenSpan run = Names.properNameRun(p, i);
                if (run == null) continue;
                if (run.size() >= 2 && run.tokens().stream().anyMatch(Token::isPerson)) return run;
                i = run.start();
            }
        }
        return null;
    }

    /**
     * "… nobody told Ana Ruiz. Her third feature, Dust Road, is …": a possessive pronoun owning a numbered feature (or a
     * directorial debut) stands for the full name given last in that or the sentence before, who directed it. A weak
     * cue (strength 2): a firmer credit wins, and an actor's "latest feature" reads the same way.
     */
    private static List<Found> pronounFeatures(Doc doc) {
        List<Found> out = new ArrayList<>();
        List<Sentence> ss = doc.sentences();
        for (int k = 0; k < ss.size(); k++) {
            Sentence s = ss.get(k);
            for (Token t : s.tokens()) {
                if (!t.tag().equals("PRP$") || !t.rel().equals("nmod:poss")) continue;
                Token noun = s.head(t);
                if (noun == null) continue;
                String lemma = noun.lemma().toLowerCase(Locale.ROOT);
                boolean numbered = s.children(noun).stream().anyMatch(c -> c.rel().matches("amod|nummod|compound") && Lexicon.WORD_CLASSES.get("feature-ordinal").contains(c.word().toLowerCase(Locale.ROOT)));
                boolean directorial = s.children(noun).stream().anyMatch(c -> c.is("directorial") || c.is("directing"));
                if (!(lemma.equals("feature") && numbered || lemma.matches("debut|effort|outing") && directorial)) continue;
                TokenSpan name = fullNameBefore(ss, k, t.index(), 1);
                if (name != null) out.add(new Found(name, Job.DIRECTOR, "crew.pronoun-feature", 2, name.sentence() == s ? Math.min(name.begin(), t.begin()) : t.begin(), noun.end()));
            }
        }
        return out;
    }

    /**
     * "X, who serves as writer, star and co-producer, …", "X doubles as director and editor": each job in the list
     * after a verb of serving whose subject is the name just before it.
     */
    private static List<Found> servesAs(Doc doc) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : doc.sentences())
            for (int v = 1; v + 2 < s.size(); v++) {
                if (!Lexicon.WORD_CLASSES.get("serve-verb").contains(s.get(v).word().toLowerCase(Locale.ROOT)) || !s.get(v + 1).is("as")) continue;
                int k = v - 1;
                while (k >= 0 && (s.get(k).is("who") || s.get(k).is("also") || s.get(k).word().equals(","))) k--;
                if (k < 0) continue;
                TokenSpan name = Names.properNameRun(s, k);
                if (name == null || name.end() != k + 1 || !Names.looksLikePerson(name)) continue;
                for (int i = v + 2; i < s.size() && !s.get(i).word().matches("[.;:)—–]") && !s.get(i).tag().matches("VB.*|WDT|WP"); i++) {
                    List<Job> jobs = Lexicon.JOBS.get(s.get(i).word().toLowerCase(Locale.ROOT));
                    if (jobs != null) for (Job j : jobs) out.add(new Found(name, j, "crew.serves-as", 4, name.begin(), s.get(i).end()));
                }
            }
        return out;
    }

    private static void add(List<Found> out, TokenSpan name, Job job, String cue, int strength, Token other) {
        int b = Math.min(name.begin(), other.begin());
        int e = Math.max(name.endChar(), other.end());
        out.add(new Found(name, job, cue, strength, b, e));
    }

    /** "Director: A", "WRITTEN BY: A, B and C (story)", "DIRECTOR(S): A & B", "Dir: A, US 2024, 107 mins", "(12A) Dir. A." */
    private static List<Found> labelled(Doc doc) {
        List<Found> out = new ArrayList<>();
        String text = doc.text();
        for (Pattern p : List.of(LABEL_LINE, LABEL_CAPS)) labelled(doc, p.matcher(text), out);
        Matcher above = LABEL_ABOVE.matcher(text);
        while (above.find()) {
            List<Job> jobs = LABELS.get(above.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (jobs == null) continue;
            // each line under the label is one list of names
            int at = above.start(2);
            for (String line : above.group(2).split("\n", -1)) {
                for (TokenSpan p : namesIn(doc, at, at + line.length()))
                    for (Job j : jobs) out.add(new Found(p, j, "crew.credit-line", 5, above.start(1), p.endChar()));
                at += line.length() + 1;
            }
        }
        return out;
    }

    private static void labelled(Doc doc, Matcher m, List<Found> out) {
        String text = doc.text();
        int from = 0;
        // (each match is searched from where the last one's list began: "Cast: A, B. Director: C." holds two labels)
        while (from < text.length() && m.find(from)) {
            from = m.start(2) > m.start() ? m.start(2) : m.end() + 1;
            String label = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\s+by$", "");
            List<Job> jobs = LABELS.get(label);
            // "director/writer", "Director, screenplay", "writer & director": each part a label
            if (jobs == null && label.matches(".*(?:[/,&]|\\band\\b).*")) {
                List<Job> all = new ArrayList<>();
                for (String part : label.split("\\s*(?:[/,&]|\\band\\b)\\s*")) {
                    List<Job> j = LABELS.get(part.strip());
                    if (j == null) {
                        all = null;
                        break;
                    }
                    all.addAll(j);
                }
                jobs = all;
            }
            // (a label that is no job may be a section's, "Crew: Director: A": the next label can start right after it)
            if (jobs == null) from = m.start(1) + 1;
            if (jobs == null || m.group(2).isBlank()) continue;
            int listStart = m.start(2);
            for (TokenSpan p : namesIn(doc, listStart, m.end(2))) {
                for (Job j : jobs) out.add(new Found(p, j, "crew.credit-line", 5, m.start(1), p.endChar()));
            }
        }
    }

    /** Person-shaped name runs between two offsets, outside brackets, stopping at the first thing that is not a list. */
    private static List<TokenSpan> namesIn(Doc doc, int begin, int end) {
        List<TokenSpan> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.end() <= begin || s.begin() >= end) continue;
            int depth = 0;
            int i = 0;
            boolean quoted = false;
            while (i < s.size()) {
                Token t = s.get(i);
                if (t.begin() < begin || t.end() > end) {
                    i++;
                    continue;
                }
                if (t.word().equals("(")) depth++;
                if (t.word().equals(")")) depth = Math.max(0, depth - 1);
                // a quoted title inside a credit ("based on the book “Title” by X") is no one's name
                if (t.word().matches("[“\"]")) quoted = !quoted;
                if (t.word().equals("”")) quoted = false;
                if (quoted) {
                    i++;
                    continue;
                }
                // (in a line of capitals the tagger may call a name a common noun: NER's person counts there)
                if (depth == 0 && Names.isNameToken(t) && (t.tag().startsWith("NNP") || t.isPerson())) {
                    int e = i + 1;
                    while (e < s.size() && s.get(e).end() <= end && (Names.isNameToken(s.get(e)) && (s.get(e).tag().startsWith("NNP") || s.get(e).isPerson())
                            || s.get(e).word().matches("d['’]\\p{Lu}.*|de|van|von|da|del|di|du|le|la"))) e++;
                    TokenSpan n = new TokenSpan(s, i, e);
                    // (under a job's label NER may call a name a company, "Morag Dunleavy/ORGANIZATION": the shape of a
                    // name counts there, unless a company's word ends it, "Skerry Films")
                    boolean named = Names.looksLikePerson(n) || n.size() == 1 && n.first().isPerson()
                            || Names.nameShaped(n) && !Lexicon.COMPANY_WORDS.contains(n.last().word().toLowerCase(java.util.Locale.ROOT));
                    if (named) out.add(n);
                    else if (!out.isEmpty()) return out;
                    i = e;
                    continue;
                }
                // the end of a sentence or another label's colon ends the list ("Director: A. Camera: B")
                if (depth == 0 && t.word().matches("[.:]")) return out;
                // a list goes on over commas, "and", "&", ";" and brackets; anything else after a name ends it
                if (depth == 0 && !out.isEmpty() && !(t.word().matches("[,;&/]") || t.is("and") || t.word().matches("[()]"))) return out;
                i++;
            }
        }
        return out;
    }

    /** A crew label as a credit line writes it ("SCREENPLAY", "Original Music"), in any case. */
    static boolean isLabel(String words) {
        return LABELS.containsKey(words.strip().toLowerCase(Locale.ROOT));
    }

    private static Map<String, List<Job>> labels() {
        Map<String, List<Job>> out = new LinkedHashMap<>();
        for (String l : Lexicon.lines("crew-labels.tsv")) {
            String[] p = l.split("\t");
            if (p.length != 2) throw new IllegalStateException("crew-labels.tsv: expected label<TAB>jobs, got '" + l + "'");
            List<Job> jobs = new ArrayList<>();
            for (String j : p[1].split(",")) jobs.add(Job.parse(j));
            out.put(p[0].strip().toLowerCase(Locale.ROOT), List.copyOf(jobs));
        }
        return Map.copyOf(out);
    }
}
