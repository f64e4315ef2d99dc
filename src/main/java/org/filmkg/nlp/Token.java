package org.filmkg.nlp;

/**
 * One token of an annotated review. {@code begin}/{@code end} are Java char offsets into the review text;
 * conversion to code points happens once, where evidence is written. {@code head} is the index of the token's
 * governor in the sentence's basic Universal Dependencies parse (-1 for the root) and {@code rel} the relation.
 */
public record Token(int index, String word, String tag, String lemma, String ner, int begin, int end, int head, String rel) {
    /** A token without a parse (tests that build sentences by hand). */
    public Token(int index, String word, String tag, String lemma, String ner, int begin, int end) {
        this(index, word, tag, lemma, ner, begin, end, -1, "dep");
    }

    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public boolean isLowercaseWord() {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    public boolean isPerson() {
        return "PERSON".equals(ner);
    }

    public boolean is(String w) {
        return word.equalsIgnoreCase(w);
    }
}
