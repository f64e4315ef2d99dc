package org.filmkg.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.filmkg.build.Corpus;

/**
 * Extraction progress on stderr, from the first review: a progress bar (me.tongfei:progressbar) with rate and ETA
 * on a terminal; a plain line at the first review and at every tenth otherwise (logs and pipes).
 */
final class ProgressReporter implements Corpus.Progress {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private ProgressBar bar;
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
        if (terminal) {
            if (bar == null) bar = new ProgressBarBuilder().setTaskName("kg: extracting").setInitialMax(total).setUnit(" reviews", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().continuousUpdate().build();
            bar.stepTo(done);
            if (done == total) {
                bar.close();
                bar = null;
            }
            return;
        }
        int tenth = (int) ((long) done * 10 / total);
        if (tenth == lastTenth) return;
        lastTenth = tenth;
        double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        double rate = done / secs;
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf("kg: extracted %d/%d reviews (%.1f/s, ETA %ds)%n", done, total, rate, eta);
        err.flush();
    }
}
