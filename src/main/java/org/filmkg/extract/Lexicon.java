package org.filmkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.filmkg.nlp.TokenRules;

/** Word lists about the language of reviews (role nouns, job nouns, band nouns), loaded from resource files. */
public final class Lexicon {
    private static final String DIR = "/org/filmkg/extract/";
    public static final Set<String> ROLE_NOUNS = words("role-nouns.txt");
    public static final Set<String> BAND_NOUNS = words("band-nouns.txt");
    /** Job phrase (lowercase) to the jobs it names. */
    public static final Map<String, List<Job>> JOBS = jobs();
    public static final Set<String> GENRES = words("genres.txt");
    /** Film certificates as written ("PG-13", "12A"), for heading lines and the {CERTIFICATE} of pattern files. */
    public static final List<String> CERTIFICATES = List.copyOf(lines("certificates.txt"));
    /** Last words of a company's name ("Films", "Pictures"). */
    public static final Set<String> COMPANY_WORDS = words("company-words.txt");
    /** Judgement phrase (lowercase, space-separated) to +1 or -1. */
    public static final Map<String, Integer> JUDGEMENTS = tsv("judgement-cues.tsv", Integer::valueOf);
    /** Negation and hedge cue words (lowercase, apostrophes removed) to "negation" or "hedge". */
    public static final Map<String, String> POLARITY_CUES = tsv("polarity-cues.tsv", v -> v);
    /** The word classes the cast scorer and the credit blocks read ({@code performance-words.tsv}: class, word). */
    public static final Map<String, Set<String>> WORD_CLASSES = wordClasses();
    /** Number words ("three", "forty-five") to their value; one list for every extractor and rule file ($NUMBERWORD). */
    public static final Map<String, Integer> NUMBERS = tsv("number-words.tsv", Integer::valueOf);
    /** Cue word to fictional yes/no. */
    public static final Map<String, Fact.Fictional> FICTIONAL_CUES = fictionalCues();

    private Lexicon() {}

    /** Rule files see the word lists as macros $ROLEWORD, $JOBWORD, $BANDWORD, $NUMBERWORD, $CERTIFICATE. */
    public static TokenRules rules(String file) {
        Map<String, String> macros = new LinkedHashMap<>();
        macros.put("$ROLEWORD", "[ { word:/(?i)(?:" + alternation(withPlurals(ROLE_NOUNS)) + ")/ } ]");
        macros.put("$BANDWORD", "[ { word:/(?i)(?:" + alternation(withPlurals(BAND_NOUNS)) + ")/ } ]");
        Set<String> jobWords = new LinkedHashSet<>();
        for (String phrase : JOBS.keySet()) jobWords.addAll(List.of(phrase.split(" ")));
        jobWords.removeIf(w -> w.equals("-") || w.equals("/") || w.equals("of"));
        macros.put("$JOBWORD", "[ { word:/(?i)(?:" + alternation(jobWords) + ")/ } ]");
        macros.put("$NUMBERWORD", "[ { word:/(?i)(?:" + alternation(NUMBERS.keySet()) + ")/ } ]");
        // (case kept: "R" is a certificate, "r" is not)
        macros.put("$CERTIFICATE", "[ { word:/(?:" + alternation(new LinkedHashSet<>(CERTIFICATES)) + ")/ } ]");
        return TokenRules.loadAll(List.of(DIR + "common.rules", DIR + file), macros);
    }

    /** A film certificate from {@code certificates.txt}, in any case ("PG-13", "12a"). */
    public static boolean isCertificate(String word) {
        return CERTIFICATES.stream().anyMatch(c -> c.equalsIgnoreCase(word));
    }

    public static boolean isRoleNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (ROLE_NOUNS.contains(w) || ROLE_NOUNS.contains(singular(w))) return true;
        // "rival-turned-love-interest": either side of "-turned-" names a person
        int turned = w.indexOf("-turned-");
        if (turned > 0) return isRoleNoun(w.substring(0, turned)) || isRoleNoun(w.substring(turned + 8));
        // "bride-to-be", "mother-in-law", "editor-in-chief": a role with a phrase after it is what its first part is
        java.util.regex.Matcher tail = ROLE_TAIL.matcher(w);
        if (tail.find() && tail.start() > 0) return isRoleNoun(w.substring(0, tail.start()));
        // "single-dad", "protégé-turned-megastar": a hyphenated compound is what its last part is
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash < w.length() - 1) return isRoleNoun(w.substring(dash + 1));
        // "schoolteacher", "postmistress", "gamekeeper": a closed compound ending in a role noun of five letters or more
        if (NOT_PERSON_SHAPED.contains(w)) return false;
        for (int i = 3; i <= w.length() - 5; i++) if (ROLE_NOUNS.contains(w.substring(i)) || ROLE_NOUNS.contains(singular(w.substring(i)))) return true;
        // "chambermaid", "midwife", "showgirl", "landlady", "warlord": short tails that only name people
        String sg = singular(w);
        for (String t : SHORT_TAILS) if (sg.length() >= t.length() + 3 && sg.endsWith(t)) return true;
        return false;
    }

    /**
     * A noun that can name a person: a role noun, or one shaped like a word for a person (a dreamer, a collector, a
     * cellist, a librarian, a heiress, a fisherman). "Her relationship", "his livelihood" and "a vortex" are not.
     */
    public static boolean isPersonNoun(String word) {
        String w = singular(word.toLowerCase(Locale.ROOT));
        return isRoleNoun(w) || w.length() > 4 && w.matches(".*(?:er|or|ist|ian|ess|man|woman|eur|euse|ee)$")
                // ("stillness", "recklessness": a quality; "-less" an adjective)
                && !w.matches(".*(?:ness|less)$") && !NOT_PERSON_SHAPED.contains(w);
    }

    /** "herself", "himself", "themselves": a reflexive pronoun ("X directs herself as …", "X as himself"). */
    public static boolean isReflexive(String word) {
        return word.toLowerCase(Locale.ROOT).matches("himself|herself|themselves|themself");
    }

    private static final List<String> SHORT_TAILS = List.of("maid", "wife", "girl", "lady", "lord");

    private static final java.util.regex.Pattern ROLE_TAIL = java.util.regex.Pattern.compile("-(?:to-be|in-laws?|in-chief|in-waiting|at-large|at-law|elect)$");

    /** Words shaped like words for people that are not: "-er" and "-or" things. */
    private static final Set<String> NOT_PERSON_SHAPED = Set.of("number", "matter", "water", "paper", "power", "order", "corner", "border",
            "manner", "letter", "chapter", "character", "center", "centre", "color", "colour", "error", "mirror", "horror", "humor", "humour",
            "flavor", "flavour", "honor", "honour", "career", "thriller", "trailer", "poster", "filter", "register", "theater", "theatre",
            "monster", "river", "summer", "winter", "weather", "cancer", "dinner", "shower", "tower", "layer", "meter", "answer", "danger",
            "temper", "anger", "fervor", "terror", "vapor", "behavior", "behaviour", "interior", "exterior", "sequel", "premise",
            "painkiller", "typewriter", "screwdriver", "weedkiller",
            // qualities, stuff and body parts a description may hold ("Anton, all swagger and menace")
            "swagger", "banter", "laughter", "glitter", "shimmer", "wonder", "silver", "leather", "feather", "thunder", "butter",
            "finger", "shoulder", "ladder", "chamber", "timber", "offer", "cover", "bother", "lumber", "slumber", "splendor",
            "candor", "vigor", "rigor", "glamor", "valor", "ardor", "odor", "rancor", "clamor", "armor", "labor", "parlor",
            "harbor", "tremor", "manor", "liquor", "decor", "floor", "door", "corridor", "elevator", "radiator", "generator",
            "motor", "sensor", "monitor", "computer", "printer", "cluster", "charter", "quarter", "sweater", "blister",
            "banner", "hammer", "trigger", "ginger", "pepper", "copper", "counter", "encounter", "disaster",
            "lavender", "remainder", "reminder", "rumor", "rumour", "ardour", "favor", "factor", "sector");

    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("es") && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes"))) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static Set<String> withPlurals(Set<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(w);
            out.add(w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") ? w + "es" : w.endsWith("y") && !w.endsWith("ay") && !w.endsWith("ey") ? w.substring(0, w.length() - 1) + "ies" : w + "s");
        }
        return out;
    }

    private static String alternation(Set<String> words) {
        return longestFirst(words).stream().map(Lexicon::escape).collect(Collectors.joining("|"));
    }

    /** Words longest first (then alphabetically), so an alternation tries "forty-five" before "forty". */
    static List<String> longestFirst(java.util.Collection<String> words) {
        return words.stream().sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b)).toList();
    }

    /** Escapes a word for a TokensRegex /regex/ literal, where "/" also needs a backslash. */
    private static String escape(String w) {
        StringBuilder sb = new StringBuilder();
        w.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c != ' ') sb.append('\\');
            sb.appendCodePoint(c);
        });
        return sb.toString();
    }

    static List<String> lines(String file) {
        InputStream in = Lexicon.class.getResourceAsStream(DIR + file);
        if (in == null) throw new IllegalStateException("Word list not found on the classpath: " + DIR + file);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return out;
    }

    private static <V> Map<String, V> tsv(String file, java.util.function.Function<String, V> value) {
        Map<String, V> out = new LinkedHashMap<>();
        for (String l : lines(file)) {
            String[] p = l.split("\t");
            if (p.length != 2) throw new IllegalStateException(file + ": expected word<TAB>value, got '" + l + "'");
            out.put(p[0].toLowerCase(Locale.ROOT), value.apply(p[1].strip()));
        }
        return Map.copyOf(out);
    }

    /** A word list file (one lower-case word per line, "#" comments). */
    static Set<String> wordSet(String file) {
        return words(file);
    }

    private static Set<String> words(String file) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : lines(file)) out.add(l.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    private static Map<String, List<Job>> jobs() {
        Map<String, List<Job>> out = new LinkedHashMap<>();
        for (String l : lines("jobs.tsv")) {
            String[] parts = l.split("\t");
            if (parts.length != 2) throw new IllegalStateException("jobs.tsv: expected 'phrase<TAB>jobs' in: " + l);
            List<Job> jobs = new ArrayList<>();
            for (String j : parts[1].split(",")) jobs.add(Job.parse(j));
            out.put(parts[0].toLowerCase(Locale.ROOT), List.copyOf(jobs));
        }
        // "writer-director-star", "actor-director": a one-word job joined to a word for a performer is still that job
        // (the acting is read by the cast cues)
        Map<String, List<Job>> derived = new LinkedHashMap<>();
        for (Map.Entry<String, List<Job>> e : out.entrySet()) {
            if (e.getKey().contains(" ")) continue;
            for (String performer : List.of("star", "actor", "actress")) {
                derived.putIfAbsent(e.getKey() + "-" + performer, e.getValue());
                derived.putIfAbsent(performer + "-" + e.getKey(), e.getValue());
            }
        }
        derived.forEach(out::putIfAbsent);
        return Map.copyOf(out);
    }

    private static Map<String, Fact.Fictional> fictionalCues() {
        Map<String, Fact.Fictional> out = new LinkedHashMap<>();
        for (String l : lines("fictional-cues.txt")) {
            String[] parts = l.split("\t");
            out.put(parts[1].toLowerCase(Locale.ROOT), parts[0].equals("yes") ? Fact.Fictional.YES : Fact.Fictional.NO);
        }
        return Map.copyOf(out);
    }

    private static Map<String, Set<String>> wordClasses() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String l : Lexicon.lines("performance-words.tsv")) {
            String[] p = l.split("\t");
            if (p.length != 2) throw new IllegalStateException("performance-words.tsv: expected class<TAB>word, got '" + l + "'");
            out.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1].strip().toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(out);
    }
}
