package org.filmkg.extract;

import org.filmkg.nlp.Doc;
import org.filmkg.nlp.TokenSpan;

/** A stretch of review text naming something (a person, a character, a band, a role): text exactly as written. */
public record Mention(String text, int begin, int end) implements java.io.Serializable {
    public Mention {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Mention text must not be blank");
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("Bad mention span [" + begin + "," + end + ") for '" + text + "'");
    }

    public static Mention of(Doc doc, TokenSpan span) {
        return new Mention(doc.text(span), span.begin(), span.endChar());
    }

    public static Mention of(Doc doc, int begin, int end) {
        return new Mention(doc.text(begin, end), begin, end);
    }
}
