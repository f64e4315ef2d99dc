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
}
