package org.filmkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A --db build on a full disk: one line naming the store, exit 1, and the store as it was. The disk is a 3 MiB tmpfs,
 * so the test needs to be allowed to mount one (root in a container, as in CI); otherwise it skips and says so.
 */
class DiskFullTest {
    private static int run(List<String> cmd, StringBuilder out) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        p.waitFor(300, TimeUnit.SECONDS);
        if (out != null) out.append(new String(bytes, StandardCharsets.UTF_8));
        return p.exitValue();
    }

    private static List<String> kg(Path home, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "-Dkg.home=" + home,
                "-Dlog4j2.level=WARN", "org.filmkg.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void aFullDiskGivesOneLineAndKeepsTheStore(@TempDir Path dir) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        boolean mounted;
        try {
            mounted = run(List.of("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()), null) == 0;
        } catch (java.io.IOException e) {
            mounted = false;
        }
        if (!mounted) System.err.println("DiskFullTest: SKIPPED — cannot mount a small tmpfs here (needs root and the mount tool)");
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs: skipping the full-disk test");
        try {
            Path home = Files.createDirectories(dir.resolve("home"));
            Path input = Files.createDirectories(dir.resolve("reviews"));
            try (var s = Files.list(Path.of("seeds"))) {
                for (Path p : s.toList()) Files.copy(p, input.resolve(p.getFileName()));
            }
            Path db = disk.resolve("db");
            assertEquals(0, run(kg(home, "build", "--input", input.toString(), "--db", db.toString()), null));
            Path before = dir.resolve("before.nq");
            assertEquals(0, run(kg(home, "export", "--db", db.toString(), "--format", "nq", "--out", before.toString()), null));
            // a changed review, and a disk with no room left
            Path changed;
            try (var s = Files.list(input)) {
                changed = s.sorted().findFirst().orElseThrow();
            }
            Files.writeString(changed, Files.readString(changed) + "\n\nTom Becker plays the night porter.\n");
            Path filler = disk.resolve("filler");
            try (var out = Files.newOutputStream(filler)) {
                byte[] block = new byte[64 * 1024];
                while (true) out.write(block);
            } catch (java.io.IOException full) {
                // the disk is full now
            }
            StringBuilder said = new StringBuilder();
            int exit = run(kg(home, "build", "--input", input.toString(), "--db", db.toString()), said);
            List<String> lines = said.toString().lines().filter(l -> !l.contains("extracted") && !l.contains("loading NLP")).toList();
            assertEquals(1, exit, said.toString());
            assertEquals(1, lines.size(), "one line: " + said);
            assertTrue(lines.get(0).contains(db.toString()) && lines.get(0).contains("disk is full"), lines.get(0));
            Files.delete(filler);
            Path after = dir.resolve("after.nq");
            assertEquals(0, run(kg(home, "export", "--db", db.toString(), "--format", "nq", "--out", after.toString()), null));
            assertEquals(Files.readString(before), Files.readString(after), "the store keeps its last committed build");
        } finally {
            run(List.of("umount", disk.toString()), null);
        }
    }
}
