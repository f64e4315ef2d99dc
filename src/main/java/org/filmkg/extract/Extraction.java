package org.filmkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.NlpPipeline;
import org.filmkg.review.Review;

/** Runs the extractors over one review, in order: each sees the facts of those before it. */
public final class Extraction {
    /** Bump when an extractor or a rule file changes what it finds (keys the build cache). */
    public static final String VERSION = "8";

    private final List<Extractor> extractors;

    public Extraction() {
        this(List.of(new FilmExtractor(), new ReviewInfoExtractor(), new CrewExtractor(), new CastEvidenceExtractor(), new RoleDescriptionExtractor(), new BandExtractor(), new ClaimExtractor()));
    }

    public Extraction(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
        java.util.Set<Class<? extends Fact>> made = new java.util.HashSet<>();
        for (Extractor e : this.extractors) {
            java.util.SortedSet<String> missing = new java.util.TreeSet<>();
            for (Class<? extends Fact> need : e.needs()) if (!made.contains(need)) missing.add(need.getSimpleName());
            if (!missing.isEmpty())
                throw new IllegalStateException("extractor '" + e.name() + "' needs " + String.join(", ", missing)
                        + " facts, but no extractor before it makes them; order: " + this.extractors.stream().map(Extractor::name).toList());
            made.addAll(e.provides());
        }
    }

    /** The facts of one review. */
    public record Result(Review review, List<Fact> facts) {
        public Result {
            facts = List.copyOf(facts);
        }
    }

    public Result run(Review review) {
        return run(NlpPipeline.shared().annotate(review));
    }

    public Result run(Doc doc) {
        ReviewContext ctx = new ReviewContext();
        List<Fact> all = new ArrayList<>();
        for (Extractor e : extractors) {
            List<Fact> found = e.extract(doc, ctx);
            ctx.addAll(found);
            all.addAll(found);
        }
        return new Result(doc.review(), withoutRepeatedDescriptions(withoutCharactersAsCrew(all)));
    }

    /**
     * One description of one actor, said once: "Reyes plays Frank, a paramedic" read by two cues, or by the full name
     * and the surname, is one statement, kept with the fuller name and with its character.
     */
    static List<Fact> withoutRepeatedDescriptions(List<Fact> facts) {
        List<Fact.Cast> described = new ArrayList<>();
        for (Fact f : facts) if (f instanceof Fact.Cast c && c.description() != null) described.add(c);
        java.util.Set<Fact.Cast> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < described.size(); i++)
            for (int j = 0; j < described.size(); j++) {
                Fact.Cast a = described.get(i), b = described.get(j);
                if (i == j || dropped.contains(b)) continue;
                boolean sameWords = Names.fold(a.description().text()).equals(Names.fold(b.description().text()));
                // ("a night-shift paramedic" inside "a night-shift paramedic in Oakland": the longer reading stays)
                boolean inside = a.description().begin() >= b.description().begin() && a.description().end() <= b.description().end() && !sameWords;
                if (!sameWords && !inside) continue;
                // (a statement that names the character is never dropped for one that does not, or names another)
                if (a.character() != null && (b.character() == null || !Names.fold(a.character().text()).equals(Names.fold(b.character().text())))) continue;
                String an = Names.fold(a.actor().text()), bn = Names.fold(b.actor().text());
                // (the surname or the first name of the full name: "Reyes", "Poppy")
                boolean fuller = bn.endsWith(" " + an) || bn.startsWith(an + " ");
                boolean same = bn.equals(an);
                boolean withCharacter = a.character() == null && b.character() != null;
                boolean tie = (a.character() == null) == (b.character() == null) && j < i;
                if (fuller || same && (inside || withCharacter || tie)) dropped.add(a);
            }
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) if (!(f instanceof Fact.Cast c && dropped.contains(c))) out.add(f);
        return out;
    }

    /**
     * A name some cast statement makes a character ("music producer Y (played by X)") is not the film's crew, unless
     * it wrote the source: a memoir's author is often its own story's hero ("based on the memoir by X").
     */
    static List<Fact> withoutCharactersAsCrew(List<Fact> facts) {
        java.util.Set<String> characters = new java.util.HashSet<>();
        // (a person playing themselves is no character: a documentary's director may appear as herself)
        for (Fact f : facts)
            if (f instanceof Fact.Cast c && c.character() != null && !Names.fold(c.character().text()).equals(Names.fold(c.actor().text())))
                characters.add(Names.fold(c.character().text()));
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f instanceof Fact.Crew c) {
                String p = Names.fold(c.person().text());
                boolean source = c.job() == Job.OTHER && c.evidence().rule().startsWith("crew.source");
                if (!source && characters.stream().anyMatch(ch -> ch.equals(p) || ch.startsWith(p + " ") || ch.endsWith(" " + p))) continue;
            }
            out.add(f);
        }
        return out;
    }
}
