package org.filmkg.nlp;

/**
 * One token of an annotated review. {@code begin}/{@code end} are Java char offsets into the review text;
 * conversion to code points happens once, where evidence is written.
 */
public record Token(int index, String word, String tag, String lemma, String ner, int begin, int end) {
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
