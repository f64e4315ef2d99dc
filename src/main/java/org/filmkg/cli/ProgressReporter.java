package org.filmkg.cli;

import java.io.PrintWriter;
import org.filmkg.store.Corpus;

/**
 * Extraction progress on stderr, from the first review: a bar with done/total, rate and ETA on a terminal; a plain
 * line at the first review and at every tenth otherwise (logs and pipes).
 */
final class ProgressReporter implements Corpus.Progress {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private int lastTenth = -1;

    ProgressReporter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void stage(String what) {
        err.println("kg: " + what + "…");
        err.flush();
    }

    @Override
    public synchronized void update(int done, int total) {
        double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double rate = done / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        if (terminal) {
            int width = 30;
            int filled = (int) ((long) done * width / total);
            err.printf("\rkg: [%s%s] %d/%d  %.1f reviews/s  ETA %ds ", "#".repeat(filled), " ".repeat(width - filled), done, total, rate, eta);
            if (done == total) err.println();
        } else {
            int tenth = (int) ((long) done * 10 / total);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            err.printf("kg: extracted %d/%d reviews (%.1f/s, ETA %ds)%n", done, total, rate, eta);
        }
        err.flush();
    }
}
