package org.filmkg.extract;

/** Where a statement comes from: Java char offsets {@code [begin, end)} into the review text and the rule's name. */
public record Evidence(int begin, int end, String rule) implements java.io.Serializable {
    public Evidence {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("Bad evidence span [" + begin + "," + end + ")");
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("Evidence needs the name of its rule");
    }
}
