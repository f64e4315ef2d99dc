package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.filmkg.review.ReviewReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder of reviews: encodings, odd files and odd folders, each reported in one line naming the file. */
class ReviewInputTest {
    private static final String TEXT = "Night Ferry\n\nThe keeper climbs the stairs every night, and the film rewards patience.\n";

    @Test
    void upperCaseExtensionsAndUtf16WithAByteOrderMarkAreRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("A.TXT"), TEXT);
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[body.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bom, 2, body.length);
        Files.write(dir.resolve("b.txt"), bom);
        ReviewReader.Result r = ReviewReader.readDirectory(dir);
        assertEquals(List.of(), r.failures());
        assertEquals(2, r.reviews().size());
        assertTrue(r.reviews().stream().allMatch(v -> v.text().equals(TEXT)), r.reviews().toString());
    }

    @Test
    void randomBytesAreNoReviewButWindows1252ProseIs(@TempDir Path dir) throws Exception {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        // bytes that all decode as Windows-1252 (no NUL, none of its five unmapped bytes): only the content gives it away
        for (int i = 0; i < noise.length; i++) {
            int b = noise[i] & 0xFF;
            if (b == 0 || b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) noise[i] = 'x';
        }
        Files.write(dir.resolve("noise.txt"), noise);
        Files.write(dir.resolve("old.txt"), "Night Ferry\n\nA café scene, a naïve keeper – and a film worth the fare.\n".getBytes("windows-1252"));
        ReviewReader.Result r = ReviewReader.readDirectory(dir);
        assertEquals(1, r.failures().size());
        assertTrue(r.failures().get(0).getMessage().startsWith("noise.txt: binary data"), r.failures().get(0).getMessage());
        assertEquals(1, r.reviews().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("old.txt: not valid UTF-8")), r.warnings().toString());
    }

    @Test
    void aSymbolicLinkLoopIsNamedAndNotFollowed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub").resolve("loop"), dir);
        ReviewReader.Result r = ReviewReader.readDirectory(dir);
        assertEquals(1, r.reviews().size());
        assertTrue(r.warnings().contains("sub/loop: a symbolic link, not followed"), r.warnings().toString());
    }

    @Test
    void anUnreadableFolderIsAWarningAndTheRestIsRead(@TempDir Path dir) throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "ReviewInputTest: skipped, running as root, who can read any folder");
        Files.writeString(dir.resolve("a.txt"), TEXT);
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), TEXT);
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            ReviewReader.Result r = ReviewReader.readDirectory(dir);
            assertEquals(1, r.reviews().size());
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("locked: cannot be read")), r.warnings().toString());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void outputFilesGetTheUsersUsualModeNotOwnerOnly(@TempDir Path dir) throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path out = dir.resolve("kg.trig");
        org.filmkg.store.DatasetIO.writeAtomically(out, "x\n");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out), "the mode any new file gets under this umask");
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left beside it");
        }
    }
}
