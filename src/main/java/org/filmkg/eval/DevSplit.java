package org.filmkg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.filmkg.KgDataException;

/**
 * The honest split of the shared dev data ({@code dev/} and {@code dev2/} under one folder): the tuning half holds the
 * files whose number is odd (rules are written against it), the checking half the even ones (read only after a change
 * is done). Reviews of a half are copied into a folder of their own; gold rows of both sets are merged and kept to it.
 */
public final class DevSplit {
    public enum Half {
        TUNING, CHECKING;

        boolean holds(String file) {
            Matcher m = NUMBER.matcher(file);
            if (!m.find()) return false;
            return (Integer.parseInt(m.group(1)) % 2 == 1) == (this == TUNING);
        }

        public static Half parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "tuning", "tune", "odd" -> TUNING;
                case "checking", "check", "even" -> CHECKING;
                default -> throw new IllegalArgumentException("half '" + s + "' is neither tuning nor checking");
            };
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final List<String> SETS = List.of("dev", "dev2");

    private DevSplit() {}

    /** Copies the half's reviews into {@code into} and returns the merged gold of that half. */
    public static Gold prepare(Path shared, Half half, Path into) throws KgDataException {
        List<Gold> golds = new ArrayList<>();
        try {
            Files.createDirectories(into);
            for (String set : SETS) {
                Path reviews = shared.resolve(set).resolve("reviews");
                if (!Files.isDirectory(reviews)) continue;
                try (Stream<Path> files = Files.list(reviews)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                        if (half.holds(f.getFileName().toString())) Files.copy(f, into.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                golds.add(Gold.load(shared.resolve(set).resolve("gold")));
            }
        } catch (IOException e) {
            throw new KgDataException(shared + ": cannot prepare the " + half.name().toLowerCase(Locale.ROOT) + " half: " + e.getMessage());
        }
        if (golds.isEmpty()) throw new KgDataException(shared + ": no dev/ or dev2/ with reviews and gold");
        return new Gold(rows(golds, half, Gold::cast), rows(golds, half, Gold::crew), rows(golds, half, Gold::bands),
                rows(golds, half, Gold::facts), rows(golds, half, Gold::aliases));
    }

    private static List<Map<String, String>> rows(List<Gold> golds, Half half, java.util.function.Function<Gold, List<Map<String, String>>> table) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Gold g : golds) for (Map<String, String> r : table.apply(g)) if (half.holds(r.getOrDefault("file", ""))) out.add(r);
        return out;
    }
}
