package org.filmkg.extract;

import java.util.Locale;

/** Crew jobs of the query contract; anything else a review names is OTHER. */
public enum Job {
    DIRECTOR, WRITER, PRODUCER, CINEMATOGRAPHER, COMPOSER, EDITOR, SONGWRITER, MUSICIAN, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Job parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown job '" + s + "'; expected one of director, writer, producer, "
                    + "cinematographer, composer, editor, songwriter, musician, other");
        }
    }
}
