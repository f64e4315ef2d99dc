package org.filmkg.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a directory of reviews: every {@code *.txt} below it, in file-name order.
 * A file that cannot be used is reported and skipped, so one bad review never costs the others.
 */
public final class ReviewReader {
    /** Reviews larger than this are refused: they are not reviews, and they would stall the NLP. */
    public static final long MAX_BYTES = 1_000_000;

    private ReviewReader() {}

    /** The outcome of reading a directory: the good reviews, the failures and any warnings. */
    public record Result(List<Review> reviews, List<ReviewReadException> failures, List<String> warnings) {}

    public static Result readDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a directory (give --input a folder of .txt reviews)");
        List<Review> reviews = new ArrayList<>();
        List<ReviewReadException> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Path> files = reviewFiles(dir, warnings);
        for (Path file : files) {
            try {
                // a file in a subfolder is named by its path, so a/r.txt and b/r.txt stay two reviews
                String name = dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                reviews.add(read(file, name, warnings::add));
            } catch (ReviewReadException e) {
                failures.add(e);
            }
        }
        return new Result(reviews, failures, warnings);
    }

    /**
     * The review files under a folder (".txt" in any case), sorted by name. A folder that cannot be read and a symbolic
     * link (which is not followed, so a loop cannot trap the walk) are each a warning line; the rest is read.
     */
    static List<Path> reviewFiles(Path dir, List<String> warnings) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                if (a.isSymbolicLink()) warnings.add(dir.relativize(p) + ": a symbolic link, not followed");
                else if (a.isRegularFile() && p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) files.add(p);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                warnings.add(dir.relativize(p) + ": cannot be read (" + e.getClass().getSimpleName().replace("Exception", "") + "); skipped");
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    /** Reads one review file under the name it is reported and identified by. */
    public static Review read(Path file, String name, Consumer<String> warn) throws ReviewReadException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ReviewReadException(name, "too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ReviewReadException(name, "cannot be read: " + e.getMessage());
        }
        return decode(name, bytes, warn);
    }

    /** Decodes one review file's bytes: UTF-8, else Windows-1252 with a warning. */
    static Review decode(String name, byte[] bytes, Consumer<String> warn) throws ReviewReadException {
        // UTF-16 with a byte-order mark is text, whatever its zero bytes
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            String text = new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
            if (text.isBlank()) throw new ReviewReadException(name, "empty review");
            return new Review(name, text);
        }
        for (byte b : bytes) {
            if (b == 0) throw new ReviewReadException(name, "binary file (contains NUL bytes), not a text review");
        }
        String text;
        try {
            text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            try {
                text = strict(Charset.forName("windows-1252")).decode(ByteBuffer.wrap(bytes)).toString();
                // random bytes decode as Windows-1252 too: prose is mostly letters and spaces, noise is not
                if (!prose(text)) throw new ReviewReadException(name, "binary data, not a text review (not UTF-8, and mostly not letters as Windows-1252)");
                warn.accept(name + ": not valid UTF-8; read as Windows-1252");
            } catch (CharacterCodingException e2) {
                throw new ReviewReadException(name, "neither UTF-8 nor Windows-1252 text");
            }
        }
        // A byte-order mark is an encoding artefact, not text the reviewer wrote.
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new ReviewReadException(name, "empty review");
        return new Review(name, text);
    }

    /** At least four in five characters are letters, digits, spaces or common punctuation, and few are controls. */
    static boolean prose(String text) {
        int plain = 0;
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || ".,;:!?'\"()-–—’“”…".indexOf(c) >= 0) plain++;
            if (Character.isISOControl(c) && !Character.isWhitespace(c)) controls++;
        }
        return plain >= 0.8 * text.length() && controls <= 0.01 * text.length();
    }

    private static java.nio.charset.CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
