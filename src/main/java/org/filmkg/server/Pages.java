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

    record Section(String heading, List<StatementRow> rows) {}

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
        model.put("films", types.contains("Person") || types.contains("Character") || types.contains("Band") ? films(iri) : List.of());
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
        sections.forEach((heading, rows) -> out.add(new Section(heading, rows.stream().sorted(order).toList())));
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
