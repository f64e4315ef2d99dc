package org.filmkg.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
    /** Rule files and word lists whose content keys the cache (a change to any of them invalidates it). */
    private static final List<String> RESOURCES = List.of("common.rules", "cast.rules", "crew.rules", "band.rules", "claims.rules",
            "film-title.patterns", "review-info.patterns", "role-nouns.txt", "band-nouns.txt", "jobs.tsv", "fictional-cues.txt",
            "genres.txt", "judgement-cues.tsv", "polarity-cues.tsv");
    /** The compiled extractors and NLP glue: a change to their code changes what they find, like a rule change. */
    private static final List<String> CLASSES = List.of("extract/Extraction", "extract/CastExtractor", "extract/CrewExtractor",
            "extract/FilmExtractor", "extract/BandExtractor", "extract/ReviewInfoExtractor", "extract/ClaimExtractor", "extract/Names",
            "extract/Lexicon", "extract/LinePatterns", "extract/ReviewContext", "extract/Fact", "extract/Mention", "extract/Evidence",
            "nlp/TokenRules", "nlp/NlpPipeline", "nlp/Doc");
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
        return dir.resolve(sha256(FINGERPRINT + "\u0000" + text) + ".facts");
    }

    private static String fingerprint() {
        StringBuilder sb = new StringBuilder(Extraction.VERSION);
        for (String r : RESOURCES) sb.append('|').append(r).append('=').append(digestOf("/org/filmkg/extract/" + r));
        for (String c : CLASSES) sb.append('|').append(c).append('=').append(digestOf("/org/filmkg/" + c + ".class"));
        return sha256(sb.toString());
    }

    private static String digestOf(String resource) {
        try (InputStream in = Extraction.class.getResourceAsStream(resource)) {
            return in == null ? "missing" : sha256(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return "unreadable";
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
