package org.filmkg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmkg.nlp.Doc;

/** The review's own facts: critic (byline), publication (masthead), rating and runtime; rules in {@code review-info.patterns}. */
public final class ReviewInfoExtractor implements Extractor {
    private static final LinePatterns PATTERNS = LinePatterns.load("review-info.patterns");
    private static final Map<String, Double> GRADES = Map.ofEntries(
            Map.entry("A+", 1.0), Map.entry("A", 0.95), Map.entry("A-", 0.9), Map.entry("B+", 0.85), Map.entry("B", 0.8),
            Map.entry("B-", 0.75), Map.entry("C+", 0.7), Map.entry("C", 0.6), Map.entry("C-", 0.55), Map.entry("D+", 0.45),
            Map.entry("D", 0.4), Map.entry("D-", 0.35), Map.entry("F", 0.0), Map.entry("E", 0.2));
    /** Words that start a sentence of prose, never a publication's name. */
    private static final Set<String> NOT_MASTHEAD = Set.of("the", "a", "an", "this", "these", "those", "its", "it's", "his", "her", "their", "our", "my");

    @Override
    public String name() {
        return "review-info";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> needs() {
        return java.util.Set.of(Fact.Film.class);
    }

    @Override
    public java.util.Set<Class<? extends Fact>> provides() {
        return java.util.Set.of(Fact.ReviewInfo.class);
    }

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        List<Fact> out = new ArrayList<>();
        EnumSet<Fact.Kind> done = EnumSet.noneOf(Fact.Kind.class);
        for (LinePatterns.Hit h : PATTERNS.find(doc.text())) {
            Fact.Kind kind = Fact.Kind.valueOf(h.rule().kind());
            if (done.contains(kind)) continue;
            String value = h.group("value");
            if (value == null || value.isBlank()) continue;
            int end = h.end("value");
            if (h.rule().name().equals("publication.title-suffix")) {
                // "Title |Close-Up Film Review": the page's section word is no part of the publication's name, and
                // "Film Review" alone names none
                String bare = value.replaceFirst("\\s+(?:[Rr]eviews?|REVIEWS?)\\s*$", "");
                if (FilmExtractor.siteWordsOnly(bare)) continue;
                end -= value.length() - bare.length();
                value = bare;
            }
            Double norm = switch (kind) {
                case RATING -> rating(h);
                case RUNTIME -> runtime(h);
                default -> null;
            };
            if ((kind == Fact.Kind.RATING || kind == Fact.Kind.RUNTIME) && norm == null) continue;
            if (kind == Fact.Kind.PUBLICATION && !plausiblePublication(h, ctx)) continue;
            if (kind == Fact.Kind.REVIEWER && writtenByAmongCredits(doc.text(), h.start("value"))) continue;
            String v = kind == Fact.Kind.RUNTIME ? String.valueOf(norm.intValue()) : value.strip();
            out.add(new Fact.ReviewInfo(kind, v, kind == Fact.Kind.RATING ? norm : kind == Fact.Kind.RUNTIME ? norm : null,
                    new Evidence(h.start("value"), end, h.rule().name())));
            done.add(kind);
        }
        if (!done.contains(Fact.Kind.REVIEWER)) bareNameByline(doc).ifPresent(out::add);
        return out;
    }

    /**
     * A line in the header that is only a person's name ("Jane Roe" under the headline), or one that signs the review
     * off among its last three lines ("Jane Roe", "— Jane Roe"), is the byline, when the name comes up nowhere else in the
     * review: a critic is rarely named in the body, the people of the film are.
     */
    private static java.util.Optional<Fact> bareNameByline(Doc doc) {
        String text = doc.text();
        List<org.filmkg.nlp.Sentence> all = doc.sentences();
        List<org.filmkg.nlp.Sentence> lines = new java.util.ArrayList<>(all.subList(0, Math.min(10, all.size())));
        for (int i = Math.max(10, all.size() - 3); i < all.size(); i++) lines.add(all.get(i));
        for (org.filmkg.nlp.Sentence s : lines) {
            boolean foot = s.index() >= 10;
            // ("— Jane Roe", "Rating: 4/5 — Jane Roe": a dash before the name may close the last lines)
            int from = 0;
            if (s.index() >= all.size() - 3)
                for (int k = s.size() - 3; k >= Math.max(0, s.size() - 4); k--) if (s.get(k).word().matches("[—–]|-{1,2}")) from = k + 1;
            // (what comes before the dash is a rating or a date, not a sentence, "her co-star — X", nor a part in a credit
            // block, "Lady Margot Fenn - X")
            final int dash = from - 1;
            if (dash > 0 && (s.tokens().subList(0, dash).stream().anyMatch(t -> t.tag().startsWith("VB") || t.isLowercaseWord() && t.tag().startsWith("NN"))
                    || s.tokens().subList(0, dash).stream().noneMatch(t -> t.word().matches(".*[\\d★☆*:/½].*")))) continue;
            int n = s.size() - from;
            if (s.begin() == 0 || n < 2 || n > 3 || !s.tokens().subList(from, s.size()).stream().allMatch(t -> t.isPerson() && t.isCapitalised())) continue;
            int lineStart = text.lastIndexOf('\n', s.begin() - 1) + 1;
            int lineEnd = text.indexOf('\n', s.end());
            if (from == 0 && !text.substring(lineStart, s.begin()).isBlank() || !text.substring(s.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank()) continue;
            // (a name line at the foot stands apart, after a blank line or right under the rating: one under another
            // name is a credit list's)
            if (foot && from <= 1 && !text.substring(0, lineStart).matches("(?s).*\\n[ \\t]*\\n[ \\t]*") && !RATING_LINE.matcher(previousLine(text, lineStart)).matches()) continue;
            if (underCreditLabel(text, lineStart)) continue;
            int begin = s.get(from).begin();
            String surname = s.get(s.size() - 1).word();
            String rest = text.substring(0, begin) + " " + text.substring(s.end());
            if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(surname) + "\\b").matcher(rest).find()) continue;
            String name = text.substring(begin, s.end());
            return java.util.Optional.of(new Fact.ReviewInfo(Fact.Kind.REVIEWER, name, null, new Evidence(begin, s.end(), "reviewer.bare-name-line")));
        }
        return java.util.Optional.empty();
    }

    /**
     * The line before the one at {@code lineStart} is a job label ("Writers", "Director:") or, below the first line, a
     * name of its own: the name line is part of a credit list ("Writers / Ruth Vale / Ed Roe"), not a byline.
     */
    private static boolean underCreditLabel(String text, int lineStart) {
        if (lineStart == 0) return false;
        int prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        String prev = text.substring(prevStart, lineStart - 1).strip();
        String label = prev.replaceAll("[:\\s]+$", "").toLowerCase(Locale.ROOT);
        if (Lexicon.JOBS.containsKey(label) || label.endsWith("s") && Lexicon.JOBS.containsKey(label.substring(0, label.length() - 1)) || CREDIT_LINE.matcher(prev).find()) return true;
        return prevStart > 0 && prev.matches("\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,2}");
    }

    /** A line that is only a rating, perhaps under a label: "Verdict: ★★★", "4/5", "Rating: 3 out of 5", "Grade: B+". */
    private static final java.util.regex.Pattern RATING_LINE = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:(?:rating|verdict|score|grade|our rating|stars?)\\s*:?\\s*)?(?:[★☆*½\\d./ ]+(?:out of \\d+)?(?:\\s*stars?)?|[A-F][+\\-−]?)\\s*");

    private static String previousLine(String text, int lineStart) {
        if (lineStart == 0) return "";
        return text.substring(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
    }

    private static final java.util.regex.Pattern CREDIT_LINE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:directed by|produced by|music by|edited by|story by|starring|cast|director|producer|screenplay|cinematography|photography|composer|editor)\\b");

    /**
     * "Written by X" among credit lines ("Directed by …" just above, "Starring …" just below) credits the film's writer;
     * the critic's "Written by X" stands alone.
     */
    static boolean writtenByAmongCredits(String text, int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        int end = text.indexOf('\n', at);
        if (!text.substring(start, end < 0 ? text.length() : end).strip().toLowerCase(Locale.ROOT).startsWith("written by")) return false;
        String[] before = text.substring(0, start).split("\n");
        String[] after = end < 0 ? new String[0] : text.substring(end + 1).split("\n");
        String prev = before.length > 0 ? before[before.length - 1] : "";
        String next = after.length > 0 ? after[0] : "";
        return CREDIT_LINE.matcher(prev).find() || CREDIT_LINE.matcher(next).find();
    }

    /** A line a reviewer rule reads as a byline ("By Jane Roe", "Jane Roe / The Ledger"): metadata, never a title. */
    static boolean isByline(String line) {
        // ("Roe on Movies: Night Ferry" names the critic's column and the film: the title stays)
        return PATTERNS.find(line).stream().anyMatch(h -> h.rule().kind().equals("REVIEWER") && !h.rule().name().equals("reviewer.column"));
    }

    private static boolean plausiblePublication(LinePatterns.Hit h, ReviewContext ctx) {
        String value = h.group("value");
        String before = h.text().substring(0, h.start("value"));
        // A page title "Headline - Publication" only counts on the first line; a masthead is a short line.
        if (h.rule().name().equals("publication.title-suffix") && !before.strip().isEmpty() && before.strip().contains("\n")) return false;
        int lineEnd = h.text().indexOf('\n', h.start("value"));
        String line = h.text().substring(before.lastIndexOf('\n') + 1, lineEnd < 0 ? h.text().length() : lineEnd);
        if (h.rule().name().equals("publication.masthead") && line.strip().split("\\s+").length > 8) return false;
        // a section heading ("Reviews", "Film Reviews", "Movies & TV") names the site's section, not the site
        if (FilmExtractor.siteWordsOnly(value)) return false;
        String first = value.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (NOT_MASTHEAD.contains(first) && !Character.isUpperCase(value.strip().codePointAt(0))) return false;
        if (value.strip().split("\\s+").length > 5) return false;
        return ctx.film().map(f -> !Names.fold(value).contains(Names.fold(f.title().text()))).orElse(true);
    }

    /** A rating normalised to 0–1, or null when the scale makes no sense. */
    static Double rating(LinePatterns.Hit h) {
        String grade = h.group("grade");
        if (grade != null) {
            // "B plus", "A minus"
            String word = h.group("gradeword");
            if (word != null) grade = grade.substring(0, 1) + (word.equalsIgnoreCase("plus") ? "+" : "-");
            return GRADES.get(grade.replace('−', '-').toUpperCase(Locale.ROOT));
        }
        String stars = h.group("stars");
        if (stars != null) {
            String half = h.group("half");
            // ("½★" is half a star)
            double n = stars.startsWith("½") ? 0.5 : stars.replaceAll("[\\s½]", "").length() + (stars.contains("½") || half != null ? 0.5 : 0);
            // "★★★/★★★★" gives its scale; "★★★☆☆" by its empty stars; "**** (out of four)" in words; else five
            double d;
            if (h.group("starsden") != null) d = h.group("starsden").length();
            else if (h.group("empty") != null && !h.group("empty").isEmpty()) d = Math.ceil(n) + h.group("empty").length();
            else if (h.group("outof") != null) d = h.group("outof").equalsIgnoreCase("four") ? 4 : 5;
            else d = 5;
            return n <= d ? n / d : null;
        }
        String num = h.group("num");
        if (num == null) return null;
        String w = num.toLowerCase(Locale.ROOT);
        double n = w.equals("½") ? 0.5 : value(num);
        if (h.group("value").toLowerCase(Locale.ROOT).contains("and a half") || h.group("half") != null) n += 0.5;
        if (h.group("value").endsWith("%")) return n <= 100 ? n / 100 : null;
        // Without a scale, stars and small scores are read out of five, the most common scale; a lone score above five
        // under a label ("Score: 7", "Score: 62") out of the next common scale, ten or a hundred.
        String den = h.group("den");
        double d = den != null ? value(den)
                : n <= 5 || h.group("value").toLowerCase(Locale.ROOT).contains("star") ? 5 : n <= 10 ? 10 : 100;
        return n <= d ? n / d : null;
    }

    /** A score or scale as written, in figures ("3.5") or in words ("four"). */
    private static double value(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        return Lexicon.NUMBERS.containsKey(w) ? Lexicon.NUMBERS.get(w) : Double.parseDouble(s);
    }

    /** "2" or "two" as a number. */
    private static int number(String s) {
        String w = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (w.chars().allMatch(Character::isDigit)) return Integer.parseInt(w);
        if (Lexicon.NUMBERS.containsKey(w)) return Lexicon.NUMBERS.get(w);
        // ("ninety-one": tens and units the word list has apart)
        int dash = w.indexOf('-');
        return Lexicon.NUMBERS.get(w.substring(0, dash)) + Lexicon.NUMBERS.get(w.substring(dash + 1));
    }

    /** Minutes, or null for an implausible runtime. */
    static Double runtime(LinePatterns.Hit h) {
        int minutes;
        if (h.group("min") != null) minutes = number(h.group("min"));
        else if (h.group("h") != null) minutes = 60 * number(h.group("h")) + (h.group("m") == null ? 0 : number(h.group("m"))) + (h.group("half") == null ? 0 : 30);
        else return null;
        return minutes >= 40 && minutes <= 600 ? (double) minutes : null;
    }
}
