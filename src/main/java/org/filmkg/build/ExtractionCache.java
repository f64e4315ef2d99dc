package org.filmkg.build;

import org.filmkg.Hashes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.filmkg.extract.Extraction;
import org.filmkg.extract.Fact;

/**
 * The facts extracted from each review text, on disk, keyed by the text's hash and the extractors' fingerprint
 * (Extraction.VERSION, the bytes of every rule file and word list, and of the extractors' compiled classes): an
 * unchanged review is never extracted again, and any change to the rules or the extractors misses the cache.
 * Entries are written atomically; a corrupt one is a miss.
 */
public final class ExtractionCache {
    /** Every class and resource under these packages keys the cache: rules, word lists and the code that reads them. */
    private static final List<String> PACKAGES = List.of("org/filmkg/extract/", "org/filmkg/nlp/");
    private static final String FINGERPRINT = fingerprint();

    private final Path dir;
    private final boolean read;

    /** {@code read = false} ignores what is there (--no-cache) but still refreshes it. */
    public ExtractionCache(Path dir, boolean read) {
        this.dir = dir;
        this.read = read;
    }

    public Optional<List<Fact>> get(String text) {
        if (!read) return Optional.empty();
        Path f = file(text);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
            Object o = in.readObject();
            if (!(o instanceof List<?> l)) return Optional.empty();
            List<Fact> facts = new ArrayList<>();
            for (Object x : l) {
                if (!(x instanceof Fact fact)) return Optional.empty();
                facts.add(fact);
            }
            return Optional.of(facts);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void put(String text, List<Fact> facts) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(buf)) {
                out.writeObject(new ArrayList<>(facts));
            }
            Files.createDirectories(dir);
            Path f = file(text);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            Files.write(tmp, buf.toByteArray());
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only costs speed
        }
    }

    private Path file(String text) {
        return dir.resolve(Hashes.sha256(FINGERPRINT + "\u0000" + text) + ".facts");
    }

    private static String fingerprint() {
        StringBuilder sb = new StringBuilder(Extraction.VERSION);
        for (String entry : packageEntries()) sb.append('|').append(entry).append('=').append(digestOf("/" + entry));
        return Hashes.sha256(sb.toString());
    }

    /** The names of every file under {@link #PACKAGES} on the code source (a jar or a classes folder), sorted. */
    private static java.util.SortedSet<String> packageEntries() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        try {
            Path src = Path.of(Extraction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(src)) {
                for (String pkg : PACKAGES) {
                    Path dir = src.resolve(pkg);
                    if (!Files.isDirectory(dir)) continue;
                    try (var files = Files.walk(dir)) {
                        files.filter(Files::isRegularFile).forEach(f -> out.add(src.relativize(f).toString().replace('\\', '/')));
                    }
                }
            } else {
                try (var jar = new java.util.jar.JarFile(src.toFile())) {
                    jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> !n.endsWith("/") && PACKAGES.stream().anyMatch(n::startsWith)).forEach(out::add);
                }
            }
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot list the extractors' classes and rules for the cache key", e);
        }
        if (out.isEmpty()) throw new IllegalStateException("No extractor classes found for the cache key");
        return out;
    }

    private static String digestOf(String resource) {
        try (InputStream in = Extraction.class.getResourceAsStream(resource)) {
            return in == null ? "missing" : Hashes.sha256(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
