package org.filmkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence across reviews. A review often names an actor without saying what they do ("Tom Hale and Ruth Ames both
 * shine"): when another review of the same film casts that person by their full name, the name in this review is
 * the same person in the same film, and is cast here too (rule {@code cast.corpus}). Only full names are matched, as
 * written, so a shared surname is never taken for the person; a name this review gives a crew job or makes a
 * character stays as it is.
 */
public final class CorpusCues {
    private CorpusCues() {}

    /** The results with the cast statements other reviews of the same film support; each review's own facts stay. */
    public static List<Extraction.Result> apply(List<Extraction.Result> results) {
        Map<String, List<Extraction.Result>> byFilm = new LinkedHashMap<>();
        for (Extraction.Result r : results) film(r).ifPresent(f -> byFilm.computeIfAbsent(f, k -> new ArrayList<>()).add(r));
        Map<Extraction.Result, List<Fact>> added = new LinkedHashMap<>();
        for (List<Extraction.Result> reviews : byFilm.values()) {
            if (reviews.size() < 2) continue;
            // full names some review casts, and every name some review makes a character
            Map<String, String> actors = new LinkedHashMap<>();
            Set<String> characters = new HashSet<>();
            for (Extraction.Result r : reviews)
                for (Fact f : r.facts())
                    if (f instanceof Fact.Cast c) {
                        if (c.actor().text().trim().contains(" ")) actors.putIfAbsent(Names.fold(c.actor().text()), c.actor().text());
                        if (c.character() != null) characters.add(Names.fold(c.character().text()));
                    }
            actors.keySet().removeAll(characters);
            // (each name as written, as whole words)
            Map<String, Pattern> written = new LinkedHashMap<>();
            actors.forEach((folded, name) -> written.put(folded, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")));
            for (Extraction.Result r : reviews) {
                Set<String> own = new HashSet<>();
                for (Fact f : r.facts()) {
                    if (f instanceof Fact.Cast c) own.add(Names.fold(c.actor().text()));
                    if (f instanceof Fact.Crew c) own.add(Names.fold(c.person().text()));
                    if (f instanceof Fact.Cast c && c.character() != null) own.add(Names.fold(c.character().text()));
                }
                // (not in the page's tail after the review: "Most viewed", comments; blanked once per review)
                String readable = null;
                for (Map.Entry<String, Pattern> a : written.entrySet()) {
                    if (own.contains(a.getKey()) || ownsSurname(own, a.getKey())) continue;
                    if (readable == null) readable = org.filmkg.review.PageChrome.masked(r.review().text());
                    Matcher m = a.getValue().matcher(readable);
                    if (!m.find()) continue;
                    added.computeIfAbsent(r, k -> new ArrayList<>()).add(new Fact.Cast(new Mention(m.group(), m.start(), m.end()), null, null,
                            new Evidence(m.start(), m.end(), "cast.corpus", "cast by another review of this film")));
                }
            }
        }
        if (added.isEmpty()) return results;
        List<Extraction.Result> out = new ArrayList<>();
        for (Extraction.Result r : results) {
            List<Fact> more = added.get(r);
            if (more == null) {
                out.add(r);
                continue;
            }
            List<Fact> facts = new ArrayList<>(r.facts());
            facts.addAll(more);
            out.add(new Extraction.Result(r.review(), facts));
        }
        return out;
    }

    /** This review already has the person under a shorter form of the name: "Hale" for "Tom Hale". */
    private static boolean ownsSurname(Set<String> own, String full) {
        String[] parts = full.split(" ");
        return own.contains(parts[parts.length - 1]);
    }

    private static java.util.Optional<String> film(Extraction.Result r) {
        for (Fact f : r.facts()) if (f instanceof Fact.Film film) return java.util.Optional.of(Names.fold(film.title().text()));
        return java.util.Optional.empty();
    }
}
