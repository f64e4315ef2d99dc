package org.filmkg.resolve;

import java.util.List;

/**
 * A recorded decision that a spelling names an entity whose label is spelled otherwise: which entity, which
 * spelling, the reviews that used it, why, and the similarity behind it (0–1).
 */
public record Merge(Entity.Kind kind, String into, String label, String variant, List<String> sources, String reason, double score) {
    public Merge {
        sources = List.copyOf(sources);
    }
}
