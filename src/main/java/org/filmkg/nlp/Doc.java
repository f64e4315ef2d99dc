package org.filmkg.nlp;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.filmkg.review.Review;

/** A review with its NLP annotations. Extractors see only our records; TokensRegex needs the CoreNLP maps. */
public final class Doc {
    private final Review review;
    private final List<Sentence> sentences;
    private final List<CoreMap> coreSentences;

    Doc(Review review, List<Sentence> sentences, List<CoreMap> coreSentences) {
        this.review = review;
        this.sentences = List.copyOf(sentences);
        this.coreSentences = coreSentences;
    }

    public Review review() {
        return review;
    }

    public String text() {
        return review.text();
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
