package org.filmkg.resolve;

import java.util.List;

/** A recorded decision that several spellings name one entity, with the reason and a similarity score. */
public record Merge(Entity.Kind kind, String into, List<String> members, String reason, double score) {
    public Merge {
        members = List.copyOf(members);
    }
}
