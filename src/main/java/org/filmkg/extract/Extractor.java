package org.filmkg.extract;

import java.util.List;
import java.util.Set;
import org.filmkg.nlp.Doc;

/**
 * Finds one kind of fact in an annotated review. Extractors run in order and see what earlier ones found; each says
 * which kinds of fact it reads ({@link #needs}) and which it makes ({@link #provides}), and {@link Extraction}
 * refuses an order in which something is read before anything makes it.
 */
public interface Extractor {
    String name();

    /** The kinds of fact this extractor reads from the review context. */
    default Set<Class<? extends Fact>> needs() {
        return Set.of();
    }

    /** The kinds of fact this extractor makes. */
    Set<Class<? extends Fact>> provides();

    List<Fact> extract(Doc doc, ReviewContext context);
}
