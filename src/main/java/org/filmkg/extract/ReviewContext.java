package org.filmkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the extractors have found so far in one review; later extractors consult earlier facts. */
public final class ReviewContext {
    private final List<Fact> facts = new ArrayList<>();

    public void addAll(List<Fact> found) {
        facts.addAll(found);
    }

    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    public Optional<Fact.Film> film() {
        return facts.stream().filter(f -> f instanceof Fact.Film).map(f -> (Fact.Film) f).findFirst();
    }

    /** True when {@code name} is a crew member already found (such a name is never a character or an actor). */
    public boolean isCrew(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return facts.stream().anyMatch(f -> f instanceof Fact.Crew c && c.job() != Job.OTHER
                && sameOrPart(c.person().text().toLowerCase(Locale.ROOT), n));
    }

    /** True when {@code name} is the review's critic, or part of the critic's name. */
    public boolean isReviewer(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return facts.stream().anyMatch(f -> f instanceof Fact.ReviewInfo r && r.kind() == Fact.Kind.REVIEWER
                && sameOrPart(r.value().toLowerCase(Locale.ROOT), n));
    }

    /** True when {@code text} is the film's title as found. */
    public boolean isFilmTitle(String text) {
        return film().map(f -> Names.fold(f.title().text()).equals(Names.fold(text))).orElse(false);
    }

    private static boolean sameOrPart(String full, String n) {
        return full.equals(n) || List.of(full.split("\\s+")).contains(n);
    }
}
