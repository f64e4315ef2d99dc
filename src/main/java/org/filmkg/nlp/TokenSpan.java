package org.filmkg.nlp;

/** Tokens {@code [start, end)} of one sentence. */
public record TokenSpan(Sentence sentence, int start, int end) {
    public TokenSpan {
        if (start < 0 || end > sentence.size() || start >= end) {
            throw new IllegalArgumentException("Bad token span [" + start + "," + end + ") in a sentence of " + sentence.size());
        }
    }

    public int begin() {
        return sentence.get(start).begin();
    }

    public int endChar() {
        return sentence.get(end - 1).end();
    }

    public java.util.List<Token> tokens() {
        return sentence.tokens().subList(start, end);
    }

    public int size() {
        return end - start;
    }

    public Token first() {
        return sentence.get(start);
    }

    public Token last() {
        return sentence.get(end - 1);
    }

    /** The syntactic head: the token whose governor lies outside the span (the last token without a parse). */
    public Token head() {
        for (Token t : tokens()) if (t.head() < start || t.head() >= end) {
            if (t.head() >= 0 || t.rel().equals("root")) return t;
        }
        return last();
    }

    /** The words joined by single spaces (not the source text; use offsets for quotes). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.word());
        }
        return sb.toString();
    }
}
