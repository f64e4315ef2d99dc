package org.filmkg.extract;

import java.util.List;
import org.filmkg.nlp.Doc;

/** Finds one kind of fact in an annotated review. Extractors run in order and see what earlier ones found. */
public interface Extractor {
    String name();

    List<Fact> extract(Doc doc, ReviewContext context);
}
