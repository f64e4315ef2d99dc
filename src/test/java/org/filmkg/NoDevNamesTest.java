package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extraction must generalise: no name or title from dev/ or dev2/ (their gold: actors, characters, crew, bands, film
 * titles, critics) may stand in the code, the rule files or the tests. Names of two words or more are checked, so a
 * common first name that a test invents independently does not trip it. The tests that check the shipped seeds' own
 * output may name what the seeds' gold names. Skips when ../shared is absent.
 */
class NoDevNamesTest {
    private static final List<String> COLUMNS = List.of("actor", "character", "person", "band", "member", "songwriter", "film", "value");

    @Test
    void noDevNameOrTitleInCodeRulesOrTests() throws Exception {
        Path shared = Path.of("..", "shared");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("dev2")), "../shared is absent: skipping the dev-name guard");
        Set<String> names = new TreeSet<>();
        for (String set : List.of("dev", "dev2")) names.addAll(names(shared.resolve(set).resolve("gold")));
        // the tests that check the shipped seeds' own output (the headline rows, their pages) name what the seeds say
        Set<String> seedNames = names(Path.of("src/test/resources/gold"));
        Map<String, String> found = new TreeMap<>();
        for (Path root : List.of(Path.of("src/main"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    boolean seedAcceptance = SEED_ACCEPTANCE.contains(f.getFileName().toString());
                    String text = Files.readString(f).toLowerCase(Locale.ROOT);
                    for (String n : names) if (text.contains(n) && !(seedAcceptance && seedNames.contains(n))) found.put(n, f.toString());
                }
            }
        }
        assertEquals(Map.of(), found, "names or titles from dev/ or dev2/ in code, rules or tests");
    }

    private static final Set<String> SEED_ACCEPTANCE = Set.of("SeedsTest.java", "LinkedDataTest.java", "BrowserTest.java", "ContractQueriesTest.java", "ConsoleTest.java");

    /** The names and titles (two words or more, lower case, without a leading "the") in a gold folder's CSVs. */
    private static Set<String> names(Path gold) throws java.io.IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(gold)) return names;
        try (Stream<Path> files = Files.list(gold)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(csv))) {
                    for (CSVRecord r : parser)
                        for (String c : COLUMNS) {
                            if (!r.isMapped(c)) continue;
                            String v = r.get(c).strip();
                            if (c.equals("value") && !(r.isMapped("kind") && r.get("kind").matches("film_title|director|reviewer"))) continue;
                            if (v.split("\\s+").length >= 2 && v.length() >= 6) names.add(v.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
                        }
                }
            }
        }
        return names;
    }
}
