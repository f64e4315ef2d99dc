package org.filmkg.extract;

/**
 * Where a statement comes from: Java char offsets {@code [begin, end)} into the review text, the rule's name and,
 * for statements a scorer decided, why ({@code "cues name-as+praised-predicate; score 4"}), else null.
 */
public record Evidence(int begin, int end, String rule, String why) implements java.io.Serializable {
    public Evidence {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("Bad evidence span [" + begin + "," + end + ")");
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("Evidence needs the name of its rule");
    }

    public Evidence(int begin, int end, String rule) {
        this(begin, end, rule, null);
    }
}
