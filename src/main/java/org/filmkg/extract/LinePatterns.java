package org.filmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named Java regexes from a resource file ({@code name<TAB>KIND<TAB>regex}), matched against each line of a review.
 * A regex that spans lines (it has {@code \n}) is matched against the whole text instead, and {@code {NUMBERWORD}}
 * stands for the number words of {@code number-words.tsv}, {@code {CERTIFICATE}} for the film certificates of
 * {@code certificates.txt}, {@code {GENRE}} for the genres of {@code genres.txt}. A line {@code macro<TAB>NAME<TAB>regex} names a piece that
 * the rules after it use as {@code {NAME}} (a byline's name, say, in every byline rule).
 */
public final class LinePatterns {
    private static final String NUMBER_WORDS = Lexicon.longestFirst(Lexicon.NUMBERS.keySet()).stream().map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|"));
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    public record Rule(String name, String kind, Pattern pattern, List<String> groups) {}

    /** A match: each named group that took part, as char offsets {begin, end} in the review text. */
    public record Hit(Rule rule, String text, Map<String, int[]> groups) {
        public String group(String name) {
            int[] g = groups.get(name);
            return g == null ? null : text.substring(g[0], g[1]);
        }

        public int start(String name) {
            return groups.get(name)[0];
        }

        public int end(String name) {
            return groups.get(name)[1];
        }
    }

    private final List<Rule> rules;

    private LinePatterns(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static LinePatterns load(String file) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> macros = new LinkedHashMap<>();
        macros.put("NUMBERWORD", "(?:" + NUMBER_WORDS + ")");
        macros.put("GENRE", "(?:" + Lexicon.longestFirst(Lexicon.GENRES).stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")");
        macros.put("CERTIFICATE", "(?:" + Lexicon.longestFirst(Lexicon.CERTIFICATES).stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")");
        for (String l : Lexicon.lines(file)) {
            String[] parts = l.split("\t", 3);
            if (parts.length != 3) throw new IllegalStateException(file + ": expected name<TAB>KIND<TAB>regex in: " + l);
            if (parts[0].equals("macro")) {
                macros.put(parts[1], "(?:" + expand(parts[2], macros) + ")");
                continue;
            }
            try {
                List<String> groups = new ArrayList<>();
                Matcher g = GROUP_NAME.matcher(parts[2]);
                while (g.find()) groups.add(g.group(1));
                String regex = expand(parts[2], macros);
                // ("\\p{L}" is a class, not a macro)
                if (regex.matches("(?s).*(?<![pP])\\{[A-Z]{2,}\\}.*")) throw new IllegalStateException("an unknown {MACRO} in " + regex);
                rules.add(new Rule(parts[0], parts[1], Pattern.compile(regex, Pattern.MULTILINE), List.copyOf(groups)));
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + ": bad regex for " + parts[0] + ": " + e.getMessage().replaceAll("\\s+", " "), e);
            }
        }
        return new LinePatterns(rules);
    }

    private static String expand(String regex, Map<String, String> macros) {
        for (Map.Entry<String, String> m : macros.entrySet()) regex = regex.replace("{" + m.getKey() + "}", m.getValue());
        return regex;
    }

    /** Every match of every rule, rule order first, then text order. */
    public List<Hit> find(String text) {
        List<int[]> lines = lines(text);
        List<Hit> hits = new ArrayList<>();
        List<int[]> whole = List.of(new int[] {0, text.length()});
        for (Rule r : rules) {
            for (int[] ln : r.pattern.pattern().contains("\\n") ? whole : lines) {
                Matcher m = r.pattern.matcher(text.substring(ln[0], ln[1]));
                while (m.find()) {
                    Map<String, int[]> groups = new LinkedHashMap<>();
                    for (String g : r.groups) {
                        if (m.start(g) >= 0) groups.put(g, new int[] {ln[0] + m.start(g), ln[0] + m.end(g)});
                    }
                    hits.add(new Hit(r, text, groups));
                }
            }
        }
        return hits;
    }

    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return out;
    }
}
