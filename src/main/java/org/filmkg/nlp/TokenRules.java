package org.filmkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of named TokensRegex rules. Format, one entry per line (indented lines continue the previous one):
 * <pre>
 *   # comment
 *   $MACRO = tokensregex pattern        (usable in later patterns)
 *   rule.name: tokensregex pattern      (named groups (?$group ...) are reported by name)
 *   rule.name @w1|w2 [shape=list priority=3]: pattern
 *                                       (runs only on sentences with w1 or w2; the attributes say what the
 *                                        rule's match means to its extractor, which checks them at load)
 * </pre>
 * Word lists can be bound as macros before loading with {@link #load(String, Map)}.
 */
public final class TokenRules {
    private static final Pattern MACRO = Pattern.compile("^(\\$[A-Z_][A-Z0-9_]*)\\s*=\\s*(.+)$", Pattern.DOTALL);
    // "rule.name: pattern", or "rule.name @word|word: pattern" to run the rule only on sentences with one of the words
    private static final Pattern RULE = Pattern.compile("^([a-z][\\w.-]*)(?:\\s+@([^:\\s\\[]+))?(?:\\s*\\[([^\\]]*)\\])?\\s*:\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("\\(\\?\\$(\\w+)");

    /** A compiled rule; {@code trigger}, when set, is a word or lemma one of the sentence's tokens must have. */
    private record Rule(String name, TokenSequencePattern pattern, List<String> groups, Pattern trigger, Map<String, String> attributes) {
        boolean mayMatch(Sentence s) {
            if (trigger == null) return true;
            for (Token t : s.tokens()) if (trigger.matcher(t.word()).matches() || trigger.matcher(t.lemma()).matches()) return true;
            return false;
        }
    }

    private final String source;
    private final List<Rule> rules;

    private TokenRules(String source, List<Rule> rules) {
        this.source = source;
        this.rules = List.copyOf(rules);
    }

    /** Loads a rule file from the classpath; {@code macros} are bound first (e.g. word lists as regexes). */
    public static TokenRules load(String resource, Map<String, String> macros) {
        return loadAll(List.of(resource), macros);
    }

    /** Loads several rule files into one environment: macros of earlier files are visible in later ones. */
    public static TokenRules loadAll(List<String> resources, Map<String, String> macros) {
        Env env = TokenSequencePattern.getNewEnv();
        List<Rule> rules = new ArrayList<>();
        for (Map.Entry<String, String> m : macros.entrySet()) {
            env.bind(m.getKey(), TokenSequencePattern.compile(env, m.getValue()));
        }
        for (String resource : resources) compile(resource, env, rules);
        return new TokenRules(String.join("+", resources), rules);
    }

    /** A pattern that opens with a list of names: "(?$members $NAMES) …", "$MEMBERNAMES …". */
    private static final Pattern LIST_FIRST = Pattern.compile("\\s*(?:\\(\\?\\$\\w+\\s+)?\\$(?:NAMES|NAMELIST|MEMBERNAMES|ROLEDMEMBERS)\\b");

    private static void compile(String resource, Env env, List<Rule> rules) {
        for (String[] e : entries(resource)) {
            String line = e[1];
            try {
                Matcher mm = MACRO.matcher(line);
                Matcher rm = RULE.matcher(line);
                if (mm.matches()) {
                    env.bind(mm.group(1), TokenSequencePattern.compile(env, mm.group(2).trim()));
                } else if (rm.matches()) {
                    TokenSequencePattern p = TokenSequencePattern.compile(env, rm.group(4).trim());
                    List<String> groups = new ArrayList<>();
                    Matcher g = GROUP.matcher(rm.group(4));
                    while (g.find()) groups.add(g.group(1));
                    Pattern trigger = rm.group(2) == null ? null : Pattern.compile(rm.group(2), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    // a list of names tried at every word of every sentence cost ten times the whole extraction once
                    if (trigger == null && LIST_FIRST.matcher(rm.group(4)).lookingAt())
                        throw new IllegalArgumentException("a rule that starts with a list of names needs trigger words (rule @word|word …: …)");
                    rules.add(new Rule(rm.group(1), p, groups, trigger, attributes(rm.group(3))));
                } else {
                    throw new IllegalArgumentException("neither '$MACRO = pattern' nor 'rule.name: pattern'");
                }
            } catch (RuntimeException ex) {
                throw new IllegalStateException(resource + ":" + e[0] + ": bad rule: " + oneLine(ex.getMessage()), ex);
            }
        }
    }

    /** "shape=list priority=3" as a map; each attribute is name=value. */
    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return Map.of();
        for (String kv : text.trim().split("\\s+")) {
            int eq = kv.indexOf('=');
            if (eq <= 0 || eq == kv.length() - 1) throw new IllegalArgumentException("attribute '" + kv + "' is not name=value");
            out.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return Map.copyOf(out);
    }

    /** Every rule's name and attributes, in file order: extractors check at load that each rule says what it means. */
    public Map<String, Map<String, String>> attributes() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Rule r : rules) out.put(r.name, r.attributes);
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    /** Reads entries as {line number, text}, joining indented continuation lines. */
    private static List<String[]> entries(String resource) {
        InputStream in = TokenRules.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Rule file not found on the classpath: " + resource);
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
                if (Character.isWhitespace(line.charAt(0)) && !out.isEmpty()) {
                    String[] last = out.get(out.size() - 1);
                    last[1] = last[1] + " " + line.strip();
                } else {
                    out.add(new String[] {String.valueOf(n), line.strip()});
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read rule file " + resource, e);
        }
        return out;
    }

    public List<String> ruleNames() {
        return rules.stream().map(Rule::name).toList();
    }

    /** All matches of all rules over every sentence, rule by rule, in text order within a rule. */
    public List<RuleMatch> matchAll(Doc doc) {
        List<RuleMatch> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (Sentence s : doc.sentences()) out.addAll(match(rule, doc, s));
        }
        return out;
    }

    /** Matches of one named rule. */
    public List<RuleMatch> matchAll(Doc doc, String ruleName) {
        List<RuleMatch> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.name.equals(ruleName)) continue;
            for (Sentence s : doc.sentences()) out.addAll(match(rule, doc, s));
        }
        if (rules.stream().noneMatch(r -> r.name.equals(ruleName))) {
            throw new IllegalArgumentException("No rule '" + ruleName + "' in " + source);
        }
        return out;
    }

    /** The match of rule {@code ruleName} that starts exactly at token {@code start} of a sentence, if any. */
    public java.util.Optional<RuleMatch> matchAt(Doc doc, Sentence s, String ruleName, int start) {
        Rule rule = rules.stream().filter(r -> r.name.equals(ruleName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No rule '" + ruleName + "' in " + source));
        if (start >= s.size() || !rule.mayMatch(s)) return java.util.Optional.empty();
        List<CoreLabel> labels = doc.coreSentence(s.index()).get(CoreAnnotations.TokensAnnotation.class);
        TokenSequenceMatcher m = rule.pattern.getMatcher(labels);
        m.region(start, labels.size());
        if (!m.find() || m.start() != start) return java.util.Optional.empty();
        return java.util.Optional.of(toMatch(rule, s, m));
    }

    private static RuleMatch toMatch(Rule rule, Sentence s, TokenSequenceMatcher m) {
        Map<String, TokenSpan> groups = new LinkedHashMap<>();
        for (String g : rule.groups) {
            int st = m.start("$" + g);
            int en = m.end("$" + g);
            if (st >= 0 && en > st) groups.put(g, new TokenSpan(s, st, en));
        }
        return new RuleMatch(rule.name, new TokenSpan(s, m.start(), m.end()), groups, rule.attributes);
    }

    private static List<RuleMatch> match(Rule rule, Doc doc, Sentence s) {
        if (!rule.mayMatch(s)) return List.of();
        List<CoreLabel> labels = doc.coreSentence(s.index()).get(CoreAnnotations.TokensAnnotation.class);
        TokenSequenceMatcher m = rule.pattern.getMatcher(labels);
        List<RuleMatch> out = new ArrayList<>();
        while (m.find()) {
            if (m.end() <= m.start()) continue;
            out.add(toMatch(rule, s, m));
        }
        return out;
    }
}
