package org.filmkg.nlp;

import java.util.List;

/** A sentence: its tokens (indexed from 0 within the sentence) and its char span in the review. */
public record Sentence(int index, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) throw new IllegalArgumentException("Sentence " + index + " has no tokens");
    }

    public int begin() {
        return tokens.get(0).begin();
    }

    public int end() {
        return tokens.get(tokens.size() - 1).end();
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** The governor of a token in the dependency parse, or null for the root. */
    public Token head(Token t) {
        return t.head() < 0 || t.head() >= tokens.size() ? null : tokens.get(t.head());
    }

    /** The tokens that depend on {@code t}, in sentence order. */
    public java.util.List<Token> children(Token t) {
        java.util.List<Token> out = new java.util.ArrayList<>();
        for (Token c : tokens) if (c.head() == t.index()) out.add(c);
        return out;
    }

    /** The children of {@code t} whose relation starts with {@code rel} ("nmod" takes "nmod:poss" too). */
    public java.util.List<Token> children(Token t, String rel) {
        java.util.List<Token> out = new java.util.ArrayList<>();
        for (Token c : tokens) if (c.head() == t.index() && c.rel().startsWith(rel)) out.add(c);
        return out;
    }

    /** The lower-case word of the "case" marker of {@code t} ("as", "by", "of"), or "". */
    public String caseOf(Token t) {
        for (Token c : tokens) if (c.head() == t.index() && c.rel().equals("case")) return c.word().toLowerCase(java.util.Locale.ROOT);
        return "";
    }
}
