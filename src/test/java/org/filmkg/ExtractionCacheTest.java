package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmkg.build.ExtractionCache;
import org.filmkg.extract.Evidence;
import org.filmkg.extract.Fact;
import org.filmkg.extract.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build cache: a hit for the same text, a miss for another text, for --no-cache, and for a corrupt entry. */
class ExtractionCacheTest {
    private static final List<Fact> FACTS = List.of(new Fact.Cast(new Mention("Jane Roe", 0, 8), new Mention("Edie", 12, 16), null, new Evidence(0, 17, "cast.char-paren")));

    @Test
    void sameTextHitsOtherTextMisses(@TempDir Path dir) {
        ExtractionCache c = new ExtractionCache(dir, true);
        c.put("Jane Roe as Edie.", FACTS);
        assertEquals(FACTS, c.get("Jane Roe as Edie.").orElseThrow());
        assertTrue(c.get("Jane Roe as Edie!").isEmpty());
        assertTrue(new ExtractionCache(dir, false).get("Jane Roe as Edie.").isEmpty(), "--no-cache reads nothing");
    }

    @Test
    void aCorruptEntryIsAMiss(@TempDir Path dir) throws Exception {
        ExtractionCache c = new ExtractionCache(dir, true);
        c.put("Jane Roe as Edie.", FACTS);
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) Files.writeString(p, "not a cache entry");
        }
        assertTrue(c.get("Jane Roe as Edie.").isEmpty());
    }
}
