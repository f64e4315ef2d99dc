package org.filmkg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The result of resolving all reviews' mentions: canonical entities, lookups by (source, spelling) and the merge log. */
public final class Resolution {
    private final List<Entity> entities;
    private final Map<String, Entity> films;
    private final Map<String, Entity> byMention;
    private final List<Merge> merges;

    Resolution(List<Entity> entities, Map<String, Entity> films, Map<String, Entity> byMention, List<Merge> merges) {
        this.entities = List.copyOf(entities);
        this.films = Map.copyOf(films);
        this.byMention = Map.copyOf(byMention);
        this.merges = List.copyOf(merges);
    }

    static String key(Entity.Kind kind, String source, String asWritten) {
        return kind + "\u0000" + source + "\u0000" + asWritten;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<Merge> merges() {
        return merges;
    }

    public Optional<Entity> film(String source) {
        return Optional.ofNullable(films.get(source));
    }

    public Entity person(String source, String asWritten) {
        return lookup(Entity.Kind.PERSON, source, asWritten);
    }

    public Entity character(String source, String asWritten) {
        return lookup(Entity.Kind.CHARACTER, source, asWritten);
    }

    public Entity band(String source, String asWritten) {
        return lookup(Entity.Kind.BAND, source, asWritten);
    }

    /**
     * The person a name stands for in a review, also when the name itself was never resolved: a surname or first
     * name of exactly one person that review names ("Moss" in a sentence no cast rule read).
     */
    public Optional<Entity> findPerson(String source, String name) {
        Entity exact = byMention.get(key(Entity.Kind.PERSON, source, name));
        if (exact != null) return Optional.of(exact);
        String n = org.filmkg.extract.Names.fold(name);
        String prefix = key(Entity.Kind.PERSON, source, "");
        java.util.Set<Entity> hits = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, Entity> e : byMention.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            List<String> parts = List.of(org.filmkg.extract.Names.fold(e.getValue().label()).split(" "));
            if (parts.contains(n)) hits.add(e.getValue());
        }
        return hits.size() == 1 ? Optional.of(hits.iterator().next()) : Optional.empty();
    }

    /** True when the spelling names a character in that review (band members can be characters or people). */
    public boolean isCharacter(String source, String asWritten) {
        return byMention.containsKey(key(Entity.Kind.CHARACTER, source, asWritten));
    }

    private Entity lookup(Entity.Kind kind, String source, String asWritten) {
        Entity e = byMention.get(key(kind, source, asWritten));
        if (e == null) throw new IllegalArgumentException("No " + kind.name().toLowerCase() + " '" + asWritten + "' was resolved for " + source);
        return e;
    }
}
