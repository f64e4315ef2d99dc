package org.filmkg.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.filmkg.review.Review;

/** A review with its NLP annotations. Extractors see only our records; TokensRegex needs the CoreNLP maps. */
public final class Doc {
    private final Review review;
    private final String text;
    private final List<Sentence> sentences;
    private final List<CoreMap> coreSentences;

    Doc(Review review, String text, List<Sentence> sentences, List<CoreMap> coreSentences) {
        this.review = review;
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.coreSentences = coreSentences;
    }

    public Review review() {
        return review;
    }

    /** The review's text as extraction reads it: the page's tail after the review blanked ({@code PageChrome}), same offsets. */
    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The exact review text between two char offsets. */
    public String text(int begin, int end) {
        return review.text().substring(begin, end);
    }

    public String text(TokenSpan span) {
        return text(span.begin(), span.endChar());
    }

    CoreMap coreSentence(int index) {
        return coreSentences.get(index);
    }
}
