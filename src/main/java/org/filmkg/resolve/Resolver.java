package org.filmkg.resolve;

import java.text.Normalizer;
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
 */
public final class Resolver {

    /** One spelling of something in one review, in source order. */
    private record Mention(String source, int order, String scope, String text, String full) {}

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
            Entity film = entity(Entity.Kind.FILM, ms, "film/", slugs);
            entities.add(film);
            for (Mention m : ms) {
                films.put(m.source, film);
                scopeOf.put(m.source, film.slug());
            }
        }
        for (Extraction.Result r : results) scopeOf.putIfAbsent(r.review().source(), "review:" + r.review().source());

        // Characters first: band members that are characters must not become people.
        Map<String, Map<String, String>> actorOfChar = new HashMap<>();
        List<Mention> chars = new ArrayList<>();
        for (Extraction.Result r : results) {
            String src = r.review().source();
            Set<String> names = new LinkedHashSet<>();
            for (Fact f : r.facts()) if (f instanceof Fact.Cast c && c.character() != null) names.add(c.character().text());
            Map<String, String> local = localFull(names, true);
            for (Fact f : r.facts()) {
                if (f instanceof Fact.Band b && b.member() != null && !names.contains(b.member().text())) {
                    String full = localFull(names, true, b.member().text());
                    if (full != null) local.put(b.member().text(), full);
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
            for (Map.Entry<String, String> e : localFull(names, false).entrySet()) {
                people.add(new Mention(src, order.get(src), scopeOf.get(src), e.getKey(), e.getValue()));
            }
        }
        for (List<Mention> cluster : cluster(people, (a, b) -> personScore(a, b), merges, Entity.Kind.PERSON)) {
            Entity e = entity(Entity.Kind.PERSON, cluster, "person/", slugs);
            entities.add(e);
            for (Mention m : cluster) byMention.put(Resolution.key(Entity.Kind.PERSON, m.source, m.text), e);
            fixMergeTarget(merges, cluster, e);
        }
        // Characters merge within a film when the same actor plays them and the names agree.
        for (Extraction.Result r : results) {
            for (Fact f : r.facts()) {
                if (f instanceof Fact.Cast c && c.character() != null) {
                    String actor = byMention.get(Resolution.key(Entity.Kind.PERSON, r.review().source(), c.actor().text())).slug();
                    actorOfChar.computeIfAbsent(r.review().source(), k -> new HashMap<>()).put(c.character().text(), actor);
                }
            }
        }
        for (List<Mention> cluster : cluster(chars, (a, b) -> characterScore(a, b, actorOfChar), merges, Entity.Kind.CHARACTER)) {
            Entity e = entity(Entity.Kind.CHARACTER, cluster, "character/" + scopeSlug(cluster.get(0).scope) , slugs);
            entities.add(e);
            for (Mention m : cluster) byMention.put(Resolution.key(Entity.Kind.CHARACTER, m.source, m.text), e);
            fixMergeTarget(merges, cluster, e);
        }
        // Bands: same folded name within a film.
        List<Mention> bands = new ArrayList<>();
        for (Extraction.Result r : results) {
            String src = r.review().source();
            for (Fact f : r.facts()) {
                if (f instanceof Fact.Band b) bands.add(new Mention(src, order.get(src), scopeOf.get(src), b.band().text(), b.band().text()));
            }
        }
        for (List<Mention> cluster : cluster(bands, (a, b) -> a.scope.equals(b.scope) && Names.fold(a.full).equals(Names.fold(b.full)) ? 1.0 : 0.0, new ArrayList<>(), Entity.Kind.BAND)) {
            Entity e = entity(Entity.Kind.BAND, cluster, "band/", slugs);
            entities.add(e);
            for (Mention m : cluster) byMention.put(Resolution.key(Entity.Kind.BAND, m.source, m.text), e);
        }
        entities.sort(Comparator.comparing(Entity::slug));
        return new Resolution(entities, films, byMention, merges);
    }

    private static String scopeSlug(String scope) {
        return scope.startsWith("film/") ? scope.substring("film/".length()) + "/" : "";
    }

    /** Maps each name in one review to the full name it stands for there (itself when it is full or unresolved). */
    private static Map<String, String> localFull(Set<String> names, boolean characters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : names) {
            String full = localFull(names, characters, n);
            out.put(n, full == null ? n : full);
        }
        return out;
    }

    private static String localFull(Set<String> names, boolean characters, String n) {
        String[] t = Names.fold(n).split(" ");
        if (t.length > 1) return n;
        List<String> hits = new ArrayList<>();
        for (String other : names) {
            String[] o = Names.fold(other).split(" ");
            if (o.length < 2) continue;
            // People are shortened to a surname or a first name; characters mostly to a first name or a prefix of it.
            boolean match = o[0].equals(t[0]) || o[o.length - 1].equals(t[0]) || characters && o[0].startsWith(t[0]) && t[0].length() >= 3;
            if (match) hits.add(other);
        }
        Set<String> distinct = new TreeSet<>();
        for (String h : hits) distinct.add(Names.fold(h));
        return distinct.size() == 1 ? hits.get(0) : null;
    }

    private static double personScore(Mention a, Mention b) {
        boolean aFull = Names.fold(a.full).contains(" ");
        boolean bFull = Names.fold(b.full).contains(" ");
        if (!aFull || !bFull) {
            // short names that found no full name stay within their review
            return a.source.equals(b.source) && Names.fold(a.full).equals(Names.fold(b.full)) ? 1.0 : 0.0;
        }
        if (Names.fold(a.full).equals(Names.fold(b.full))) return 1.0;
        if (!a.scope.equals(b.scope)) return 0.0; // spelling variants merge only about the same film
        return Similarity.fullNames(a.full, b.full);
    }

    private static double characterScore(Mention a, Mention b, Map<String, Map<String, String>> actorOf) {
        if (!a.scope.equals(b.scope)) return 0.0;
        String fa = Names.fold(a.full);
        String fb = Names.fold(b.full);
        if (a.source.equals(b.source)) return fa.equals(fb) ? 1.0 : 0.0;
        String actorA = actorOf.getOrDefault(a.source, Map.of()).get(a.text);
        String actorB = actorOf.getOrDefault(b.source, Map.of()).get(b.text);
        boolean sameActor = actorA != null && actorA.equals(actorB);
        if (fa.equals(fb)) return a.scope.startsWith("film/") || sameActor ? 1.0 : 0.0;
        if (!sameActor) return 0.0;
        String firstA = fa.split(" ")[0];
        String firstB = fb.split(" ")[0];
        if (firstA.equals(firstB) || firstA.startsWith(firstB) || firstB.startsWith(firstA)) return 0.9;
        return Math.max(Similarity.fullNames(a.full, b.full), 0.0);
    }

    private interface Scorer {
        double score(Mention a, Mention b);
    }

    /** Single-link clustering in a fixed order; every merge of two spellings is logged. */
    private static List<List<Mention>> cluster(List<Mention> ms, Scorer scorer, List<Merge> merges, Entity.Kind kind) {
        int n = ms.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<String, double[]> logged = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = scorer.score(ms.get(i), ms.get(j));
                if (s <= 0) continue;
                int ri = find(parent, i);
                int rj = find(parent, j);
                if (ri != rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
                if (!Names.fold(ms.get(i).text).equals(Names.fold(ms.get(j).text))) {
                    String pair = ms.get(i).text + "\u0000" + ms.get(j).text;
                    String rev = ms.get(j).text + "\u0000" + ms.get(i).text;
                    if (!logged.containsKey(rev)) logged.merge(pair, new double[] {s}, (x, y) -> x);
                }
            }
        }
        Map<Integer, List<Mention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(ms.get(i));
        for (Map.Entry<String, double[]> e : logged.entrySet()) {
            String[] p = e.getKey().split("\u0000");
            double s = e.getValue()[0];
            String reason = !Names.fold(p[0]).contains(" ") || !Names.fold(p[1]).contains(" ")
                    ? "short name resolved to the full name used in the same review"
                    : kind == Entity.Kind.CHARACTER ? "same film, same actor, names agree" : "same film, spelling variant (edit distance)";
            merges.add(new Merge(kind, "", List.of(p[0], p[1]), reason, Math.round(s * 1000) / 1000.0));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void fixMergeTarget(List<Merge> merges, List<Mention> cluster, Entity e) {
        Set<String> texts = new LinkedHashSet<>();
        for (Mention m : cluster) texts.add(m.text);
        for (int i = 0; i < merges.size(); i++) {
            Merge m = merges.get(i);
            if (m.into().isEmpty() && m.kind() == e.kind() && texts.containsAll(m.members())) {
                merges.set(i, new Merge(m.kind(), e.slug(), m.members(), m.reason(), m.score()));
            }
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
            int count = variants.get(m.text).size();
            if (count > bestCount || count == bestCount && m.order < bestOrder) {
                label = m.text;
                bestCount = count;
                bestOrder = m.order;
            }
        }
        String base = prefix + slugify(label);
        String slug = base;
        for (int i = 2; slugs.contains(slug); i++) slug = base + "-" + i;
        slugs.add(slug);
        return new Entity(kind, slug, label, variants);
    }

    public static String slugify(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        n = n.replace("&", " and ").replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "x" : n;
    }
}
