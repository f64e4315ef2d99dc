package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.filmkg.extract.CastEvidenceExtractor;
import org.filmkg.extract.CrewExtractor;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.FilmExtractor;
import org.filmkg.extract.ReviewInfoExtractor;
import org.filmkg.nlp.TokenRules;
import org.junit.jupiter.api.Test;

/** The pipeline checks that every extractor's inputs are made before it runs; rules carry their meaning as attributes. */
class PipelineTest {
    @Test
    void anExtractorBeforeWhatItNeedsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Extraction(List.of(new FilmExtractor(), new CastEvidenceExtractor(), new CrewExtractor())));
        assertTrue(e.getMessage().startsWith("extractor 'cast' needs Crew, ReviewInfo facts"), e.getMessage());
    }

    @Test
    void anOrderThatFeedsEveryExtractorIsAccepted() {
        new Extraction(List.of(new FilmExtractor(), new ReviewInfoExtractor(), new CrewExtractor(), new CastEvidenceExtractor()));
        new Extraction();
    }

    @Test
    void ruleAttributesAreRead() {
        Map<String, Map<String, String>> a = TokenRules.load("/rules/attributes.rules", Map.of()).attributes();
        assertEquals(Map.of("shape", "character", "priority", "2", "check", "as-casting"), a.get("test.with"));
        assertEquals(Map.of(), a.get("test.without"));
    }
}
