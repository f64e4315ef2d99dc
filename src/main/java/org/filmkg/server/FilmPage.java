package org.filmkg.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.filmkg.rdf.FK;

/**
 * The parts of a film's page that answer "which reviewer called which role what": an infobox (director, year, runtime
 * and rating as each review gives them, genres, the reviews), a table with one row per actor and one column per review
 * whose cells hold each reviewer's own words linked to the review, disagreements marked, and the data of the picture.
 */
final class FilmPage {
    private final DatasetGraph ds;
    private final Pages pages;
    private final Node film;
    /**
     * At most this many reviews make the page (table columns, picture, infobox): a film with thousands of reviews would
     * otherwise give a page of tens of megabytes. The saved queries list them all.
     */
    static final int MAX_REVIEWS = 24;
    /** The reviews of this film the page shows, ordered by their label, and how many more there are. */
    private final List<Node> reviews = new ArrayList<>();
    private final int moreReviews;
    /** The statements about this film (every statement carries fk:film), by type: read once for the whole page. */
    private final Map<Node, List<Node>> byType = new LinkedHashMap<>();

    FilmPage(DatasetGraph ds, Pages pages, Node film) {
        this.ds = ds;
        this.pages = pages;
        this.film = film;
        Map<String, Node> byLabel = new TreeMap<>();
        ds.find(Node.ANY, Node.ANY, FK.reviews, film).forEachRemaining(q -> byLabel.put(pages.reviewerOf(q.getSubject()) + "\u0000" + q.getSubject().getURI(), q.getSubject()));
        reviews.addAll(byLabel.values().stream().limit(MAX_REVIEWS).toList());
        moreReviews = byLabel.size() - reviews.size();
        java.util.Set<Node> shown = new java.util.HashSet<>(reviews);
        // (every review's graph holds its own statements: only the graphs of the reviews shown are read)
        ds.find(Node.ANY, Node.ANY, FK.film, film).forEachRemaining(q -> {
            if (moreReviews > 0 && !shown.contains(Pages.first(ds, q.getSubject(), FK.inReview))) return;
            ds.find(Node.ANY, q.getSubject(), FK.TYPE, Node.ANY).forEachRemaining(t -> byType.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(q.getSubject()));
        });
    }

    /** Statements of one type about this film. */
    private List<Node> statements(Node type) {
        return byType.getOrDefault(type, List.of());
    }


    private static String lit(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    /** One value an infobox row shows, with the reviewers who give it ("112 min (A, B)"). */
    record Valued(String value, List<String> who) {}

    record PerReview(String heading, List<Valued> values) {}

    /** One cell of the cast table: the reviewer's words, each linked to the review, or "named (as …)". */
    record Cell(List<Pages.Link> quotes, String named) {}

    record CastRow(Pages.Link actor, List<String> characters, boolean disagree, List<Cell> cells) {}

    /** What the film template shows. */
    record Model(List<Pages.Link> directors, List<PerReview> perReview, List<String> genres, List<Pages.Link> reviews,
                 int moreReviews, List<CastRow> cast, String networkJson) {}

    Model model() {
        List<Pages.Link> revs = new ArrayList<>();
        for (Node rev : reviews) revs.add(pages.linkTo(rev, pages.reviewerOf(rev)));
        List<PerReview> rows = new ArrayList<>();
        perReview(rows, "Year", rev -> lit(Pages.first(ds, rev, FK.filmYear)));
        perReview(rows, "Runtime", rev -> {
            String m = lit(Pages.first(ds, rev, FK.runtimeMinutes));
            return m == null ? null : m + " min";
        });
        perReview(rows, "Rating", rev -> {
            Node r = Pages.first(ds, rev, FK.rating);
            return r == null ? null : lit(Pages.first(ds, r, FK.ratingAsWritten));
        });
        // "</" escaped so the JSON cannot close the script element it sits in
        return new Model(directors(), rows, genres(), revs, moreReviews, castRows(), networkJson().replace("</", "<\\/"));
    }

    private List<Pages.Link> directors() {
        Map<String, Node> directors = new TreeMap<>();
        for (Node st : statements(FK.CrewCredit)) {
            if (!"director".equals(lit(Pages.first(ds, st, FK.job)))) continue;
            Node p = Pages.first(ds, st, FK.person);
            if (p != null) directors.put(pages.label(p), p);
        }
        List<Pages.Link> out = new ArrayList<>();
        directors.forEach((l, n) -> out.add(pages.linkTo(n, l)));
        return out;
    }

    private List<String> genres() {
        Set<String> genres = new TreeSet<>();
        ds.find(Node.ANY, Node.ANY, FK.about, film).forEachRemaining(q -> {
            if ("genre".equals(lit(Pages.first(ds, q.getSubject(), FK.claimKind)))) genres.add(lit(Pages.first(ds, q.getSubject(), FK.value)));
        });
        return List.copyOf(genres);
    }

    /** One infobox row: each distinct value with the reviews that give it. */
    private void perReview(List<PerReview> rows, String heading, java.util.function.Function<Node, String> value) {
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (Node rev : reviews) {
            String v = value.apply(rev);
            if (v != null) said.computeIfAbsent(v, k -> new ArrayList<>()).add(pages.reviewerOf(rev));
        }
        if (said.isEmpty()) return;
        List<Valued> values = new ArrayList<>();
        said.forEach((v, who) -> values.add(new Valued(v, who)));
        rows.add(new PerReview(heading, values));
    }

    /** One actor's words in one review: characters and descriptions. */
    private record Said(Set<String> characters, Set<String> descriptions) {}

    /** One row per actor, one cell per review with that reviewer's own words; rows whose reviews disagree are marked. */
    private List<CastRow> castRows() {
        Map<String, Node> actors = new TreeMap<>();
        Map<Node, Map<Node, Said>> cells = new LinkedHashMap<>();
        for (Node st : statements(FK.CastCredit)) {
            Node actor = Pages.first(ds, st, FK.actor);
            Node rev = Pages.first(ds, st, FK.inReview);
            if (actor == null || rev == null) continue;
            actors.put(pages.label(actor), actor);
            Said s = cells.computeIfAbsent(actor, k -> new LinkedHashMap<>()).computeIfAbsent(rev, k -> new Said(new TreeSet<>(), new TreeSet<>()));
            Node ch = Pages.first(ds, st, FK.character);
            if (ch != null) s.characters().add(pages.label(ch));
            String d = lit(Pages.first(ds, st, FK.roleDescription));
            if (d != null) s.descriptions().add(d);
        }
        List<CastRow> out = new ArrayList<>();
        for (Map.Entry<String, Node> a : actors.entrySet()) {
            Map<Node, Said> byReview = cells.get(a.getValue());
            Set<String> characters = new TreeSet<>();
            Set<String> folded = new TreeSet<>();
            byReview.values().forEach(s -> {
                characters.addAll(s.characters());
                s.descriptions().forEach(d -> folded.add(d.toLowerCase(Locale.ROOT)));
            });
            List<Cell> row = new ArrayList<>();
            for (Node rev : reviews) {
                Said s = byReview.get(rev);
                if (s == null) {
                    row.add(new Cell(List.of(), null));
                    continue;
                }
                List<Pages.Link> quotes = new ArrayList<>();
                for (String d : s.descriptions()) quotes.add(pages.linkTo(rev, d));
                String named = quotes.isEmpty() ? "named" + (s.characters().isEmpty() ? "" : " as " + String.join(", ", s.characters())) : null;
                row.add(new Cell(quotes, named));
            }
            out.add(new CastRow(pages.linkTo(a.getValue(), a.getKey()), List.copyOf(characters), folded.size() > 1, row));
        }
        return out;
    }

    /**
     * The picture's data for Cytoscape, made with a JSON library: the film, its people, characters and bands; edges
     * say what ties them and which reviews said so (the picture filters by review with these).
     */
    private String networkJson() {
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        Map<String, JsonObject> edges = new TreeMap<>();
        node(nodes, film, "film");
        for (Node st : statements(FK.CastCredit)) {
            Node actor = Pages.first(ds, st, FK.actor);
            Node ch = Pages.first(ds, st, FK.character);
            Node rev = Pages.first(ds, st, FK.inReview);
            if (actor == null) continue;
            node(nodes, actor, "person");
            String by = rev == null ? "" : pages.reviewerOf(rev);
            String role = lit(Pages.first(ds, st, FK.roleDescription));
            if (ch != null) {
                node(nodes, ch, "character");
                edge(edges, actor, ch, "plays", by, role);
                edge(edges, ch, film, "in", by, null);
            } else {
                edge(edges, actor, film, "in", by, role);
            }
        }
        for (Node st : statements(FK.BandStatement)) {
            Node band = Pages.first(ds, st, FK.band);
            Node member = Pages.first(ds, st, FK.member);
            Node rev = Pages.first(ds, st, FK.inReview);
            if (band == null) continue;
            node(nodes, band, "band");
            String by = rev == null ? "" : pages.reviewerOf(rev);
            edge(edges, band, film, "in", by, null);
            if (member != null) {
                node(nodes, member, "member");
                edge(edges, member, band, "member of", by, null);
            }
        }
        JsonArray elements = new JsonArray();
        nodes.values().forEach(elements::add);
        edges.values().forEach(elements::add);
        JsonArray reviewers = new JsonArray();
        for (Node rev : reviews) reviewers.add(pages.reviewerOf(rev));
        JsonObject all = new JsonObject();
        all.put("elements", elements);
        all.put("reviewers", reviewers);
        return all.toString();
    }

    private void node(Map<String, JsonObject> nodes, Node n, String kind) {
        if (nodes.containsKey(n.getURI())) return;
        JsonObject data = new JsonObject();
        data.put("id", n.getURI());
        data.put("label", pages.label(n));
        data.put("kind", kind);
        data.put("href", pages.href(n));
        JsonObject o = new JsonObject();
        o.put("data", data);
        nodes.put(n.getURI(), o);
    }

    /** One edge per pair and relation; the reviews that state it and their words gather on it. */
    private static void edge(Map<String, JsonObject> edges, Node from, Node to, String relation, String reviewer, String words) {
        String key = from.getURI() + "\u0000" + to.getURI() + "\u0000" + relation;
        JsonObject e = edges.get(key);
        if (e == null) {
            JsonObject data = new JsonObject();
            data.put("id", "e" + edges.size());
            data.put("source", from.getURI());
            data.put("target", to.getURI());
            data.put("relation", relation);
            data.put("reviewers", new JsonArray());
            data.put("said", new JsonArray());
            e = new JsonObject();
            e.put("data", data);
            edges.put(key, e);
        }
        JsonObject data = e.get("data").getAsObject();
        JsonArray rs = data.get("reviewers").getAsArray();
        if (!reviewer.isEmpty() && !rs.contains(new org.apache.jena.atlas.json.JsonString(reviewer))) rs.add(reviewer);
        if (words != null) data.get("said").getAsArray().add(reviewer + ": “" + words + "”");
        List<String> said = new ArrayList<>();
        data.get("said").getAsArray().forEach(v -> said.add(v.getAsString().value()));
        data.put("label", relation + (said.isEmpty() ? "" : " — " + String.join("; ", new LinkedHashSet<>(said))));
    }
}
