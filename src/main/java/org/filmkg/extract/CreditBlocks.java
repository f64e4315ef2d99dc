package org.filmkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenSpan;

/**
 * Credit blocks: lines that each pair two names with a dash, a colon or dots ("Ruth Vale – Jane Roe"), after a cast
 * label line ("Cast:", "Cast of Characters:"), or two or more in a row where every name looks like a person's.
 * Which column holds the actors is read from the block as a whole, because sites write it both ways:
 * <ul>
 *   <li>a column whose names open with a title ("Detective Kroll", "Aunt May") or are one word is the characters;
 *   <li>elsewhere reviewers call actors by surname and characters by first name, so a column whose surnames recur
 *       alone in the prose is the actors, and one whose first names recur alone is the characters;
 *   <li>failing those, a label that says "characters" puts the characters first; otherwise the actors come first.
 * </ul>
 * The word classes (separators, titles, labels) are in {@code performance-words.tsv}.
 */
public final class CreditBlocks {
    private CreditBlocks() {}

    /** One line of a block, read: the actor's name and the character's. */
    public record Pair(TokenSpan actor, TokenSpan character) {}

    private record Line(Sentence sentence, TokenSpan left, TokenSpan right) {}

    /** The pairs of every credit block in the review, in text order. */
    public static List<Pair> read(Doc doc) {
        Map<String, Set<String>> words = Lexicon.WORD_CLASSES;
        List<Pair> out = new ArrayList<>();
        List<Sentence> ss = doc.sentences();
        String text = doc.text();
        int i = 0;
        while (i < ss.size()) {
            Line first = line(text, ss.get(i), words);
            if (first == null) {
                i++;
                continue;
            }
            List<Line> block = new ArrayList<>(List.of(first));
            int j = i + 1;
            while (j < ss.size()) {
                Line next = line(text, ss.get(j), words);
                if (next == null || !adjacent(text, ss.get(j - 1), ss.get(j))) break;
                block.add(next);
                j++;
            }
            Sentence label = i > 0 && adjacent(text, ss.get(i - 1), ss.get(i)) && isLabel(ss.get(i - 1), words) ? ss.get(i - 1) : null;
            // without a label, two lines could be a header ("Title – Publication", "Critic – Date"): every name must look
            // like a person's
            boolean people = block.stream().allMatch(l -> person(l.left) && person(l.right));
            if (label != null || block.size() >= 2 && people) {
                boolean leftIsActor = leftIsActor(doc, block, label, words);
                for (Line l : block) out.add(leftIsActor ? new Pair(l.left, l.right) : new Pair(l.right, l.left));
            }
            i = j;
        }
        return out;
    }

    /** The character offsets of every line that belongs to a credit block (a heading there is no title). */
    public static Set<Integer> lineStarts(Doc doc) {
        Set<Integer> out = new java.util.HashSet<>();
        for (Pair p : read(doc)) out.add(p.actor().sentence().begin());
        return out;
    }

    /** A sentence that is a whole line of the shape NAME SEPARATOR NAME, or null. */
    private static Line line(String text, Sentence s, Map<String, Set<String>> words) {
        if (s.size() < 3 || s.size() > 9 || !wholeLine(text, s)) return null;
        for (int k = 1; k < s.size() - 1; k++) {
            if (!words.get("credit-separator").contains(s.get(k).word())) continue;
            TokenSpan left = new TokenSpan(s, 0, k);
            TokenSpan right = new TokenSpan(s, k + 1, s.size());
            return name(left) && name(right) ? new Line(s, left, right) : null;
        }
        return null;
    }

    /** One to four name words, particles allowed inside ("Anna de Lima"). */
    private static boolean name(TokenSpan span) {
        if (span.size() > 4 || !Names.isNameToken(span.first()) || !Names.isNameToken(span.last())) return false;
        for (Token t : span.tokens())
            if (!Names.isNameToken(t) && !t.word().matches("de|van|von|der|den|da|del|della|di|du|le|la|bin|al|dos|das|ter|ten")) return false;
        return true;
    }

    private static boolean person(TokenSpan span) {
        return span.size() == 1 ? span.first().isPerson() : Names.looksLikePerson(span);
    }

    private static boolean wholeLine(String text, Sentence s) {
        int lineStart = text.lastIndexOf('\n', s.begin() - 1) + 1;
        int lineEnd = text.indexOf('\n', s.end());
        return text.substring(lineStart, s.begin()).isBlank() && text.substring(s.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank();
    }

    /** The second sentence starts on the line right after the first one's. */
    private static boolean adjacent(String text, Sentence a, Sentence b) {
        String between = text.substring(a.end(), b.begin());
        return between.chars().filter(c -> c == '\n').count() == 1 && between.isBlank();
    }

    /** A short line ending in a colon with a cast word: "Cast:", "The cast of characters:". */
    private static boolean isLabel(Sentence s, Map<String, Set<String>> words) {
        if (s.size() < 2 || s.size() > 6 || !s.get(s.size() - 1).word().equals(":")) return false;
        for (Token t : s.tokens()) if (words.get("credit-label").contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static boolean leftIsActor(Doc doc, List<Line> block, Sentence label, Map<String, Set<String>> words) {
        int vote = 0;
        for (Line l : block) {
            vote += characterShape(l.right, l.left, words) - characterShape(l.left, l.right, words);
            vote += proseUse(doc, block, l.left) - proseUse(doc, block, l.right);
        }
        if (vote != 0) return vote > 0;
        boolean charactersFirst = label != null && label.tokens().stream().anyMatch(t -> t.word().toLowerCase(Locale.ROOT).startsWith("character"));
        return !charactersFirst;
    }

    /** 1 when a side looks like a character beside the other: a title first, or one word against a full name. */
    private static int characterShape(TokenSpan side, TokenSpan other, Map<String, Set<String>> words) {
        if (words.get("character-title").contains(side.first().word().toLowerCase(Locale.ROOT)) && side.size() >= 2) return 1;
        return side.size() == 1 && other.size() >= 2 ? 1 : 0;
    }

    /**
     * How the prose outside the block uses a side's name: +1 for each lone use of its last word (how actors are
     * called), -1 for each lone use of its first word (how characters are called).
     */
    private static int proseUse(Doc doc, List<Line> block, TokenSpan side) {
        if (side.size() < 2) return 0;
        String first = side.first().word();
        String last = side.last().word();
        int n = 0;
        for (Sentence s : doc.sentences()) {
            if (block.stream().anyMatch(l -> l.sentence == s)) continue;
            for (int k = 0; k < s.size(); k++) {
                String w = s.get(k).word();
                if (w.equals(last) && (k == 0 || !s.get(k - 1).word().equals(first))) n++;
                if (w.equals(first) && (k + 1 == s.size() || !s.get(k + 1).word().equals(last))) n--;
            }
        }
        return Integer.signum(n);
    }
}
