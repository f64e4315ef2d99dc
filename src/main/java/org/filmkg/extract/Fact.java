package org.filmkg.extract;

/** A statement an extractor found in one review, with its evidence. Serializable for the build cache. */
public sealed interface Fact extends java.io.Serializable permits Fact.Film, Fact.Cast, Fact.Crew, Fact.Band, Fact.ReviewInfo, Fact.Song, Fact.Claim {
    Evidence evidence();

    /** The film the review is about; {@code year} may be null. */
    record Film(Mention title, Integer year, Evidence evidence) implements Fact {}

    /** An actor in this film, optionally with the character and the reviewer's description of the role. */
    record Cast(Mention actor, Mention character, Mention description, Evidence evidence) implements Fact {
        public Cast {
            if (actor == null) throw new IllegalArgumentException("A cast statement needs an actor");
        }
    }

    /** A person with a job on this film. */
    record Crew(Mention person, Job job, Evidence evidence) implements Fact {}

    /** A music group; member and songwriter are optional (characters or people), fictional is yes/no/unknown. */
    record Band(Mention band, Fictional fictional, Mention member, Mention songwriter, Evidence evidence) implements Fact {}

    /** A fact about the review itself: who wrote it, where, the rating and the runtime it reports. */
    record ReviewInfo(Kind kind, String value, Double normalised, Evidence evidence) implements Fact {}

    /** A song with its artist as written (artist may be null). */
    record Song(Mention title, Mention artist, Evidence evidence) implements Fact {}

    /**
     * A reviewer's assertion. {@code subject} is the mention it is about (null: the film); {@code value} the claim
     * in the review's words or normalised ("positive", "5 segments"); {@code number} and {@code unit} a typed value
     * where there is one (120 "minutes", 5 "segments", +1 "sign").
     */
    record Claim(ClaimKind kind, Mention subject, String value, Double number, String unit, Polarity polarity, Evidence evidence) implements Fact {}

    enum ClaimKind {
        LENGTH, STRUCTURE, SETTING, ERA, GENRE, COMPARISON, JUDGEMENT, VERDICT, PERFORMANCE, RELEASE;

        public String label() {
            return name().toLowerCase();
        }
    }

    /** Whether the text asserts the claim, denies it ("isn't like …") or hedges it ("probably", "almost"). */
    enum Polarity {
        ASSERTED, NEGATED, HEDGED;

        public String label() {
            return name().toLowerCase();
        }
    }

    enum Kind { REVIEWER, PUBLICATION, RATING, RUNTIME }

    enum Fictional {
        YES, NO, UNKNOWN;

        public String label() {
            return name().toLowerCase();
        }
    }
}
