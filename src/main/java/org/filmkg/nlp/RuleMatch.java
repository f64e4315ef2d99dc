package org.filmkg.nlp;

import java.util.Map;
import java.util.Optional;

/** One match of a named rule: the whole span, its named groups (without the leading {@code $}) and the rule's attributes. */
public record RuleMatch(String rule, TokenSpan span, Map<String, TokenSpan> groups, Map<String, String> attributes) {
    public RuleMatch {
        groups = Map.copyOf(groups);
        attributes = Map.copyOf(attributes);
    }

    /** An attribute of the rule ("shape", "priority"), or null. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    public Optional<TokenSpan> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    public Sentence sentence() {
        return span.sentence();
    }
}
