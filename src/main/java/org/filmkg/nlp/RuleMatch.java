package org.filmkg.nlp;

import java.util.Map;
import java.util.Optional;

/** One match of a named rule: the whole span and its named groups (without the leading {@code $}). */
public record RuleMatch(String rule, TokenSpan span, Map<String, TokenSpan> groups) {
    public RuleMatch {
        groups = Map.copyOf(groups);
    }

    public Optional<TokenSpan> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    public Sentence sentence() {
        return span.sentence();
    }
}
