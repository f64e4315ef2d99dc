package org.filmkg.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.filmkg.extract.Names;

/**
 * The fair match of the shared gold format: case, accents and a leading "the" are ignored; a shorter name matches a
 * longer one that contains all its words ("Ruth" / "Ruth Vale"); role descriptions match when they share a
 * content word ("her manager" / "manager").
 */
public final class Fair {
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "her", "his", "their", "its", "our",
            "my", "your", "of", "and", "or", "to", "in", "on", "at", "as", "by", "for", "from", "with", "who", "whose",
            "that", "this", "is", "was", "s", "one");

    private Fair() {}

    public static String norm(String s) {
        return Names.fold(s == null ? "" : s);
    }

    public static boolean sameName(String gold, String predicted) {
        String g = norm(gold);
        String p = norm(predicted);
        return !g.isEmpty() && g.equals(p);
    }

    /** Equal, or every word of the shorter is a word of the longer. */
    public static boolean nameContains(String gold, String predicted) {
        List<String> g = words(gold);
        List<String> p = words(predicted);
        if (g.isEmpty() || p.isEmpty()) return false;
        return g.size() <= p.size() ? p.containsAll(g) : g.containsAll(p);
    }

    /** Shared content word, a plural "s" aside ("her fellow bandmates" / "bandmate"). */
    public static boolean shareContentWord(String gold, String predicted) {
        List<String> p = contentWords(predicted);
        return contentWords(gold).stream().anyMatch(p::contains);
    }

    static List<String> contentWords(String s) {
        return words(s.replace('-', ' ')).stream().filter(w -> !FUNCTION_WORDS.contains(w))
                .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w).toList();
    }

    static List<String> words(String s) {
        String n = norm(s);
        return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
    }

    /** A rating as written, without brackets and spaces: "[B-]" and "B -" both give "b-". */
    public static String rating(String s) {
        return s == null ? "" : s.replaceAll("[\\[\\]()\\s]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
