package org.filmkg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.filmkg.rdf.FK;

/**
 * The entity and review pages, rendered from templates ({@link Templates}) that escape every value from the data
 * (review text is untrusted). This class reads the data into plain records for the templates; links point at this
 * server's own paths.
 */
final class Pages {
    private final DatasetGraph ds;
    private final String base;

    /** A link for a template: {@code href} null makes plain text. */
    record Link(String href, String text) {}

    /** A stretch of a review's text; {@code tip} (what was read from it) is set on the stretches some statement quotes. */
    record Part(String text, String tip) {}

    record Property(String name, Link value) {}

    /** One thing a statement says: the property and its value. */
    record Says(String property, Link value) {}

    record StatementRow(String kind, List<Says> says, Link review, String quote) {}

    /** Statements of one kind; past {@link #MAX_ROWS} the rest are counted in {@code more}. */
    record Section(String heading, List<StatementRow> rows, int more) {}

    /** Rows per kind of statement on a page (a film reviewed thousands of times has tens of thousands). */
    static final int MAX_ROWS = 200;

    /**
     * One film in a person's, character's or band's page: who or what they are tied to there (characters and bands
     * for a person, actors for a character, members for a band), crew jobs, and the reviewers' words (role
     * descriptions, or a band's songs), each linked to its review.
     */
    record Involvement(Link film, List<Link> with, List<String> jobs, List<Link> words) {}

    Pages(DatasetGraph ds, String base) {
        this.ds = ds;
        this.base = base;
    }

    /** A page for any described resource; a review also shows its text with the extracted spans highlighted. */
    String page(Node iri, Model description) {
        List<String> types = new ArrayList<>();
        description.getGraph().find(iri, FK.TYPE, Node.ANY).forEach(t -> types.add(local(t.getObject())));
        boolean review = types.contains("Review");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", label(iri));
        model.put("iri", iri.getURI());
        model.put("types", types);
        model.put("review", review);
        boolean involved = types.contains("Person") || types.contains("Character") || types.contains("Band");
        model.put("films", involved ? films(iri) : List.of());
        model.put("involvements", involved ? involvements(iri, types) : List.of());
        model.put("kind", types.contains("Band") ? "band" : types.contains("Character") ? "character" : "person");
        model.put("text", review ? reviewText(iri) : null);
        model.put("film", types.contains("Film") ? new FilmPage(ds, this, iri).model() : null);
        model.put("properties", properties(iri, description, review));
        model.put("sections", statements(iri, description, review));
        return Templates.render("entity", model);
    }

    private List<Property> properties(Node iri, Model description, boolean review) {
        List<Triple> own = description.getGraph().find(iri, Node.ANY, Node.ANY).toList();
        own.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        List<Property> out = new ArrayList<>();
        for (Triple t : own) if (!(review && t.getPredicate().equals(FK.text))) out.add(new Property(local(t.getPredicate()), value(t.getObject())));
        return out;
    }

    /** Each statement or claim that points at the resource (what it says, who said it, the quote), by kind. */
    private List<Section> statements(Node iri, Model description, boolean review) {
        Map<String, List<StatementRow>> sections = new TreeMap<>();
        description.getGraph().find(Node.ANY, FK.TYPE, Node.ANY).forEach(t -> {
            Node st = t.getSubject();
            if (st.equals(iri) || !isStatement(t.getObject())) return;
            Node rev = first(description, st, FK.inReview);
            if (rev == null) return;
            String kind = local(t.getObject());
            Node claimKind = first(description, st, FK.claimKind);
            if (claimKind != null) kind = claimKind.getLiteralLexicalForm();
            List<Says> says = new ArrayList<>();
            for (Node p : SAYS) {
                Node o = first(description, st, p);
                if (o != null && !o.equals(iri)) says.add(new Says(local(p), value(o)));
            }
            Node ev = first(description, st, FK.evidence);
            Node quote = ev == null ? null : first(ds, ev, FK.OA_EXACT);
            sections.computeIfAbsent(heading(kind), k -> new ArrayList<>()).add(new StatementRow(kind, says,
                    review ? null : new Link(href(rev), reviewerOf(rev)), quote == null ? "" : quote.getLiteralLexicalForm()));
        });
        List<Section> out = new ArrayList<>();
        Comparator<StatementRow> order = Comparator.comparing(StatementRow::kind).thenComparing(r -> r.review() == null ? "" : r.review().text())
                .thenComparing(r -> r.says().toString()).thenComparing(StatementRow::quote);
        sections.forEach((heading, rows) -> out.add(new Section(heading, rows.stream().sorted(order).limit(MAX_ROWS).toList(), Math.max(0, rows.size() - MAX_ROWS))));
        return out;
    }

    /** What a statement row shows, in this order. */
    private static final List<Node> SAYS = List.of(FK.actor, FK.character, FK.roleDescription, FK.person, FK.job, FK.band, FK.member,
            FK.songwriter, FK.fictional, FK.value, FK.comparedWith, FK.polarity, FK.songTitle, FK.artistAsWritten);

    /** A reader's heading for a kind of statement ("CastCredit" is "Cast", a claim of kind "length" is "Length"). */
    static String heading(String kind) {
        return switch (kind) {
            case "CastCredit" -> "Cast";
            case "CrewCredit" -> "Crew";
            case "BandStatement" -> "Bands and their members";
            case "SongMention" -> "Songs";
            case "Rating", "rating" -> "Ratings";
            default -> kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " (claims)";
        };
    }

    private static boolean isStatement(Node type) {
        return type.equals(FK.CastCredit) || type.equals(FK.CrewCredit) || type.equals(FK.BandStatement) || type.equals(FK.SongMention)
                || type.equals(FK.Claim) || type.equals(FK.Rating);
    }

    /** The films of the reviews whose statements name this person, character or band. */
    private List<Link> films(Node iri) {
        Map<String, Node> films = new TreeMap<>();
        ds.find(Node.ANY, Node.ANY, Node.ANY, iri).forEachRemaining(q -> {
            Node review = first(ds, q.getSubject(), FK.inReview);
            Node film = review == null ? null : first(ds, review, FK.reviews);
            if (film != null) films.putIfAbsent(label(film), film);
        });
        List<Link> out = new ArrayList<>();
        films.forEach((l, f) -> out.add(new Link(href(f), l)));
        return out;
    }

    /** Per film (in title order): what the statements about this person, character or band tie it to. */
    private List<Involvement> involvements(Node iri, List<String> types) {
        Map<String, Node> films = new TreeMap<>();
        Map<Node, java.util.Set<Link>> with = new LinkedHashMap<>();
        Map<Node, java.util.Set<String>> jobs = new LinkedHashMap<>();
        Map<Node, java.util.Set<Link>> words = new LinkedHashMap<>();
        java.util.function.BiConsumer<Node, java.util.function.Consumer<Node>> each = (p, f) -> ds.find(Node.ANY, Node.ANY, p, iri).forEachRemaining(q -> f.accept(q.getSubject()));
        java.util.function.Function<Node, Node> filmOf = st -> {
            Node f = first(ds, st, FK.film);
            if (f != null) films.putIfAbsent(label(f), f);
            return f;
        };
        java.util.function.BiConsumer<Node, Node> said = (f, st) -> {
            Node d = first(ds, st, FK.roleDescription);
            Node rev = first(ds, st, FK.inReview);
            if (d != null && rev != null) words.computeIfAbsent(f, k -> new java.util.LinkedHashSet<>()).add(new Link(href(rev), "“" + d.getLiteralLexicalForm() + "” — " + reviewerOf(rev)));
        };
        if (types.contains("Person")) {
            each.accept(FK.actor, st -> {
                Node f = filmOf.apply(st);
                if (f == null) return;
                Node ch = first(ds, st, FK.character);
                if (ch != null) with.computeIfAbsent(f, k -> new java.util.LinkedHashSet<>()).add(new Link(href(ch), label(ch)));
                jobs.computeIfAbsent(f, k -> new java.util.TreeSet<>()).add("actor");
                said.accept(f, st);
            });
            each.accept(FK.person, st -> {
                Node f = filmOf.apply(st);
                Node job = first(ds, st, FK.job);
                if (f != null && job != null) jobs.computeIfAbsent(f, k -> new java.util.TreeSet<>()).add(job.getLiteralLexicalForm());
            });
        }
        if (types.contains("Person") || types.contains("Character"))
            each.accept(FK.member, st -> {
                Node f = filmOf.apply(st);
                Node band = first(ds, st, FK.band);
                if (f == null || band == null) return;
                jobs.computeIfAbsent(f, k -> new java.util.TreeSet<>()).add("member of " + label(band));
            });
        if (types.contains("Character"))
            each.accept(FK.character, st -> {
                Node f = filmOf.apply(st);
                Node actor = first(ds, st, FK.actor);
                if (f == null || actor == null) return;
                with.computeIfAbsent(f, k -> new java.util.LinkedHashSet<>()).add(new Link(href(actor), label(actor)));
                said.accept(f, st);
            });
        if (types.contains("Band")) {
            String name = org.filmkg.rdf.Iris.slugify(label(iri)).replaceFirst("^the-", "");
            each.accept(FK.band, st -> {
                Node f = filmOf.apply(st);
                Node member = first(ds, st, FK.member);
                if (f == null) return;
                with.computeIfAbsent(f, k -> new java.util.LinkedHashSet<>());
                if (member != null) with.get(f).add(new Link(href(member), label(member)));
                // the songs its reviews credit to it by name
                Node rev = first(ds, st, FK.inReview);
                if (rev == null) return;
                ds.find(Node.ANY, Node.ANY, FK.inReview, rev).forEachRemaining(q -> {
                    Node artist = first(ds, q.getSubject(), FK.artistAsWritten);
                    Node title = first(ds, q.getSubject(), FK.songTitle);
                    if (artist != null && title != null && org.filmkg.rdf.Iris.slugify(artist.getLiteralLexicalForm()).replaceFirst("^the-", "").equals(name))
                        words.computeIfAbsent(f, k -> new java.util.LinkedHashSet<>()).add(new Link(href(rev), "“" + title.getLiteralLexicalForm() + "”"));
                });
            });
        }
        List<Involvement> out = new ArrayList<>();
        // (a person named in thousands of reviews: the first words per film are enough for a page)
        films.forEach((l, f) -> out.add(new Involvement(new Link(href(f), l), with.getOrDefault(f, java.util.Set.of()).stream().limit(MAX_ROWS).toList(),
                List.copyOf(jobs.getOrDefault(f, java.util.Set.of())), words.getOrDefault(f, java.util.Set.of()).stream().limit(50).toList())));
        return out;
    }

    /** The review's text in stretches; each stretch some statement quotes carries what was read from it. */
    private List<Part> reviewText(Node rev) {
        Node textNode = first(ds, rev, FK.text);
        if (textNode == null) return null;
        String text = textNode.getLiteralLexicalForm();
        int[] cps = text.codePoints().toArray();
        @SuppressWarnings("unchecked")
        java.util.Set<String>[] tips = new java.util.Set[cps.length];
        ds.find(Node.ANY, Node.ANY, FK.OA_SOURCE, rev).forEachRemaining(q -> {
            Node ev = q.getSubject();
            Node b = first(ds, ev, FK.OA_START);
            Node e = first(ds, ev, FK.OA_END);
            if (b == null || e == null) return;
            int from = Integer.parseInt(b.getLiteralLexicalForm());
            int to = Math.min(cps.length, Integer.parseInt(e.getLiteralLexicalForm()));
            String tip = tipOf(ev);
            for (int i = from; i < to; i++) {
                if (tips[i] == null) tips[i] = new java.util.TreeSet<>();
                tips[i].add(tip);
            }
        });
        List<Part> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int j = i;
            while (j < cps.length && java.util.Objects.equals(tips[j], tips[i])) j++;
            out.add(new Part(new String(cps, i, j - i), tips[i] == null ? null : String.join("\n", tips[i])));
            i = j;
        }
        return out;
    }

    /** What the statements quoting one span say: "Cast: actor Jane Roe, roleDescription her manager (cast.desc-paren)". */
    private String tipOf(Node ev) {
        List<String> lines = new ArrayList<>();
        ds.find(Node.ANY, Node.ANY, FK.evidence, ev).forEachRemaining(q -> {
            Node st = q.getSubject();
            Node type = first(ds, st, FK.TYPE);
            Node claimKind = first(ds, st, FK.claimKind);
            List<String> says = new ArrayList<>();
            for (Node p : SAYS) {
                Node o = first(ds, st, p);
                if (o != null) says.add(local(p) + " " + (o.isURI() ? label(o) : o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()));
            }
            Node rule = first(ds, st, FK.rule);
            lines.add(heading(claimKind != null ? claimKind.getLiteralLexicalForm() : type == null ? "" : local(type)) + ": " + String.join(", ", says)
                    + (rule == null ? "" : " (" + rule.getLiteralLexicalForm() + ")"));
        });
        java.util.Collections.sort(lines);
        return lines.isEmpty() ? "quoted as evidence" : String.join("\n", lines);
    }

    /** A value as a template shows it: a link for an IRI, the text of a literal. */
    private Link value(Node o) {
        if (o.isURI()) return new Link(href(o), label(o));
        if (o.isLiteral()) return new Link(null, o.getLiteralLexicalForm());
        return new Link(null, o.toString());
    }

    Link linkTo(Node iri, String text) {
        return new Link(href(iri), text);
    }

    /** This server's path for one of the dataset's IRIs; other IRIs stay as they are. */
    String href(Node iri) {
        String u = iri.getURI();
        return u.startsWith(base) ? "/" + u.substring(base.length()) : u;
    }

    String label(Node iri) {
        Node l = first(ds, iri, FK.LABEL);
        if (l != null) return l.getLiteralLexicalForm();
        Node src = first(ds, iri, FK.source);
        if (src != null) {
            // "Her Film — review by A Critic", or the file name where the review names no critic or publication
            Node film = first(ds, iri, FK.reviews);
            Node filmLabel = film == null ? null : first(ds, film, FK.LABEL);
            String who = reviewerOf(iri);
            String file = src.getLiteralLexicalForm();
            return (filmLabel == null ? "" : filmLabel.getLiteralLexicalForm() + " — ") + (who.equals(file) ? "review " + file : "review by " + who);
        }
        // a rating reads as the reviewer wrote it
        Node rating = first(ds, iri, FK.ratingAsWritten);
        if (rating != null) return "rated " + rating.getLiteralLexicalForm();
        return local(iri);
    }

    String reviewerOf(Node rev) {
        Node r = first(ds, rev, FK.reviewer);
        return r == null ? local(rev) : r.getLiteralLexicalForm();
    }

    static String local(Node n) {
        if (!n.isURI()) return n.toString();
        String u = n.getURI();
        int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return cut >= 0 && cut < u.length() - 1 ? u.substring(cut + 1) : u;
    }

    private static Node first(Model m, Node s, Node p) {
        var it = m.getGraph().find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    static Node first(DatasetGraph ds, Node s, Node p) {
        var it = ds.find(Node.ANY, s, p, Node.ANY);
        if (!it.hasNext()) return null;
        Quad q = it.next();
        return q.getObject();
    }

    static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
