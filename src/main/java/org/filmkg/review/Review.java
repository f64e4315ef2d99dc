package org.filmkg.review;

import java.util.Objects;

/**
 * One review as read from disk: its file name (the {@code source} of every statement) and its text.
 * The text is kept exactly as decoded; every offset in the graph points into it.
 */
public record Review(String source, String text) {
    public Review {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (source.isBlank()) throw new IllegalArgumentException("Review source must not be blank");
    }
}
