package org.filmkg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenSpan;

/** Helpers for name-shaped token runs: splitting lists, judging whether a run names a person. */
public final class Names {
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "le", "la", "bin", "al", "st.");

    private Names() {}

    /** One entry of a name list: the actor's tokens and, for "A as B", the character's. */
    public record Item(TokenSpan actor, TokenSpan character) {}

    /** Splits a list like "A, a terrific B, C as D and E" into items, dropping lead-in words. */
    public static List<Item> splitList(TokenSpan list) {
        List<Item> items = new ArrayList<>();
        int itemStart = list.start();
        for (int i = list.start(); i <= list.end(); i++) {
            boolean boundary = i == list.end();
            if (!boundary) {
                String w = list.sentence().get(i).word();
                // ("A & B with C, D": a credit line's "with" separates names too)
                boundary = w.equals(",") || w.equals(";") || w.equalsIgnoreCase("and") || w.equals("&") || w.equals("with");
            }
            if (!boundary) continue;
            if (i > itemStart) {
                Item item = item(new TokenSpan(list.sentence(), itemStart, i));
                if (item != null) items.add(item);
            }
            itemStart = i + 1;
        }
        return items;
    }

    private static Item item(TokenSpan span) {
        int as = -1;
        for (int i = span.start(); i < span.end(); i++) {
            if (span.sentence().get(i).word().equalsIgnoreCase("as")) as = i;
        }
        if (as > span.start() && as < span.end() - 1) {
            TokenSpan actor = lastNameRun(new TokenSpan(span.sentence(), span.start(), as));
            TokenSpan character = lastNameRun(new TokenSpan(span.sentence(), as + 1, span.end()));
            return actor == null ? null : new Item(actor, character);
        }
        // "A (Hattie)": a credit item with its character in brackets
        Sentence s = span.sentence();
        if (span.size() >= 4 && s.get(span.end() - 1).word().equals(")")) {
            int open = span.end() - 2;
            while (open > span.start() && !s.get(open).word().equals("(")) open--;
            if (open > span.start()) {
                TokenSpan actor = lastNameRun(new TokenSpan(s, span.start(), open));
                TokenSpan character = lastNameRun(new TokenSpan(s, open + 1, span.end() - 1));
                // ("A (Harbour Watch)": a bracket of several words NER calls no person names another work, not a role)
                if (character != null && character.size() > 1 && character.tokens().stream().noneMatch(Token::isPerson)) character = null;
                return actor == null ? null : new Item(actor, character);
            }
        }
        TokenSpan actor = lastNameRun(span);
        return actor == null ? null : new Item(actor, null);
    }

    /** The last run of capitalised name tokens in a span ("a terrific Jane Roe" gives "Jane Roe"). */
    public static TokenSpan lastNameRun(TokenSpan span) {
        int end = -1;
        for (int i = span.end() - 1; i >= span.start(); i--) {
            if (isNameToken(span.sentence().get(i))) {
                end = i + 1;
                break;
            }
        }
        if (end < 0) return null;
        int start = end - 1;
        while (start - 1 >= span.start()) {
            Token prev = span.sentence().get(start - 1);
            if (isNameToken(prev)) start--;
            else if (PARTICLES.contains(prev.word().toLowerCase(Locale.ROOT)) && start - 2 >= span.start()
                    && isNameToken(span.sentence().get(start - 2))) start -= 2;
            // ('Kelvin "Prophet" Adewale': a quoted nickname inside the name keeps it whole, as in properNameRun)
            else {
                int nick = nicknameBefore(span.sentence(), start);
                if (nick < span.start()) break;
                start = nick;
            }
        }
        return new TokenSpan(span.sentence(), start, end);
    }

    public static boolean isNameToken(Token t) {
        if (!t.isCapitalised() || t.tag().matches("-LRB-|-RRB-|POS")) return false;
        // the tagger mistakes some surnames for adverbs or verbs ("Hardy/RB"); NER's person wins
        return t.isPerson() || !t.tag().matches("PRP\\$?|DT|IN|CC|WP\\$?|WDT|WRB|MD|EX|TO|VB[DPZ]?|UH|RB.*");
    }

    /**
     * Whether a run names a person: NER says so, or (where NER misses a surname) it has the shape of a
     * personal name, two to four capitalised proper-noun tokens.
     */
    public static boolean looksLikePerson(TokenSpan span) {
        List<Token> ts = withoutNickname(span);
        if (ts.stream().anyMatch(Token::isPerson)) return ts.stream().allMatch(t -> isNameToken(t) || PARTICLES.contains(t.word().toLowerCase(Locale.ROOT)));
        if (ts.size() < 2 || ts.size() > 4) return false;
        return ts.stream().allMatch(t -> isNameToken(t) && t.tag().startsWith("NNP") && !"LOCATION".equals(t.ner()) && !"ORGANIZATION".equals(t.ner())
                && !"DATE".equals(t.ner()));
    }

    /** Two to four capitalised proper-noun tokens, not a place: the shape of a personal name, whatever NER said. */
    public static boolean nameShaped(TokenSpan span) {
        return nameShaped(span, false);
    }

    /** As {@link #nameShaped(TokenSpan)}; with {@code placesToo} a run NER tagged a place counts as well. */
    public static boolean nameShaped(TokenSpan span, boolean placesToo) {
        List<Token> ts = withoutNickname(span);
        return ts.size() >= 2 && ts.size() <= 4
                && ts.stream().allMatch(t -> isNameToken(t) && t.tag().startsWith("NNP") && (placesToo || !"LOCATION".equals(t.ner())));
    }

    /** A capitalised proper noun that can be part of a name. */
    public static boolean isProperNameToken(Token t) {
        // (the tagger calls some first names common nouns, "Ola/NN Brekke"; NER's person wins)
        return isNameToken(t) && (t.tag().startsWith("NNP") || t.isPerson() && t.tag().startsWith("NN"));
    }

    /**
     * The run of proper-name tokens around token {@code i} ("Ben Holt" from "Holt"), a nickname in quotes inside it
     * included ("Kev "The Bishop" Doran"), or null when {@code i} is none.
     */
    public static TokenSpan properNameRun(Sentence s, int i) {
        if (!isProperNameToken(s.get(i))) return null;
        int a = i;
        int b = i + 1;
        while (true) {
            if (a - 1 >= 0 && isProperNameToken(s.get(a - 1))) a--;
            else if (nicknameBefore(s, a) >= 0) a = nicknameBefore(s, a);
            else break;
        }
        while (true) {
            if (b < s.size() && isProperNameToken(s.get(b))) b++;
            else if (nicknameAfter(s, b) >= 0) b = nicknameAfter(s, b);
            else break;
        }
        return new TokenSpan(s, a, b);
    }

    /** " and Yuki Roe" (then no further capitalised word): what follows a first name that shares the next name's surname. */
    private static final Pattern SHARED_SURNAME = Pattern.compile("\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}\\p{M}'’\\-]+\\s+(\\p{Lu}[\\p{L}\\p{M}'’\\-]+)(?![\\p{L}\\p{M}'’\\-]|\\s+\\p{Lu})");

    /**
     * "Ken and Yuki Roe", "written by Joel and Ethan Roe": the surname a first name ending at {@code end} in {@code text}
     * shares with the full name coordinated after it, or null.
     */
    public static String sharedSurname(String text, int end) {
        Matcher m = SHARED_SURNAME.matcher(text);
        m.region(end, text.length());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** "Marcus "Mic Mark" Hollis": one to three capitalised words in quotes between two name words. */
    private static final String QUOTE = "[“”\"‘’']+";

    /**
     * When token {@code q} opens a quoted nickname that a name word closes ("Kev |"The Bishop" Doran"), with a name
     * word before it, the index of that closing name word plus one; else -1.
     */
    public static int nicknameAfter(Sentence s, int q) {
        if (q < 1 || q >= s.size() || !s.get(q).word().matches(QUOTE) || !isProperNameToken(s.get(q - 1))) return -1;
        for (int e = q + 2; e <= Math.min(q + 4, s.size() - 2); e++) {
            if (!s.get(e).word().matches(QUOTE)) continue;
            for (int k = q + 1; k < e; k++) if (!s.get(k).word().matches("\\p{Lu}[\\p{L}'’.\\-]*")) return -1;
            return isProperNameToken(s.get(e + 1)) ? e + 2 : -1;
        }
        return -1;
    }

    /** The mirror of {@link #nicknameAfter}: where name word {@code n}, after a quoted nickname, joins the name before it; else -1. */
    public static int nicknameBefore(Sentence s, int n) {
        if (n < 2 || !s.get(n - 1).word().matches(QUOTE)) return -1;
        for (int q = n - 3; q >= Math.max(1, n - 5); q--)
            if (s.get(q).word().matches(QUOTE)) return nicknameAfter(s, q) == n + 1 ? q - 1 : -1;
        return -1;
    }

    /** The tokens of a name without a quoted nickname inside it ("Kev", "Doran" of "Kev "The Bishop" Doran"). */
    static List<Token> withoutNickname(TokenSpan span) {
        List<Token> out = new java.util.ArrayList<>();
        Sentence s = span.sentence();
        for (int i = span.start(); i < span.end(); i++) {
            int after = nicknameAfter(s, i);
            if (after > 0 && after <= span.end()) i = after - 2;
            else out.add(s.get(i));
        }
        return out;
    }

    /** A name without the nickname in quotes inside it: "Kev "The Bishop" Doran" gives "Kev Doran". */
    public static String withoutNickname(String name) {
        return name.replaceAll("\\s+[“\"‘'][\\p{L}'’.\\- ]{1,40}?[”\"’']\\s+", " ").strip();
    }

    /** Two folded names for one character: equal, or one is a word of the other ("ruth" and "ruth vale"). */
    static boolean sameCharacter(String a, String b) {
        if (a.equals(b)) return true;
        return List.of(a.split(" ")).contains(b) || List.of(b.split(" ")).contains(a);
    }

    /**
     * The last word of every run of two or more PERSON tokens in the review: the surnames it gives in full. A name
     * written family name first, as Korean names are ("Han Seo-yeon": a given name hyphened to a lower-case syllable),
     * gives its first word.
     */
    public static Set<String> surnames(org.filmkg.nlp.Doc doc) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : doc.sentences())
            for (int i = 1; i < s.size(); i++)
                if (s.get(i).isPerson() && s.get(i - 1).isPerson() && (i + 1 == s.size() || !s.get(i + 1).isPerson())) {
                    out.add(s.get(i).word());
                    if (s.get(i).word().matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+") && (i < 2 || !s.get(i - 2).isPerson())) out.add(s.get(i - 1).word());
                }
        return out;
    }

    /** Case-, accent- and space-insensitive form of a name, for comparisons. */
    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").trim();
        if (n.startsWith("the ")) n = n.substring(4);
        return n;
    }
}
