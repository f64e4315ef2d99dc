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
 * Server-rendered HTML for entity and review pages: plain HTML that works without JavaScript, every string from
 * the data escaped (review text is untrusted). Links point at this server's own paths.
 */
final class Pages {
    private final DatasetGraph ds;
    private final String base;

    Pages(DatasetGraph ds, String base) {
        this.ds = ds;
        this.base = base;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A page for any described resource; a review also shows its text with the extracted spans highlighted. */
    String page(Node iri, Model description) {
        String label = label(iri);
        StringBuilder body = new StringBuilder();
        List<String> types = new ArrayList<>();
        description.getGraph().find(iri, FK.TYPE, Node.ANY).forEach(t -> types.add(local(t.getObject())));
        body.append("<h1>").append(esc(label)).append("</h1>\n<p class=\"iri\">").append(esc(iri.getURI()))
                .append(" · ").append(esc(String.join(", ", types))).append("</p>\n");
        body.append("<p class=\"formats\">This page as <a href=\"?format=turtle\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · ")
                .append("<a href=\"?format=nt\">N-Triples</a></p>\n");
        boolean review = types.contains("Review");
        if (types.contains("Person") || types.contains("Character") || types.contains("Band")) body.append(films(iri));
        if (review) body.append(reviewText(iri));
        if (types.contains("Film")) {
            FilmPage film = new FilmPage(ds, this, iri);
            body.append(film.infobox()).append(film.castTable()).append(picture(film));
        }
        body.append(properties(iri, description, review));
        body.append(statements(iri, description, review));
        return html(label, body.toString());
    }

    static String html(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>"
                + "body{font-family:system-ui,sans-serif;max-width:72rem;margin:1rem auto;padding:0 1rem;line-height:1.45}"
                + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}"
                + ".iri{color:#666;font-size:.9rem}blockquote{margin:0;color:#333;font-style:italic}"
                + "mark{background:#fff3a8}.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;background:#fafafa}"
                + "#network{height:28rem;border:1px solid #ddd}nav a{margin-right:1rem}"
                + ".infobox{width:auto;margin-bottom:1rem}.infobox th{width:8rem}.who{color:#666;font-size:.9rem}"
                + ".cast tr.disagree td:first-child{border-left:4px solid #e67e22}.mark{color:#e67e22;font-weight:bold}.named{color:#888}"
                + ".legend .dot{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin:0 .2rem 0 .6rem;vertical-align:middle}"
                + ".dot.film{background:#c0392b;border-radius:2px}.dot.person{background:#2980b9}.dot.character{background:#27ae60}"
                + ".dot.band{background:#8e44ad}.dot.member{background:#16a085}.said{min-height:1.5rem;color:#333}"
                + "</style></head><body>\n<nav><a href=\"/\">Home</a><a href=\"" + esc(HomeServlet.EDITOR_START) + "\">Query editor</a><a href=\"/queries\">Saved queries</a>"
                + "<a href=\"/.well-known/void\">Dataset (VoID)</a><a href=\"/ui/\">Fuseki</a>"
                + "<form action=\"/search\" method=\"get\" style=\"display:inline\"><input type=\"search\" name=\"q\" placeholder=\"Search\" aria-label=\"Search\"></form></nav>\n" + body + "</body></html>\n";
    }

    private String properties(Node iri, Model description, boolean review) {
        StringBuilder sb = new StringBuilder("<h2>Properties</h2>\n<table>\n");
        List<Triple> own = description.getGraph().find(iri, Node.ANY, Node.ANY).toList();
        own.sort(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()));
        for (Triple t : own) {
            if (review && t.getPredicate().equals(FK.text)) continue;
            sb.append("<tr><th>").append(esc(local(t.getPredicate()))).append("</th><td>").append(value(t.getObject())).append("</td></tr>\n");
        }
        return sb.append("</table>\n").toString();
    }

    /** Each statement or claim that points at the resource: what it says, who said it, and the quote. */
    private String statements(Node iri, Model description, boolean review) {
        Map<String, List<String>> rows = new TreeMap<>();
        description.getGraph().find(Node.ANY, FK.TYPE, Node.ANY).forEach(t -> {
            Node st = t.getSubject();
            if (st.equals(iri) || !isStatement(t.getObject())) return;
            Node rev = first(description, st, FK.inReview);
            if (rev == null) return;
            String kind = local(t.getObject());
            Node claimKind = first(description, st, FK.claimKind);
            if (claimKind != null) kind = claimKind.getLiteralLexicalForm();
            StringBuilder says = new StringBuilder();
            for (Node p : List.of(FK.actor, FK.character, FK.roleDescription, FK.person, FK.job, FK.band, FK.member, FK.songwriter,
                    FK.fictional, FK.value, FK.comparedWith, FK.polarity, FK.songTitle, FK.artistAsWritten)) {
                Node o = first(description, st, p);
                if (o == null || o.equals(iri)) continue;
                says.append("<span class=\"p\">").append(esc(local(p))).append(":</span> ").append(value(o)).append(" ");
            }
            Node ev = first(description, st, FK.evidence);
            Node quote = ev == null ? null : first(ds, ev, FK.OA_EXACT);
            String who = review ? "" : link(rev, reviewerOf(rev));
            String row = "<tr><td>" + esc(kind) + "</td><td>" + says + "</td>" + (review ? "" : "<td>" + who + "</td>")
                    + "<td><blockquote>" + (quote == null ? "" : esc(quote.getLiteralLexicalForm())) + "</blockquote></td></tr>\n";
            rows.computeIfAbsent(kind + "|" + reviewerOf(rev), k -> new ArrayList<>()).add(row);
        });
        if (rows.isEmpty()) return "";
        // one section per kind of statement, under a heading a reader knows
        Map<String, List<String>> sections = new TreeMap<>();
        rows.forEach((key, l) -> sections.computeIfAbsent(heading(key.substring(0, key.indexOf('|'))), k -> new ArrayList<>()).addAll(l.stream().sorted().toList()));
        StringBuilder sb = new StringBuilder("<h2>What the reviews say</h2>\n");
        sections.forEach((heading, l) -> {
            sb.append("<h3>").append(esc(heading)).append("</h3>\n<table>\n<tr><th>kind</th><th>statement</th>")
                    .append(review ? "" : "<th>review</th>").append("<th>quote</th></tr>\n");
            l.forEach(sb::append);
            sb.append("</table>\n");
        });
        return sb.toString();
    }

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

    /** "In: <film>, <film>": the films of the reviews whose statements name this person, character or band. */
    private String films(Node iri) {
        java.util.Map<String, Node> films = new java.util.TreeMap<>();
        ds.find(Node.ANY, Node.ANY, Node.ANY, iri).forEachRemaining(q -> {
            Node review = first(ds, q.getSubject(), FK.inReview);
            Node film = review == null ? null : first(ds, review, FK.reviews);
            if (film != null) films.putIfAbsent(label(film), film);
        });
        if (films.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<p>In ");
        int i = 0;
        for (java.util.Map.Entry<String, Node> f : films.entrySet()) sb.append(i++ == 0 ? "" : ", ").append(link(f.getValue(), f.getKey()));
        return sb.append("</p>\n").toString();
    }

    /** The review's text, every span some statement quotes marked, the rules that read it in the title. */
    private String reviewText(Node rev) {
        Node textNode = first(ds, rev, FK.text);
        if (textNode == null) return "";
        String text = textNode.getLiteralLexicalForm();
        int[] cps = text.codePoints().toArray();
        Map<Integer, List<String>> starts = new TreeMap<>();
        boolean[] marked = new boolean[cps.length];
        ds.find(Node.ANY, Node.ANY, FK.OA_SOURCE, rev).forEachRemaining(q -> {
            Node b = first(ds, q.getSubject(), FK.OA_START);
            Node e = first(ds, q.getSubject(), FK.OA_END);
            if (b == null || e == null) return;
            int from = Integer.parseInt(b.getLiteralLexicalForm());
            int to = Math.min(cps.length, Integer.parseInt(e.getLiteralLexicalForm()));
            for (int i = from; i < to; i++) marked[i] = true;
            starts.computeIfAbsent(from, k -> new ArrayList<>()).add(q.getSubject().getURI());
        });
        StringBuilder sb = new StringBuilder("<h2>Text</h2>\n<div class=\"text\">");
        int i = 0;
        while (i < cps.length) {
            int j = i;
            while (j < cps.length && marked[j] == marked[i]) j++;
            String part = esc(new String(cps, i, j - i));
            sb.append(marked[i] ? "<mark>" + part + "</mark>" : part);
            i = j;
        }
        return sb.append("</div>\n").toString();
    }

    /**
     * The picture: the film's people, characters and bands, with a legend, a filter by review, and the words behind an
     * edge shown for the selected node only. The data sits in a JSON script block (not executed); the page reads fine
     * without it, the picture needs JavaScript.
     */
    private String picture(FilmPage film) {
        return "<h2>Who played whom</h2>\n"
                + "<p class=\"legend\"><span class=\"dot film\"></span>film <span class=\"dot person\"></span>actor "
                + "<span class=\"dot character\"></span>character <span class=\"dot band\"></span>band <span class=\"dot member\"></span>band member "
                + "· <label>Review: <select id=\"network-filter\"><option value=\"\">all reviews</option></select></label> "
                + "· select a person or character to see what each review said</p>\n"
                + "<div id=\"network\" aria-label=\"network of the film's cast, characters and bands\"></div>\n"
                + "<p id=\"network-said\" class=\"said\"></p>\n"
                + "<script type=\"application/json\" id=\"network-data\">" + film.networkJson().replace("</", "<\\/") + "</script>\n"
                + "<script src=\"/kg-static/cytoscape.min.js\"></script>\n<script src=\"/kg-static/network.js\"></script>\n";
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c == '<' || c == '>' || c == '&') sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private String value(Node o) {
        if (o.isURI()) return link(o, label(o));
        if (o.isLiteral()) return esc(o.getLiteralLexicalForm());
        return esc(o.toString());
    }

    String link(Node iri, String text) {
        return "<a href=\"" + esc(href(iri)) + "\">" + esc(text) + "</a>";
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
