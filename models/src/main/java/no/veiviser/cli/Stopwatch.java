package no.veiviser.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** Reports stages of long work with elapsed time on stderr. */
final class Stopwatch {
    private final PrintWriter err;
    private final long start = System.nanoTime();

    Stopwatch(PrintWriter err) {
        this.err = err;
    }

    void stage(String message) {
        err.printf(Locale.ROOT, "[%7.1f s] %s%n", seconds(), message);
        err.flush();
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
