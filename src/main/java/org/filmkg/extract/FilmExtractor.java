package org.filmkg.extract;

import java.util.ArrayList;
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

/**
 * The film under review. Candidates come from header lines ({@code film-title.patterns}), quoted titles and
 * repeated capitalised phrases; the best-supported one wins. Quoted titles after a possessive artist are songs.
 */
public final class FilmExtractor implements Extractor {
    private static final LinePatterns HEADERS = LinePatterns.load("film-title.patterns");
    private static final Pattern QUOTED = Pattern.compile("[“\"‘'](\\p{Lu}[^“”\"‘’\\n]{0,70}?)[.,!?]?[”\"’'](?![\\p{L}])");
    private static final Pattern NICKNAME_BEFORE = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\s$");
    private static final Pattern NICKNAME_AFTER = Pattern.compile("\\s\\p{Lu}\\p{Ll}+\\b");
    /** "Jane Roe's “Title”", "the Marigolds' big hit, “Title”": an artist owning the quoted song, maybe through a song noun. */
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(\\p{Lu}(?:[\\p{L}.\\-]|['’]\\p{Lu})*(?:\\s+\\p{Lu}(?:[\\p{L}.\\-]|['’]\\p{Lu})*){0,3})(?:['’]s|['’])"
            + "(?:(?:\\s+(?:big|biggest|first|new|latest|breakthrough|signature|only|last|final|best-known|famous))*\\s+(?:hit|song|single|track|anthem|ballad|number)\\s*,?)?\\s*$");
    /** A song noun right before a quotation: "the hit", "their 1983 single", "the title track,". */
    private static final String SONG_NOUN = "(?:hit|single|song|track|anthem|ballad|tune)\\s*,?\\s*$";
    private static final Pattern SONG_NOUN_BEFORE = Pattern.compile("\\b" + SONG_NOUN);
    /** "Northern Static, whose 1983 single": the artist the relative clause hangs on. */
    private static final Pattern WHOSE_SONG = Pattern.compile("((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}),\\s+whose\\s+(?:[\\p{L}\\d'’\\-]+\\s+){0,3}" + SONG_NOUN);
    /** Words a title leaves in lower case, English and the articles and prepositions of titles in other languages ("Le Temps des …"). */
    private static final Set<String> SMALL = Set.of("of", "the", "a", "an", "and", "on", "in", "to", "for", "at", "by", "with", "is", "my", "up", "from",
            "de", "des", "du", "la", "le", "les", "et", "au", "aux", "à", "el", "los", "las", "del", "y", "di", "da", "il", "der", "die", "das", "den", "und", "von", "van", "och", "do", "dos");

    private static final class Candidate {
        final String folded;
        final Map<String, Integer> forms = new LinkedHashMap<>();
        int score;
        int first = Integer.MAX_VALUE;
        Mention evidence;
        String rule;
        Integer year;

        /** Named in apposition to a work noun in the prose. */
        boolean apposed;

        Candidate(String folded) {
            this.folded = folded;
        }
    }

    @Override
    public String name() {
        return "film";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> needs() {
        return java.util.Set.of();
    }

    @Override
    public java.util.Set<Class<? extends Fact>> provides() {
        return java.util.Set.of(Fact.Film.class, Fact.Song.class);
    }

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        String text = doc.text();
        Map<String, Candidate> cands = new LinkedHashMap<>();
        List<Fact> out = new ArrayList<>();
        List<Fact.Song> songs = new ArrayList<>();
        for (LinePatterns.Hit h : HEADERS.find(text)) {
            String title = trimTitle(h.group("value"));
            // ("MOVIE REVIEW": a section's words are no title)
            if (title == null || siteWordsOnly(title)) continue;
            // "Night Ferry is a slow-burning marvel – review": a headline that says something of the film names it first
            Matcher said = HEADLINE_VERB.matcher(title);
            if (said.find() && titleShaped(said.group(1))) title = said.group(1);
            int b = h.start("value");
            Candidate c = add(cands, title, b, b + title.length(), h.rule().name(), h.rule().kind().equals("TITLE_PROSE") ? 2 : 6, doc);
            if (h.group("year") != null && c.year == null) c.year = Integer.valueOf(h.group("year"));
            if (APPOSED.contains(h.rule().name())) c.apposed = true;
        }
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            String title = trimTitle(q.group(1));
            if (title == null || !titleShaped(title)) continue;
            // ('Marcus "Crown" Bell': a quoted word between a first name and a surname is a nickname)
            if (NICKNAME_BEFORE.matcher(text.substring(Math.max(0, q.start() - 30), q.start())).find()
                    && NICKNAME_AFTER.matcher(text.substring(q.end(), Math.min(text.length(), q.end() + 30))).lookingAt()) continue;
            Matcher artist = POSSESSIVE_BEFORE.matcher(text.substring(Math.max(0, q.start() - 60), q.start()));
            if (artist.find()) {
                int ab = q.start() - (text.substring(Math.max(0, q.start() - 60), q.start()).length() - artist.start(1));
                Mention a = Mention.of(doc, ab, ab + artist.group(1).length());
                songs.add(new Fact.Song(Mention.of(doc, q.start(1), q.start(1) + title.length()), a,
                        new Evidence(ab, q.end(), "song.possessive-quoted")));
                add(cands, title, q.start(1), q.start(1) + title.length(), "title.quoted", 1, doc);
                continue;
            }
            // "the hit “Cold Radio”", "Northern Static, whose 1983 single “Blue Hours”": a song, not the film
            String before = text.substring(Math.max(0, q.start() - 80), q.start());
            if (SONG_NOUN_BEFORE.matcher(before).find()) {
                Matcher whose = WHOSE_SONG.matcher(before);
                Mention a = null;
                int ab = q.start();
                if (whose.find()) {
                    ab = q.start() - before.length() + whose.start(1);
                    a = Mention.of(doc, ab, ab + whose.group(1).length());
                }
                songs.add(new Fact.Song(Mention.of(doc, q.start(1), q.start(1) + title.length()), a, new Evidence(ab, q.end(), "song.song-noun-quoted")));
                continue;
            }
            add(cands, title, q.start(1), q.start(1) + title.length(), "title.quoted", 2, doc);
        }
        headingLines(doc, cands);
        subjectOfWorkNoun(doc, cands);
        java.util.Set<String> surnames = Names.surnames(doc);
        for (Sentence s : doc.sentences()) {
            capitalisedRuns(doc, s, cands);
            singleWordNames(s, cands, doc, surnames);
        }
        Candidate best = null;
        String folded = Names.fold(text);
        for (Candidate c : cands.values()) {
            List<Integer> at = occurrences(folded, c.folded);
            int n = at.size();
            c.score += n;
            // "Unlike Jaws, …", "a debt to Jaws", "Jaws is the better film": a film named mostly to compare is another film
            int compared = (int) at.stream().filter(i -> compared(folded, i, i + c.folded.length())).count();
            if (compared > 0 && compared * 2 >= n && !STRONG.contains(c.rule)) c.score -= 2 * n + 2;
            // a first line the review never names again is as often a headline ("Cowboy Heartbreak Rides Again"): another
            // title the prose sets in apposition to a work noun outweighs it ("Marlowe, the new western from …")
            if ("title.first-line".equals(c.rule) && n <= 1 && cands.values().stream().anyMatch(o -> o != c && o.apposed)) c.score -= 3;
            if (best == null || c.score > best.score || c.score == best.score && c.first < best.first) best = c;
        }
        if (best != null && best.score >= 3) {
            Integer year = best.year != null ? best.year : yearAfter(text, best);
            out.add(new Fact.Film(best.evidence, year, new Evidence(best.evidence.begin(), best.evidence.end(), best.rule)));
        }
        // "Jane Roe's 'Title'" is a song unless Title is the film itself (then Jane Roe is its maker).
        String film = best == null || best.score < 3 ? "" : best.folded;
        for (Fact.Song s : songs) if (!Names.fold(s.title().text()).equals(film)) out.add(s);
        return out;
    }

    private static final Pattern HEADLINE_VERB = Pattern.compile("^(\\p{Lu}.*?)\\s+(?:is|are|was|were|proves|makes|offers|delivers|gets)\\s+\\p{Ll}");
    /**
     * "The Wide Field finds grace in a dying town": on a heading line (no full stop), a title of two or more words and
     * a present-tense verb in lower case (any "-s" word: a plural noun after one word, "Ten years ago", is too common).
     */
    private static final Pattern HEADLINE_ANY_VERB = Pattern.compile("^(\\p{Lu}\\S*(?:\\s+\\S+)+?)\\s+(?!(?:its|his|hers|this|thus|yes|us|as|less|across|unless|plus|versus|vs)\\b)\\p{Ll}{2,}s\\s+\\p{Ll}[^\\n]*[^.!?\\s]\\s*$");

    /** Decoration around a title on a heading line: a year or certificate in brackets, a rating, "Review", a section after a bar or dash. */
    private static final Pattern HEADING_TAIL = Pattern.compile("(?:\\s*(?:\\([^()]{1,40}\\)|[★☆*½]+(?:\\s*/\\s*[★☆*]+|\\s+out\\s+of\\s+(?:five|four|ten|5|4|10))?|\\d(?:\\.\\d)?\\s*/\\s*\\d+|(?:[Mm]ovie|[Ff]ilm)?\\s*[Rr]eview|REVIEW))+\\s*$");
    private static final Pattern LABEL = Pattern.compile("(?i)(?:(?:final|overall|our|my)\\s+)?(?:rated|rating|grade|verdict|runtime|running time|dir|directed|director|cast|starring|written|writer|by|with|score|reviewed|review by|critic|reviewer|words by|posted)\\b");
    private static final Pattern COLUMN = Pattern.compile("(?i)\\bon\\s+(?:movies|films?|cinema|screen)\\b|\\breviews?\\b|\\bcritique\\b|\\bcolumn\\b");
    private static final Pattern SCORE = Pattern.compile("\\s*(?:[\\d.,]+\\s*(?:/|out of)\\s*\\d+|[★☆*½]+|[A-F][+\\-−]?|[\\d.]+%?)\\s*(?:stars?)?\\.?\\s*");
    private static final Pattern HEADING_CUT = Pattern.compile("\\s+[–—|-]\\s+|\\s*[|»›]\\s*");

    /**
     * Short title-shaped lines standing alone: the first line of a review is most often its film's title ("Nowhere
     * Land", "LONG ROAD (2019) – My rating: 8/10", "Night Ferry ★★★★", "Label on Movies: Night Ferry"), and a title
     * line may also head a block of metadata further down.
     */
    private static void headingLines(Doc doc, Map<String, Candidate> cands) {
        String text = doc.text();
        int pos = 0;
        boolean first = true;
        Set<Integer> creditLines = CreditBlocks.lineStarts(doc);
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            // a navigation or section heading ("Home | Reviews", "NEWS & REVIEWS") is no title and not the first line
            // … nor is a line of a credit block ("Ruth Vale – Jane Roe")
            int lead = pos + (line.length() - line.stripLeading().length());
            if (!line.isBlank() && !siteWordsOnly(line) && !creditLines.contains(lead)) {
                headingLine(doc, cands, line, pos, first, first && (bylineNext(text, end) || bylineAtFoot(text)));
                first = false;
            }
            pos = end + 1;
        }
    }

    /** A column's name, a colon and a title in quotes (group 1), perhaps with its year: 'SHORT TAKES: "Title" (2026)'. */
    private static final Pattern QUOTED_AFTER_COLUMN = Pattern.compile("[^\"“”:]{2,40}:\\s*[\"“]([^\"”]{1,80})[\"”]\\s*(?:\\(\\d{4}\\))?\\s*");

    /** A title's translation in brackets: "(The Silence)", "(aka The Silence)". */
    private static final Pattern TRANSLATION = Pattern.compile("\\((?:aka |a\\.k\\.a\\. |English title:? )?(?:The |A |An )\\p{Lu}[\\p{L}'’ -]*\\)");

    /** One of the review's last three lines is a byline ("Reviewed by X"): the critic is named there, not at the top. */
    private static boolean bylineAtFoot(String text) {
        List<String> lines = java.util.Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
        for (int i = Math.max(1, lines.size() - 3); i < lines.size(); i++) if (ReviewInfoExtractor.isByline(lines.get(i))) return true;
        return false;
    }

    /** The first non-blank line after offset {@code from} is a byline ("Reviewed by X"). */
    private static boolean bylineNext(String text, int from) {
        for (String next : text.substring(Math.min(text.length(), from)).split("\n"))
            if (!next.isBlank()) return ReviewInfoExtractor.isByline(next);
        return false;
    }

    private static void headingLine(Doc doc, Map<String, Candidate> cands, String line, int at, boolean first, boolean bylineBelow) {
        String t = line;
        // "SCREENPLAY: Jane Roe", "Overall: 7/10": a credit or a score under its label is metadata
        int labelEnd = t.indexOf(':');
        if (labelEnd > 0 && (CrewCues.isLabel(t.substring(0, labelEnd)) || SCORE.matcher(t.substring(labelEnd + 1)).matches())) return;
        // "Home | Reviews | Title": the first part that is not navigation
        String[] parts = HEADING_CUT.split(t);
        int skip = 0;
        while (skip < parts.length - 1 && siteWordsOnly(parts[skip])) skip++;
        if (skip > 0) {
            int from = t.indexOf(parts[skip]);
            at += from;
            t = t.substring(from);
            line = t;
        }
        java.util.regex.Matcher cut = HEADING_CUT.matcher(t);
        if (cut.find() && cut.start() > 0) t = t.substring(0, cut.start());
        // 'FRIGHT NIGHT FRIDAYS: "The Hollowing" (2026)': a column's name, then the title in quotes after the colon
        Matcher quotedAfter = QUOTED_AFTER_COLUMN.matcher(t);
        if (quotedAfter.matches()) {
            int from = quotedAfter.start(1);
            at += from;
            line = line.substring(from);
            t = quotedAfter.group(1);
        }
        // "Title: a gripping drama about grief": a lower-case subtitle after the colon is the headline's, not the title's
        int sub = t.indexOf(": ");
        if (sub > 0 && sub + 2 < t.length() && Character.isLowerCase(t.codePointAt(sub + 2))) t = t.substring(0, sub);
        t = HEADING_TAIL.matcher(t).replaceAll("");
        // ("★★★★ Night Shift at the Aurora": a rating before the title is no part of it)
        t = t.replaceFirst("^[★☆*½\\s]+(?=\\p{L})", "");
        // ("FILM | 12A | 1hr 47min": a certificate alone is no title)
        String alone = t.strip();
        if (Lexicon.isCertificate(alone)) return;
        // "Prom Night at Lakeview High is dumb fun": a heading that says something of the film names it first
        Matcher said = HEADLINE_VERB.matcher(t);
        Matcher any = HEADLINE_ANY_VERB.matcher(t);
        if (said.find() && titleShaped(said.group(1).strip())) t = said.group(1);
        else if (any.find() && titleShaped(any.group(1).strip())) t = any.group(1);
        String title = trimTitle(t);
        if (title == null || !headingShaped(title)) return;
        // ("Episode 214: we review …", "Part 3"): a series' numbering is no title
        if (title.matches("(?i)(?:episode|ep\\.?|part|chapter|issue|vol\\.?|volume|no\\.?|#)\\s*\\d+")) return;
        // ("What is it about?": a question's first word is no title)
        if (title.matches("(?i)what|who|how|why|where|when|is|should|does|did")) return;
        int b = at + line.indexOf(title);
        if (b < at) return;
        // a name on its own line is a byline or a credit, not a title; a label line is metadata
        boolean allPerson = true;
        for (Sentence s : doc.sentences())
            for (Token k : s.tokens()) if (k.begin() >= b && k.end() <= b + title.length() && !k.isPerson()) allPerson = false;
        if (LABEL.matcher(title).lookingAt() || ReviewInfoExtractor.isByline(line)) return;
        // (NER calls many two-word titles names, "Black Seam": a first line of names counts only as the body repeats it)
        // ("Die Stille (The Silence)": a title with its translation in brackets after it is no name)
        String rest = line.substring(Math.min(line.length(), b - at + title.length())).strip();
        boolean translated = first && TRANSLATION.matcher(rest).matches();
        // ("VENICE — Few films at this festival …": a place before a dash that opens a paragraph is a dateline)
        boolean place = true;
        for (Sentence s : doc.sentences())
            for (Token k : s.tokens()) if (k.begin() >= b && k.end() <= b + title.length() && (k.ner() == null || !k.ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE"))) place = false;
        if (place && rest.matches("(?s)[—–-]\\s+\\p{Lu}.{40,}")) return;
        // (… unless a byline follows it or closes the review: then the name above is the title's, "Saltmarsh Lane\nReviewed by X")
        if (allPerson && !translated && !bylineBelow) {
            if (first) add(cands, title, b, b + title.length(), "title.first-line-name", 1, doc);
            return;
        }
        if (!(colon(title) > 0 && COLUMN.matcher(title.substring(0, colon(title))).find()))
            add(cands, title, b, b + title.length(), first ? "title.first-line" : "title.heading-line", first ? 5 : 2, doc);
        int colon = title.indexOf(": ");
        // "<Critic> on Movies: Title", "Film Reviews: Title": a column's name before the colon is no part of the title
        if (colon > 0 && COLUMN.matcher(title.substring(0, colon)).find()) {
            String raw = title.substring(colon + 2).strip();
            String after = trimTitle(raw);
            int off = after == null ? 0 : raw.indexOf(after);
            if (after != null) add(cands, after, b + colon + 2 + off, b + colon + 2 + off + after.length(), "title.after-column", first ? 6 : 2, doc);
            return;
        }
        if (colon > 0) {
            String after = title.substring(colon + 2).strip();
            if (!after.isEmpty()) add(cands, after, b + colon + 2, b + colon + 2 + after.length(), "title.heading-after-colon", first ? 3 : 1, doc);
        }
    }

    private static final Set<String> SITE_WORDS = Lexicon.wordSet("site-words.txt");

    /** A line made only of navigation and section words, bars and ampersands ("Home | Reviews", "NEWS & REVIEWS"). */
    static boolean siteWordsOnly(String line) {
        String[] words = line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            // ("Home » Reviews » Drama": a genre is a section of the site there)
            if (!SITE_WORDS.contains(w) && !Lexicon.GENRES.contains(w)) return false;
            n++;
        }
        return n > 0;
    }

    private static int colon(String t) {
        return t.indexOf(": ");
    }

    /** At most eight words, each capitalised, a number, "&", or a small word; or all capitals. */
    private static boolean headingShaped(String t) {
        String[] words = t.split("\\s+");
        if (words.length > 8 || !Character.isLetterOrDigit(t.codePointAt(0)) || Character.isLowerCase(t.codePointAt(0))) return false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            int c = w.codePointAt(0);
            boolean ok = Character.isUpperCase(c) || Character.isDigit(c) || w.equals("&") || SMALL.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetterOrDigit(c);
            if (!ok) return false;
        }
        // a score on its own line ("7", "8.5", "62%") is a rating under its label
        if (t.matches("[\\d.,/%]{1,5}") && !t.matches("\\d{4}")) return false;
        // a date line ("December 2008", "12 March 2021") heads a page, not a film
        if (t.matches("(?i).*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,4}.*|(?i)\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*.*")) return false;
        return !t.matches(".*[.!?]$");
    }

    /**
     * "Night Ferry is a gripping drama", "X's “Night Ferry” is the best film of the year": a capitalised subject of a
     * copula whose predicate is a work noun or a genre; a review says this of the film it reviews.
     */
    private static void subjectOfWorkNoun(Doc doc, Map<String, Candidate> cands) {
        for (Sentence s : doc.sentences()) {
            // "As a rousing newspaper drama, Night Ferry is riveting": the fronted work noun says what the subject is
            if (s.size() > 5 && s.get(0).is("as") && s.get(0).isCapitalised()) {
                int comma = 1;
                while (comma < Math.min(s.size(), 10) && !s.get(comma).word().equals(",")) comma++;
                Token noun = s.get(comma - 1);
                String w = noun.lemma().toLowerCase(Locale.ROOT);
                if (comma < Math.min(s.size(), 10) && noun.isLowercaseWord() && (WORK_NOUNS.contains(w) || Lexicon.GENRES.contains(w))) {
                    int b = comma + 1;
                    // (an unknown one-word title is often tagged a common noun)
                    while (b < s.size() && s.get(b).isCapitalised() && !s.get(b).isPerson() && s.get(b).tag().startsWith("NN")) b++;
                    if (b > comma + 1 && b - comma - 1 <= 6 && b < s.size() && s.get(b).tag().startsWith("VB"))
                        add(cands, doc.text(s.get(comma + 1).begin(), s.get(b - 1).end()), s.get(comma + 1).begin(), s.get(b - 1).end(), "title.is-a-film", 2, doc);
                }
            }
            // "In Night Ferry, director Jane Roe …": a capitalised run that opens a sentence after "In" and ends in a comma
            // (not a place or a date: "In Paris,", "In March,")
            if (s.size() > 6 && s.get(0).word().equals("In")) {
                int b = 1;
                while (b < s.size() && b <= 6 && s.get(b).isCapitalised() && !s.get(b).isPerson() && "O".equals(s.get(b).ner()) || b > 1 && b < s.size() && SMALL.contains(s.get(b).word()) && b + 1 < s.size() && s.get(b + 1).isCapitalised()) b++;
                if (b > 1 && b < s.size() && s.get(b).word().equals(",") && !s.get(b - 1).word().matches("(?i)the|a|an"))
                    add(cands, doc.text(s.get(1).begin(), s.get(b - 1).end()), s.get(1).begin(), s.get(b - 1).end(), "title.in-opening", 1, doc);
            }
            for (Token pred : s.tokens()) {
                String w = pred.lemma().toLowerCase(Locale.ROOT);
                if (!pred.tag().startsWith("NN") || !pred.isLowercaseWord()) continue;
                // "X is the kind of film that lingers", "X is a sort of comedy"
                boolean kindOf = w.matches("kind|sort|type") && s.children(pred, "nmod").stream()
                        .anyMatch(n -> WORK_NOUNS.contains(n.lemma().toLowerCase(Locale.ROOT)) || Lexicon.GENRES.contains(n.lemma().toLowerCase(Locale.ROOT)));
                if (!(WORK_NOUNS.contains(w) || Lexicon.GENRES.contains(w) || kindOf)) continue;
                if (s.children(pred, "cop").isEmpty()) continue;
                // "Jaws is still the better film": a comparative says which of two films, not which is reviewed
                if (s.children(pred, "amod").stream().anyMatch(a -> a.tag().equals("JJR"))) continue;
                for (Token subj : s.children(pred, "nsubj")) {
                    // (a sentence's first word is capitalised anyway: alone there it must be tagged a proper noun)
                    if (!subj.tag().startsWith("NN") || !subj.isCapitalised() || subj.index() == 0 && !subj.tag().startsWith("NNP") || subj.isPerson()
                            || "LOCATION".equals(subj.ner())) continue;
                    int a = subj.index();
                    int b = subj.index() + 1;
                    // the capitalised words the parser hangs on it ("Night" in "Night Ferry", whatever its tag)
                    while (a > 0 && s.get(a - 1).isCapitalised() && !s.get(a - 1).isPerson() && s.head(s.get(a - 1)) == subj) a--;
                    List<Token> run = s.tokens().subList(a, b);
                    if (run.size() > 6 || run.stream().anyMatch(Token::isPerson)) continue;
                    add(cands, doc.text(run.get(0).begin(), run.get(run.size() - 1).end()), run.get(0).begin(), run.get(run.size() - 1).end(), "title.is-a-film", 2, doc);
                }
            }
        }
    }

    private static final Set<String> WORK_NOUNS = Set.of("film", "movie", "picture", "feature", "documentary", "biopic", "debut", "sequel", "remake", "adaptation", "work");

    /** A capitalised word inside a sentence that NER calls no person or place ("… as Night Ferry's …" aside): a one-word title. */
    private static void singleWordNames(Sentence s, Map<String, Candidate> cands, Doc doc, java.util.Set<String> surnames) {
        for (int i = 1; i < s.size(); i++) {
            Token t = s.get(i);
            // a word some person's name ends in ("… Stone" after "Ida Stone") is that person, not a title
            if (surnames.contains(t.word())) continue;
            if (!t.tag().equals("NNP") || t.isPerson() || !"O".equals(t.ner()) && !"MISC".equals(t.ner()) || t.word().length() < 4
                    || !Character.isUpperCase(t.word().codePointAt(0)) || !t.word().chars().allMatch(Character::isLetter)) continue;
            if (s.get(i - 1).tag().equals("NNP") || i + 1 < s.size() && s.get(i + 1).tag().equals("NNP")) continue;
            // a quoted title is the quoted-title cue's, with its own weight
            if (s.get(i - 1).word().matches("[“\"‘']+")) continue;
            // a film is what reviews make the subject of their judgements: "X is riveting", "X succeeds"
            add(cands, t.word(), t.begin(), t.end(), "title.word", t.rel().startsWith("nsubj") ? 1 : 0, doc);
        }
    }

    private static Candidate add(Map<String, Candidate> cands, String title, int begin, int end, String rule, int weight, Doc doc) {
        String folded = Names.fold(title);
        Candidate c = cands.computeIfAbsent(folded, Candidate::new);
        c.score += weight;
        c.forms.merge(title, 1, Integer::sum);
        if (c.evidence == null || weight > 1 && "title.ngram".equals(c.rule)) {
            c.evidence = Mention.of(doc, begin, end);
            c.rule = rule;
        }
        c.first = Math.min(c.first, begin);
        return c;
    }

    /** Runs of capitalised words mid-sentence ("… in Night Harbour, …") that are not all tagged as people. */
    private static void capitalisedRuns(Doc doc, Sentence s, Map<String, Candidate> cands) {
        List<Token> ts = s.tokens();
        // the first word of a sentence is capitalised anyway, so a run there counts only when it is tagged a proper noun
        int i = ts.size() > 1 && ts.get(0).tag().startsWith("NNP") && ts.get(1).tag().startsWith("NNP") ? 0 : 1;
        while (i < ts.size()) {
            if (!startsTitle(ts.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < ts.size() && (startsTitle(ts.get(j)) || SMALL.contains(ts.get(j).word()) && j + 1 < ts.size() && startsTitle(ts.get(j + 1)))) j++;
            List<Token> run = ts.subList(i, j);
            boolean allPerson = run.stream().allMatch(t -> t.isPerson() || SMALL.contains(t.word()));
            boolean place = run.stream().anyMatch(t -> "LOCATION".equals(t.ner()));
            if (!allPerson && !place && run.size() <= 6 && (run.size() >= 2 || allCaps(run.get(0).word()))) {
                add(cands, doc.text(run.get(0).begin(), run.get(run.size() - 1).end()), run.get(0).begin(),
                        run.get(run.size() - 1).end(), "title.ngram", 0, doc);
            }
            i = j;
        }
    }

    private static boolean startsTitle(Token t) {
        return t.isCapitalised() && t.word().length() > 1 && !t.tag().equals("POS") && t.word().chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-');
    }

    private static boolean allCaps(String w) {
        return w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
    }

    private static boolean titleShaped(String t) {
        String[] words = t.split("\\s+");
        if (words.length > 8) return false;
        int caps = 0;
        for (String w : words) if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || SMALL.contains(w))) caps++;
        return caps == words.length;
    }

    private static String trimTitle(String t) {
        if (t == null) return null;
        t = t.strip().replaceAll("[.,:;!?]+$", "").strip();
        // ("'Northside'": quotes around a whole title are no part of it)
        if (t.length() > 2 && t.matches("^['‘“\"].*['’”\"]$") && t.substring(1, t.length() - 1).matches("[^'‘’“”\"]+")) t = t.substring(1, t.length() - 1).strip();
        return t.isEmpty() ? null : t;
    }

    /** Prose rules that set a title in apposition to a work noun. */
    private static final Set<String> APPOSED = Set.of("title.makers-work", "title.work-from", "title.makers-title-is-film");
    /** Header rules: a title they give is the film reviewed, however often the review compares it. */
    private static final Set<String> STRONG = Set.of("title.first-line", "title.year", "title.review-colon", "title.quoted-review", "title.x-review", "title.after-column");
    /** Words before a title that make it the target of a comparison. */
    private static final Pattern COMPARED_BEFORE = Pattern.compile("(?:\\b(?:unlike|like|than|alongside|since|(?:debt|homage|nod|tribute|heir|successor|sequel|answer) to|reminiscent of|shades of|echoes of|echo of|à la|a la|recalls|evokes|recalling|evoking|channels|channeling|channelling)\\s+(?:the\\s+)?[\"“‘']?)$");

    /** The occurrence at {@code [i, end)} follows a comparison word, or is followed by "is (still) the better/worse film". */
    private static boolean compared(String folded, int i, int end) {
        String before = folded.substring(Math.max(0, i - 40), i);
        String after = folded.substring(end, Math.min(folded.length(), end + 40));
        return COMPARED_BEFORE.matcher(before).find() || after.matches("(?s)^\\s+(?:is|was|remains)\\s+(?:still\\s+)?(?:the\\s+)?(?:better|worse|superior|greater)\\b.*");
    }

    /** Where a folded candidate stands as whole words in the folded text. */
    private static List<Integer> occurrences(String folded, String candidate) {
        List<Integer> out = new ArrayList<>();
        if (candidate.isEmpty()) return out;
        int i = 0;
        while ((i = folded.indexOf(candidate, i)) >= 0) {
            int end = i + candidate.length();
            boolean left = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1));
            boolean right = end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
            if (left && right) out.add(i);
            i = end;
        }
        return out;
    }

    private static Integer yearAfter(String text, Candidate c) {
        Matcher m = Pattern.compile(Pattern.quote(c.evidence.text()) + "[”\"’']?\\s*\\(((?:19|20)\\d\\d)\\)").matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
