package org.filmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pattern files name pieces once ("macro<TAB>NAME<TAB>regex") and use them as {NAME}; an unknown name is refused at load. */
class LinePatternsTest {
    @Test
    void aMacroStandsForItsRegex() {
        LinePatterns p = LinePatterns.load("test-macros.patterns");
        assertEquals("Night Ferry", p.find("Night Ferry").get(0).group("value"));
        // near miss: the macro's regex still decides ("night ferry" has no capitals)
        assertTrue(p.find("night ferry").isEmpty());
    }

    @Test
    void anUnknownMacroIsRefusedAtLoad() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> LinePatterns.load("test-unknown-macro.patterns"));
        assertTrue(e.getMessage().contains("t.bad") && e.getMessage().contains("{NOSUCH}"), e.getMessage());
    }
}
