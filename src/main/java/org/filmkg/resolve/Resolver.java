package org.filmkg.resolve;

import org.filmkg.rdf.Iris;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.extract.Names;

/**
 * Resolves mentions to canonical entities. Within a review, a surname or first name goes to the full name
 * that review introduced. Across reviews, full-name spellings merge when they are the same after folding,
 * or close by edit distance and about the same film. A lone short name never merges across reviews.
 * Spellings the user keeps apart ({@link Overrides}) never end up in one entity.
 */
public final class Resolver {

    /** One spelling of something in one review, in source order. */
    private record Mention(String source, int order, String scope, String text, String full) {}

    /** Whether two groups of mentions (with different keys, about a shared film) name the same thing. */
    private interface Linker {
        boolean links(List<Mention> a, List<Mention> b);
    }

    private final Overrides overrides;

    public Resolver() {
        this(Overrides.none());
    }

    public Resolver(Overrides overrides) {
        this.overrides = overrides;
    }

    public Resolution resolve(List<Extraction.Result> results) {
        Map<String, Integer> order = new HashMap<>();
        for (Extraction.Result r : results) order.putIfAbsent(r.review().source(), order.size());
        List<Entity> entities = new ArrayList<>();
        Map<String, Entity> byMention = new LinkedHashMap<>();
        List<Merge> merges = new ArrayList<>();
        Set<String> slugs = new LinkedHashSet<>();

        // Films: one per folded title.
        Map<String, Entity> films = new LinkedHashMap<>();
        Map<String, List<Mention>> filmMentions = new TreeMap<>();
        for (Extraction.Result r : results) {
            r.facts().stream().filter(f -> f instanceof Fact.Film).map(f -> (Fact.Film) f).findFirst().ifPresent(f ->
                    filmMentions.computeIfAbsent(Names.fold(f.title().text()), k -> new ArrayList<>())
                            .add(new Mention(r.review().source(), order.get(r.review().source()), "", f.title().text(), f.title().text())));
        }
        Map<String, String> scopeOf = new HashMap<>();
        for (List<Mention> ms : filmMentions.values()) {
            Entity film = entity(Entity.Kind.FILM, ms, Iris.FILM, slugs);
            entities.add(film);
            for (Mention m : ms) {
                films.put(m.source, film);
                scopeOf.put(m.source, film.slug());
            }
        }
        for (Extraction.Result r : results) scopeOf.putIfAbsent(r.review().source(), "review:" + r.review().source());

        // Characters first: band members that are characters must not become people.
        List<Mention> chars = new ArrayList<>();
        for (Extraction.Result r : results) {
            String src = r.review().source();
            Set<String> names = new LinkedHashSet<>();
            for (Fact f : r.facts()) if (f instanceof Fact.Cast c && c.character() != null) names.add(c.character().text());
            Map<String, String> local = localFull(names, true);
            for (Fact f : r.facts()) {
                if (f instanceof Fact.Band b && b.member() != null && !names.contains(b.member().text())) {
                    String full = localFull(names, true, b.member().text());
                    // (a full name no character of the review ends in is a character only in a band the review calls
                    // fictional: a documentary's members are people, and their songwriter's surname finds them)
                    boolean multi = b.member().text().contains(" ");
                    if (full != null && (!multi || !full.equals(b.member().text()) || b.fictional() == Fact.Fictional.YES)) local.put(b.member().text(), full);
                }
            }
            for (Map.Entry<String, String> e : local.entrySet()) chars.add(new Mention(src, order.get(src), scopeOf.get(src), e.getKey(), e.getValue()));
        }
        // People: actors, crew, band members and songwriters that are not characters.
        List<Mention> people = new ArrayList<>();
        for (Extraction.Result r : results) {
            String src = r.review().source();
            Set<String> charNames = new LinkedHashSet<>();
            for (Mention m : chars) if (m.source.equals(src)) charNames.add(m.text);
            Set<String> names = new LinkedHashSet<>();
            for (Fact f : r.facts()) {
                if (f instanceof Fact.Cast c) names.add(c.actor().text());
                if (f instanceof Fact.Crew c) names.add(c.person().text());
                if (f instanceof Fact.Band b && b.member() != null && !charNames.contains(b.member().text())) names.add(b.member().text());
                if (f instanceof Fact.Band b && b.songwriter() != null) names.add(b.songwriter().text());
            }
            Map<String, String> local = localFull(names, false);
            // "played by Ken and Yuki Roe": a first name alone before "and" and a full name shares its surname
            for (Fact f : r.facts())
                for (org.filmkg.extract.Mention p : peopleOf(f)) {
                    if (p.text().contains(" ") || !p.text().equals(local.get(p.text()))) continue;
                    String surname = Names.sharedSurname(r.review().text(), p.end());
                    if (surname != null) local.put(p.text(), p.text() + " " + surname);
                }
            for (Map.Entry<String, String> e : local.entrySet()) {
                people.add(new Mention(src, order.get(src), scopeOf.get(src), e.getKey(), Names.withoutNickname(e.getValue())));
            }
        }
        // A full name is one person everywhere; a short name that found no full name stays within its review.
        for (List<Mention> cluster : cluster(people,
                m -> isFull(m.full) ? "F:" + Names.fold(m.full) : "S:" + m.source + ":" + Names.fold(m.full),
                (a, b) -> isFull(a.get(0).full) && isFull(b.get(0).full) && Similarity.fullNames(a.get(0).full, b.get(0).full) > 0)) {
            Entity e = entity(Entity.Kind.PERSON, cluster, Iris.PERSON, slugs);
            entities.add(e);
            for (Mention m : cluster) byMention.put(Resolution.key(Entity.Kind.PERSON, m.source, m.text), e);
            logMerges(e, cluster, merges);
        }
        // Characters merge within a film: the same name, or names that agree and are played by the same actor.
        Map<String, String> actorOfChar = new HashMap<>();
        for (Extraction.Result r : results) {
            for (Fact f : r.facts()) {
                if (f instanceof Fact.Cast c && c.character() != null) {
                    String actor = byMention.get(Resolution.key(Entity.Kind.PERSON, r.review().source(), c.actor().text())).slug();
                    actorOfChar.put(r.review().source() + "\u0000" + c.character().text(), actor);
                }
            }
        }
        for (List<Mention> cluster : cluster(chars, m -> m.scope + "|" + Names.fold(m.full), (a, b) -> {
            Set<String> actorsA = new TreeSet<>();
            for (Mention m : a) if (actorOfChar.containsKey(m.source + "\u0000" + m.text)) actorsA.add(actorOfChar.get(m.source + "\u0000" + m.text));
            boolean sameActor = b.stream().map(m -> actorOfChar.get(m.source + "\u0000" + m.text)).anyMatch(x -> x != null && actorsA.contains(x));
            return sameActor && namesAgree(a.get(0).full, b.get(0).full) > 0;
        })) {
            Entity e = entity(Entity.Kind.CHARACTER, cluster, Iris.CHARACTER + scopeSlug(cluster.get(0).scope), slugs);
            entities.add(e);
            for (Mention m : cluster) byMention.put(Resolution.key(Entity.Kind.CHARACTER, m.source, m.text), e);
            logMerges(e, cluster, merges);
        }
        // Bands: same folded name within a film.
        List<Mention> bands = new ArrayList<>();
        for (Extraction.Result r : results) {
            String src = r.review().source();
            for (Fact f : r.facts()) {
                if (f instanceof Fact.Band b) bands.add(new Mention(src, order.get(src), scopeOf.get(src), b.band().text(), b.band().text()));
            }
        }
        for (List<Mention> cluster : cluster(bands, m -> m.scope + "|" + Names.fold(m.full), (a, b) -> false)) {
            Entity e = entity(Entity.Kind.BAND, cluster, Iris.BAND, slugs);
            entities.add(e);
            for (Mention m : cluster) byMention.put(Resolution.key(Entity.Kind.BAND, m.source, m.text), e);
            logMerges(e, cluster, merges);
        }
        entities.sort(Comparator.comparing(Entity::slug));
        merges.sort(Comparator.comparing(Merge::into).thenComparing(Merge::variant));
        return new Resolution(entities, films, byMention, merges);
    }

    private static boolean isFull(String name) {
        return Names.fold(name).contains(" ");
    }

    private static String scopeSlug(String scope) {
        return scope.startsWith(Iris.FILM) ? scope.substring(Iris.FILM.length()) + "/" : "";
    }

    /** The people a fact names: a cast statement's actor, a crew member, a band's member and songwriter. */
    private static List<org.filmkg.extract.Mention> peopleOf(Fact f) {
        List<org.filmkg.extract.Mention> out = new ArrayList<>();
        if (f instanceof Fact.Cast c) out.add(c.actor());
        if (f instanceof Fact.Crew c) out.add(c.person());
        if (f instanceof Fact.Band b && b.member() != null) out.add(b.member());
        if (f instanceof Fact.Band b && b.songwriter() != null) out.add(b.songwriter());
        return out;
    }

    private Map<String, String> localFull(Set<String> names, boolean characters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            String full = localFull(names, characters, n);
            out.put(n, full == null ? n : full);
        }
        return out;
    }

    private String localFull(Set<String> names, boolean characters, String n) {
        String[] t = Names.fold(n).split(" ");
        if (t.length > 1) {
            // "Lee Vance" after "Anna Lee Vance": the tail of exactly one longer name is that name
            Set<String> longer = new TreeSet<>();
            String hit = n;
            for (String other : names)
                if (Names.fold(other).endsWith(" " + Names.fold(n)) && !overrides.apart(n, other) && longer.add(Names.fold(other))) hit = other;
            return longer.size() == 1 ? hit : n;
        }
        List<String> hits = new ArrayList<>();
        for (String other : names) {
            String[] o = Names.fold(other).split(" ");
            if (o.length < 2 || overrides.apart(n, other)) continue;
            // People are shortened to a surname or a first name; characters mostly to a first name or a prefix of it.
            boolean match = o[0].equals(t[0]) || o[o.length - 1].equals(t[0]) || characters && o[0].startsWith(t[0]) && t[0].length() >= 3;
            if (match) hits.add(other);
        }
        Set<String> distinct = new TreeSet<>();
        for (String h : hits) distinct.add(Names.fold(h));
        return distinct.size() == 1 ? hits.get(0) : null;
    }

    /** How well two character names agree: same first name or one a prefix of the other (0.9), else spelling similarity. */
    private static double namesAgree(String a, String b) {
        String firstA = Names.fold(a).split(" ")[0];
        String firstB = Names.fold(b).split(" ")[0];
        if (firstA.equals(firstB) || firstA.startsWith(firstB) || firstB.startsWith(firstA)) return 0.9;
        return Similarity.fullNames(a, b);
    }

    /**
     * Groups mentions: those with the same key are one entity outright; groups with different keys are compared only
     * when they share a scope (a film, or a review without one), and joined when the linker says so and no spelling
     * of one is kept apart from a spelling of the other. Comparing only within a scope keeps this near-linear in
     * the number of films.
     */
    private List<List<Mention>> cluster(List<Mention> ms, java.util.function.Function<Mention, String> keyOf, Linker linker) {
        Map<String, List<Mention>> nodes = new LinkedHashMap<>();
        for (Mention m : ms) nodes.computeIfAbsent(keyOf.apply(m), k -> new ArrayList<>()).add(m);
        List<List<Mention>> groups = new ArrayList<>(nodes.values());
        int n = groups.size();
        int[] parent = new int[n];
        List<Set<String>> spellings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Set<String> sp = new TreeSet<>();
            for (Mention m : groups.get(i)) {
                sp.add(m.text);
                sp.add(m.full);
            }
            spellings.add(sp);
        }
        Map<String, List<Integer>> byScope = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> scopes = new TreeSet<>();
            for (Mention m : groups.get(i)) scopes.add(m.scope);
            for (String sc : scopes) byScope.computeIfAbsent(sc, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> inScope : byScope.values()) {
            for (int x = 0; x < inScope.size(); x++) {
                for (int y = x + 1; y < inScope.size(); y++) {
                    int i = inScope.get(x);
                    int j = inScope.get(y);
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    if (ri == rj || !linker.links(groups.get(i), groups.get(j)) || keptApart(spellings.get(ri), spellings.get(rj))) continue;
                    int root = Math.min(ri, rj);
                    int other = Math.max(ri, rj);
                    parent[other] = root;
                    spellings.get(root).addAll(spellings.get(other));
                }
            }
        }
        Map<Integer, List<Mention>> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) out.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).addAll(groups.get(i));
        return new ArrayList<>(out.values());
    }

    private boolean keptApart(Set<String> a, Set<String> b) {
        if (overrides.isEmpty()) return false;
        for (String x : a) for (String y : b) if (overrides.apart(x, y)) return true;
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /** One merge record per spelling that differs from the entity's label: which reviews used it, why it joined, how close it is. */
    private static void logMerges(Entity e, List<Mention> cluster, List<Merge> merges) {
        for (Map.Entry<String, Set<String>> v : e.variants().entrySet()) {
            String spelling = v.getKey();
            if (spelling.equals(e.label())) continue;
            boolean shortened = cluster.stream().anyMatch(m -> m.text.equals(spelling) && !isFull(m.text) && !Names.fold(m.full).equals(Names.fold(m.text)));
            String reason;
            double score;
            if (shortened) {
                reason = "short name: the same review gives the full name";
                score = 1.0;
            } else if (Names.fold(spelling).equals(Names.fold(e.label()))) {
                reason = "same name up to case and accents";
                score = 1.0;
            } else if (e.kind() == Entity.Kind.CHARACTER) {
                reason = "same film, same actor, names agree";
                score = namesAgree(spelling, e.label());
            } else {
                reason = "spelling variant in reviews of the same film (token-aligned edit distance)";
                score = Similarity.fullNames(spelling, e.label());
            }
            merges.add(new Merge(e.kind(), e.slug(), e.label(), spelling, List.copyOf(v.getValue()), reason, Math.round(score * 1000) / 1000.0));
        }
    }

    /** The canonical entity of a cluster: label = most used full spelling (by reviews), ties to the first in source order. */
    private static Entity entity(Entity.Kind kind, List<Mention> cluster, String prefix, Set<String> slugs) {
        Map<String, Set<String>> variants = new TreeMap<>();
        for (Mention m : cluster) variants.computeIfAbsent(m.text, k -> new TreeSet<>()).add(m.source);
        int maxTokens = cluster.stream().mapToInt(m -> Names.fold(m.text).split(" ").length).max().orElse(1);
        String label = null;
        int bestCount = -1;
        int bestOrder = Integer.MAX_VALUE;
        for (Mention m : cluster.stream().sorted(Comparator.comparingInt(Mention::order)).toList()) {
            if (Names.fold(m.text).split(" ").length < maxTokens) continue;
            if (kind == Entity.Kind.FILM && m.text.equals(m.text.toUpperCase(Locale.ROOT)) && cluster.stream().anyMatch(x -> !x.text.equals(x.text.toUpperCase(Locale.ROOT)))) continue;
            // a spelling all in lower case ("ivo lindqvist", from a review typed so) names nothing another spelling cannot
            if (m.text.equals(m.text.toLowerCase(Locale.ROOT)) && cluster.stream().anyMatch(x -> !x.text.equals(x.text.toLowerCase(Locale.ROOT))
                    && Names.fold(x.text).split(" ").length >= maxTokens)) continue;
            int count = variants.get(m.text).size();
            if (count > bestCount || count == bestCount && m.order < bestOrder) {
                label = m.text;
                bestCount = count;
                bestOrder = m.order;
            }
        }
        // ("Ken" of "Ken and Yuki Roe": a full name the review implies but never spells out is the label)
        for (Mention m : cluster.stream().sorted(Comparator.comparingInt(Mention::order)).toList())
            if (Names.fold(m.full).split(" ").length > maxTokens) {
                label = m.full;
                break;
            }
        // ("Kev "The Bishop" Doran": a person or a character is known by the name without the nickname, which stays a spelling)
        if (kind == Entity.Kind.PERSON || kind == Entity.Kind.CHARACTER) label = Names.withoutNickname(label);
        String base = prefix + Iris.slugify(label);
        String slug = base;
        for (int i = 2; slugs.contains(slug); i++) slug = base + "-" + i;
        slugs.add(slug);
        return new Entity(kind, slug, label, variants);
    }
}
