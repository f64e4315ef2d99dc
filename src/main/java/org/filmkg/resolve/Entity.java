package org.filmkg.resolve;

import java.util.Map;
import java.util.Set;

/**
 * A canonical entity across reviews: its IRI slug, its label (the most used full spelling) and every
 * spelling with the reviews (sources) that used it.
 */
public record Entity(Kind kind, String slug, String label, Map<String, Set<String>> variants) {
    public enum Kind { FILM, PERSON, CHARACTER, BAND }

    public Entity {
        variants = Map.copyOf(variants);
    }
}
