package org.filmkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.filmkg.extract.Evidence;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;
import org.filmkg.extract.Mention;
import org.filmkg.resolve.Entity;
import org.filmkg.resolve.Merge;
import org.filmkg.resolve.Resolution;

/**
 * Facts and resolved entities to RDF: one named graph per review, one for the cross-review entities and one
 * for the ontology. The only place that mints IRIs; every IRI is derived from content, so output is stable.
 */
public final class GraphBuilder {
    private final Iris iris;

    public GraphBuilder(String base) {
        this.iris = new Iris(base);
    }

    public String base() {
        return iris.base();
    }

    public Node reviewIri(String id) {
        return iris.review(id);
    }

    public Node reviewGraph(String id) {
        return iris.reviewGraph(id);
    }

    public Node entitiesGraph() {
        return iris.entitiesGraph();
    }

    public Node ontologyGraph() {
        return iris.ontologyGraph();
    }

    private Node entity(Entity e) {
        return iris.entity(e.slug());
    }

    /** Receives the named graphs of a build, one at a time. */
    public interface GraphSink {
        void accept(Node name, Graph graph);
    }

    /** The whole dataset in memory: every graph {@link #emit} makes. */
    public DatasetGraph build(List<Extraction.Result> results, Resolution resolution, Graph ontology) {
        // a plain in-memory dataset (hash-indexed graphs): a transactional TxnMem costs several times more to fill
        DatasetGraph ds = DatasetGraphFactory.create();
        emit(results, resolution, ontology, (name, graph) -> graph.find().forEachRemaining(t -> ds.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
        return ds;
    }

    /**
     * Makes the named graphs one at a time, so a store can take each as it is made and the dataset is never whole in
     * memory: every review graph, then the entities graph (which the reviews' claims add works, places and eras to),
     * then the ontology.
     */
    public void emit(List<Extraction.Result> results, Resolution resolution, Graph ontology, GraphSink sink) {
        DatasetGraph entities = DatasetGraphFactory.create();
        entities(entities, resolution);
        Graph entityGraph = entities.getGraph(entitiesGraph());
        Map<Node, Node> labels = labelsIn(entityGraph);
        for (Extraction.Result r : results) {
            DatasetGraph one = DatasetGraphFactory.create();
            review(one, r, resolution);
            Graph extra = one.getGraph(entitiesGraph());
            Map<Node, Node> own = labelsIn(extra);
            extra.find().forEachRemaining(entityGraph::add);
            Node g = reviewGraph(Iris.idOf(r.review().source()));
            Graph graph = one.getGraph(g);
            labelsWhereUsed(graph, n -> own.containsKey(n) ? own.get(n) : labels.get(n));
            sink.accept(g, graph);
        }
        sink.accept(entitiesGraph(), entityGraph);
        sink.accept(ontologyGraph(), ontology);
    }

    /** Each entity's label (the first when a graph gives several, as a claim's work may be written two ways). */
    private static Map<Node, Node> labelsIn(Graph g) {
        Map<Node, Node> out = new java.util.HashMap<>();
        g.find(Node.ANY, FK.LABEL, Node.ANY).forEachRemaining(t -> out.merge(t.getSubject(), t.getObject(), (a, b) -> a.toString().compareTo(b.toString()) <= 0 ? a : b));
        return out;
    }

    /**
     * A review graph repeats the label of every entity its statements point to (as a merge repeats the file names of
     * its reviews): a query then reads one graph at a time, never joining across graphs, which is what keeps the saved
     * queries fast at thousands of reviews.
     */
    private static void labelsWhereUsed(Graph g, java.util.function.Function<Node, Node> labelOf) {
        java.util.Map<Node, Node> used = new java.util.TreeMap<>(java.util.Comparator.comparing(Node::toString));
        g.find().forEachRemaining(t -> {
            Node label = t.getObject().isURI() ? labelOf.apply(t.getObject()) : null;
            if (label != null) used.put(t.getObject(), label);
        });
        used.forEach((n, label) -> g.add(n, FK.LABEL, label));
    }

    private void entities(DatasetGraph ds, Resolution res) {
        Node g = entitiesGraph();
        for (Entity e : res.entities()) {
            Node s = entity(e);
            Node type = switch (e.kind()) {
                case FILM -> FK.Film;
                case PERSON -> FK.Person;
                case CHARACTER -> FK.Character;
                case BAND -> FK.Band;
            };
            ds.add(g, s, FK.TYPE, type);
            ds.add(g, s, FK.LABEL, lit(e.label()));
            ds.add(g, s, FK.SCHEMA_NAME, lit(e.label()));
            for (Map.Entry<String, Set<String>> v : e.variants().entrySet()) {
                if (!v.getKey().equals(e.label())) ds.add(g, s, FK.ALT_LABEL, lit(v.getKey()));
                Node vn = iris.variant(e.slug(), v.getKey());
                ds.add(g, s, FK.variant, vn);
                ds.add(g, vn, FK.TYPE, FK.NameVariant);
                ds.add(g, vn, FK.writtenAs, lit(v.getKey()));
                for (String src : v.getValue()) ds.add(g, vn, FK.usedIn, reviewIri(Iris.idOf(src)));
            }
        }
        for (Merge m : res.merges()) {
            Node mn = iris.merge(m.kind() + "|" + m.into() + "|" + m.variant());
            ds.add(g, mn, FK.TYPE, FK.Merge);
            ds.add(g, mn, FK.mergedInto, iris.entity(m.into()));
            ds.add(g, mn, FK.mergedName, lit(m.variant()));
            for (String src : m.sources()) {
                ds.add(g, mn, FK.usedIn, reviewIri(Iris.idOf(src)));
                ds.add(g, mn, FK.usedInFile, lit(src));
            }
            ds.add(g, mn, FK.reason, lit(m.reason()));
            ds.add(g, mn, FK.score, NodeFactory.createLiteralDT(String.valueOf(m.score()), XSDDatatype.XSDdecimal));
        }
    }

    private void review(DatasetGraph ds, Extraction.Result r, Resolution res) {
        String src = r.review().source();
        String id = Iris.idOf(src);
        String text = r.review().text();
        Node g = reviewGraph(id);
        Node rev = reviewIri(id);
        ds.add(g, rev, FK.TYPE, FK.Review);
        ds.add(g, rev, FK.source, lit(src));
        ds.add(g, rev, FK.text, lit(text));
        Node film = res.film(src).map(this::entity).orElse(null);
        if (film != null) ds.add(g, rev, FK.reviews, film);
        // the film's year as this review gives it ("Title (2019)")
        for (Fact f : r.facts())
            if (f instanceof Fact.Film fm && fm.year() != null) {
                ds.add(g, rev, FK.filmYear, NodeFactory.createLiteralDT(String.valueOf(fm.year()), XSDDatatype.XSDgYear));
                break;
            }

        String critic = null;
        String publication = null;
        Map<String, Fact.Fictional> fictional = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            if (f instanceof Fact.Band b && b.fictional() != Fact.Fictional.UNKNOWN) fictional.putIfAbsent(res.band(src, b.band().text()).slug(), b.fictional());
        }
        for (Fact f : r.facts()) {
            Node st = iris.statement(id, kindOf(f), f.toString());
            if (f instanceof Fact.Film) continue;
            if (f instanceof Fact.ReviewInfo x) {
                switch (x.kind()) {
                    case REVIEWER -> critic = x.value();
                    case PUBLICATION -> publication = x.value();
                    case RATING -> {
                        Node rating = iris.reviewPart(id, "rating");
                        ds.add(g, rev, FK.rating, rating);
                        ds.add(g, rating, FK.TYPE, FK.Rating);
                        ds.add(g, rating, FK.claimKind, lit("rating"));
                        ds.add(g, rating, FK.ratingAsWritten, lit(x.value()));
                        // canonical xsd:decimal ("0.45", not "0.450"): TDB2 stores the value and gives it back canonical
                        ds.add(g, rating, FK.value, NodeFactory.createLiteralDT(new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.3f", x.normalised())).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal));
                        statement(ds, g, rating, rev, x.evidence(), text);
                    }
                    case RUNTIME -> {
                        Node minutes = NodeFactory.createLiteralDT(x.value(), XSDDatatype.XSDinteger);
                        ds.add(g, rev, FK.runtimeMinutes, minutes);
                        // the runtime is a length claim like "over two hours", so the two can be set side by side
                        Node claim = iris.reviewPart(id, "runtime");
                        ds.add(g, claim, FK.TYPE, FK.Claim);
                        ds.add(g, claim, FK.claimKind, lit("length"));
                        ds.add(g, claim, FK.value, lit(x.value() + " minutes"));
                        ds.add(g, claim, FK.quantity, NodeFactory.createLiteralDT(x.value(), XSDDatatype.XSDdecimal));
                        ds.add(g, claim, FK.unit, lit("minutes"));
                        ds.add(g, claim, FK.polarity, lit("asserted"));
                        if (film != null) {
                            ds.add(g, claim, FK.film, film);
                            ds.add(g, claim, FK.about, film);
                        }
                        statement(ds, g, claim, rev, x.evidence(), text);
                    }
                }
                continue;
            }
            if (f instanceof Fact.Cast c) {
                ds.add(g, st, FK.TYPE, FK.CastCredit);
                Node actor = entity(res.person(src, c.actor().text()));
                ds.add(g, st, FK.actor, actor);
                ds.add(g, st, FK.actorAsWritten, lit(c.actor().text()));
                if (c.character() != null) {
                    Node ch = entity(res.character(src, c.character().text()));
                    ds.add(g, st, FK.character, ch);
                    ds.add(g, st, FK.characterAsWritten, lit(c.character().text()));
                    // each review's graph states who plays whom in its own words
                    ds.add(g, ch, FK.playedBy, actor);
                }
                if (c.description() != null) {
                    ds.add(g, st, FK.roleDescription, lit(c.description().text()));
                    ds.add(g, st, FK.roleEvidence, evidenceNode(ds, g, rev, c.description().begin(), c.description().end(), text));
                    // the description is also the reviewer's claim about the actor's role
                    Node claim = iris.claim(id, "role|" + f);
                    ds.add(g, claim, FK.TYPE, FK.Claim);
                    ds.add(g, claim, FK.claimKind, lit("role"));
                    ds.add(g, claim, FK.about, actor);
                    ds.add(g, claim, FK.value, lit(c.description().text()));
                    ds.add(g, claim, FK.polarity, lit("asserted"));
                    ds.add(g, claim, FK.DERIVED_FROM, st);
                    if (film != null) ds.add(g, claim, FK.film, film);
                    statement(ds, g, claim, rev, c.evidence(), text);
                }
            } else if (f instanceof Fact.Crew c) {
                ds.add(g, st, FK.TYPE, FK.CrewCredit);
                ds.add(g, st, FK.person, entity(res.person(src, c.person().text())));
                ds.add(g, st, FK.personAsWritten, lit(c.person().text()));
                ds.add(g, st, FK.job, lit(c.job().label()));
            } else if (f instanceof Fact.Band b) {
                Entity band = res.band(src, b.band().text());
                ds.add(g, st, FK.TYPE, FK.BandStatement);
                ds.add(g, st, FK.band, entity(band));
                ds.add(g, st, FK.fictional, lit(fictional.getOrDefault(band.slug(), Fact.Fictional.UNKNOWN).label()));
                if (b.member() != null) {
                    String m = b.member().text();
                    ds.add(g, st, FK.member, entity(res.isCharacter(src, m) ? res.character(src, m) : res.person(src, m)));
                    ds.add(g, st, FK.memberAsWritten, lit(m));
                }
                if (b.songwriter() != null) ds.add(g, st, FK.songwriter, entity(res.person(src, b.songwriter().text())));
            } else if (f instanceof Fact.Claim c) {
                claim(ds, g, st, c, src, film, res);
            } else if (f instanceof Fact.Song so) {
                ds.add(g, st, FK.TYPE, FK.SongMention);
                ds.add(g, st, FK.songTitle, lit(so.title().text()));
                if (so.artist() != null) ds.add(g, st, FK.artistAsWritten, lit(so.artist().text()));
            }
            if (film != null) ds.add(g, st, FK.film, film);
            statement(ds, g, st, rev, f.evidence(), text);
        }
        String reviewer = critic != null ? critic : publication != null ? publication : src;
        ds.add(g, rev, FK.reviewer, lit(reviewer));
        if (critic != null) ds.add(g, rev, FK.critic, lit(critic));
        if (publication != null) ds.add(g, rev, FK.publication, lit(publication));
    }

    /** A claim: kind, value as written or normalised, typed quantity, polarity, and what it is about. */
    private void claim(DatasetGraph ds, Node g, Node st, Fact.Claim c, String src, Node film, Resolution res) {
        ds.add(g, st, FK.TYPE, FK.Claim);
        ds.add(g, st, FK.claimKind, lit(c.kind().label()));
        ds.add(g, st, FK.value, lit(c.value()));
        ds.add(g, st, FK.polarity, lit(c.polarity().label()));
        Node about = film;
        if (c.subject() != null) about = res.findPerson(src, c.subject().text()).map(this::entity).orElse(null);
        if (about != null) ds.add(g, st, FK.about, about);
        if (c.number() != null) ds.add(g, st, FK.quantity, NodeFactory.createLiteralDT(decimal(c.number()), XSDDatatype.XSDdecimal));
        if (c.unit() != null) ds.add(g, st, FK.unit, lit(c.unit()));
        Node entities = iris.entitiesGraph();
        switch (c.kind()) {
            case COMPARISON -> {
                Node work = iris.work(c.value());
                ds.add(g, st, FK.comparedWith, work);
                ds.add(entities, work, FK.TYPE, FK.Work);
                ds.add(entities, work, FK.LABEL, lit(c.value()));
            }
            case SETTING -> {
                Node place = iris.place(c.value());
                ds.add(g, st, FK.place, place);
                ds.add(entities, place, FK.TYPE, FK.Place);
                ds.add(entities, place, FK.LABEL, lit(c.value()));
            }
            case ERA -> {
                Node era = iris.era(c.value().replaceAll("(?i)^the\\s+", ""));
                ds.add(g, st, FK.era, era);
                ds.add(entities, era, FK.TYPE, FK.Era);
                ds.add(entities, era, FK.LABEL, lit(c.value().replaceAll("(?i)^the\\s+", "")));
            }
            default -> { }
        }
    }

    private static String decimal(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private void statement(DatasetGraph ds, Node g, Node st, Node rev, Evidence ev, String text) {
        ds.add(g, st, FK.inReview, rev);
        ds.add(g, st, FK.rule, lit(ev.rule()));
        if (ev.why() != null) ds.add(g, st, FK.why, lit(ev.why()));
        ds.add(g, st, FK.evidence, evidenceNode(ds, g, rev, ev.begin(), ev.end(), text));
    }

    /** Evidence offsets are Unicode code points into the review text, as the ontology promises. */
    private Node evidenceNode(DatasetGraph ds, Node g, Node rev, int begin, int end, String text) {
        int b = text.codePointCount(0, begin);
        int e = b + text.codePointCount(begin, end);
        Node ev = NodeFactory.createURI(rev.getURI() + "/span/" + b + "-" + e);
        ds.add(g, ev, FK.TYPE, FK.Evidence);
        ds.add(g, ev, FK.OA_SOURCE, rev);
        ds.add(g, ev, FK.OA_EXACT, lit(text.substring(begin, end)));
        ds.add(g, ev, FK.OA_START, NodeFactory.createLiteralDT(String.valueOf(b), XSDDatatype.XSDnonNegativeInteger));
        ds.add(g, ev, FK.OA_END, NodeFactory.createLiteralDT(String.valueOf(e), XSDDatatype.XSDnonNegativeInteger));
        return ev;
    }

    private static String kindOf(Fact f) {
        if (f instanceof Fact.Cast) return "cast";
        if (f instanceof Fact.Crew) return "crew";
        if (f instanceof Fact.Band) return "band";
        if (f instanceof Fact.Song) return "song";
        if (f instanceof Fact.Claim) return "claim";
        return "info";
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
