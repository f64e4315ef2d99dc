package org.filmkg.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a web page adds after the review it holds: "Most viewed", "You might also like", "Comments (3)", "About the
 * author" and the lists under them name other films and other people. {@link #masked} blanks that tail (spaces, the
 * same length, newlines kept), so extraction reads only the review and every offset still points into the page.
 */
public final class PageChrome {
    private PageChrome() {}

    /** A line on its own that opens the page's tail. */
    private static final Pattern TAIL = Pattern.compile("(?im)^[ \\t]*(?:most (?:viewed|read|popular|shared)|related(?: (?:articles|stories|reviews|content|posts|links|coverage))?"
            + "|you (?:might|may) also (?:like|enjoy)|more (?:reviews|stories|like this|on this story)|recommended(?: for you| reading)?"
            + "|explore more(?: on these topics)?|comments?(?:[ \\t]*\\(\\d+\\))?|leave a (?:comment|reply)|about the author\\b[^\\n]*"
            + "|trending(?: now)?|popular now|topics|tags)[ \\t]*:?[ \\t]*$");

    /** Words a line of prose has at least: the tail only counts once the review's own prose has begun. */
    private static final int PROSE_WORDS = 12;

    /** The text with the page's tail blanked, or the text itself when it has none. */
    public static String masked(String text) {
        Matcher m = TAIL.matcher(text);
        while (m.find()) {
            if (!proseBefore(text, m.start())) continue;
            StringBuilder b = new StringBuilder(text.length());
            b.append(text, 0, m.start());
            for (int i = m.start(); i < text.length(); i++) b.append(text.charAt(i) == '\n' ? '\n' : ' ');
            return b.toString();
        }
        return text;
    }

    private static boolean proseBefore(String text, int end) {
        for (String line : text.substring(0, end).split("\n"))
            if (line.strip().split("\\s+").length >= PROSE_WORDS) return true;
        return false;
    }
}
