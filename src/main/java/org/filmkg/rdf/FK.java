package org.filmkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/** The ontology's vocabulary and the prefixes used in every output. */
public final class FK {
    public static final String NS = "https://w3id.org/filmkg/ns#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";

    private FK() {}

    private static Node p(String local) {
        return NodeFactory.createURI(NS + local);
    }

    public static final Node TYPE = RDF.type.asNode();
    public static final Node LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node SCHEMA_NAME = NodeFactory.createURI(SCHEMA + "name");
    public static final Node DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node OA_EXACT = NodeFactory.createURI(OA + "exact");
    public static final Node OA_START = NodeFactory.createURI(OA + "start");
    public static final Node OA_END = NodeFactory.createURI(OA + "end");
    public static final Node OA_SOURCE = NodeFactory.createURI(OA + "hasSource");

    public static final Node Review = p("Review");
    public static final Node Film = p("Film");
    public static final Node Person = p("Person");
    public static final Node Character = p("Character");
    public static final Node Band = p("Band");
    public static final Node CastCredit = p("CastCredit");
    public static final Node CrewCredit = p("CrewCredit");
    public static final Node BandStatement = p("BandStatement");
    public static final Node SongMention = p("SongMention");
    public static final Node Claim = p("Claim");
    public static final Node Rating = p("Rating");
    public static final Node Evidence = p("Evidence");
    public static final Node NameVariant = p("NameVariant");
    public static final Node Merge = p("Merge");
    public static final Node Work = p("Work");
    public static final Node Place = p("Place");
    public static final Node Era = p("Era");

    public static final Node inReview = p("inReview");
    public static final Node evidence = p("evidence");
    public static final Node rule = p("rule");
    public static final Node why = p("why");
    public static final Node usedInFile = p("usedInFile");
    public static final Node film = p("film");
    public static final Node actor = p("actor");
    public static final Node actorAsWritten = p("actorAsWritten");
    public static final Node character = p("character");
    public static final Node characterAsWritten = p("characterAsWritten");
    public static final Node roleDescription = p("roleDescription");
    public static final Node roleEvidence = p("roleEvidence");
    public static final Node person = p("person");
    public static final Node personAsWritten = p("personAsWritten");
    public static final Node job = p("job");
    public static final Node band = p("band");
    public static final Node fictional = p("fictional");
    public static final Node member = p("member");
    public static final Node memberAsWritten = p("memberAsWritten");
    public static final Node songwriter = p("songwriter");
    public static final Node songTitle = p("songTitle");
    public static final Node artistAsWritten = p("artistAsWritten");
    public static final Node claimKind = p("claimKind");
    public static final Node value = p("value");
    public static final Node ratingAsWritten = p("ratingAsWritten");
    public static final Node source = p("source");
    public static final Node reviewer = p("reviewer");
    public static final Node critic = p("critic");
    public static final Node publication = p("publication");
    public static final Node text = p("text");
    public static final Node reviews = p("reviews");
    public static final Node rating = p("rating");
    public static final Node runtimeMinutes = p("runtimeMinutes");
    public static final Node filmYear = p("filmYear");
    public static final Node playedBy = p("playedBy");
    public static final Node inFilm = p("inFilm");
    public static final Node variant = p("variant");
    public static final Node writtenAs = p("writtenAs");
    public static final Node usedIn = p("usedIn");
    public static final Node mergedInto = p("mergedInto");
    public static final Node mergedName = p("mergedName");
    public static final Node reason = p("reason");
    public static final Node score = p("score");
    public static final Node about = p("about");
    public static final Node polarity = p("polarity");
    public static final Node quantity = p("quantity");
    public static final Node unit = p("unit");
    public static final Node comparedWith = p("comparedWith");
    public static final Node place = p("place");
    public static final Node era = p("era");

    /** Prefixes for Turtle/TriG output and for queries typed in the consoles. */
    public static PrefixMapping prefixes(String base) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("fk", NS);
        pm.setNsPrefix("schema", SCHEMA);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("oa", OA);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS);
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("dct", "http://purl.org/dc/terms/");
        new Iris(base).addPrefixes(pm);
        return pm;
    }
}
