package no.veiviser.data.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Runs generation in fixed-size chunks of rows, in parallel, with a random stream per chunk that
 * depends only on the seed and the chunk's index. Results therefore do not depend on the number of
 * threads or on scheduling, and the chunk results come back in chunk order.
 */
public final class ChunkedParallel {
    /** Rows per chunk: fixed, because changing it changes the generated data. */
    public static final int CHUNK_ROWS = 4096;

    private ChunkedParallel() {
    }

    /** Work on the rows {@code [fromRow, toRow)} of one chunk. */
    @FunctionalInterface
    public interface ChunkTask<R> {
        R run(int chunk, int fromRow, int toRow, SplittableRandom random);
    }

    /** Runs {@code task} on every chunk of {@code rows} rows and returns the results in chunk order. */
    public static <R> List<R> run(int rows, long seed, ChunkTask<R> task) {
        int chunks = (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
        return IntStream.range(0, chunks).parallel()
                .mapToObj(chunk -> task.run(chunk, chunk * CHUNK_ROWS, Math.min(rows, (chunk + 1) * CHUNK_ROWS),
                        randomFor(seed, chunk)))
                .toList();
    }

    /** The random stream of one chunk. */
    public static SplittableRandom randomFor(long seed, int chunk) {
        return new SplittableRandom(mix(seed ^ mix(0x5DEECE66DL + chunk)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
