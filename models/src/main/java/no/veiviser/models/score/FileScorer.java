package no.veiviser.models.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.veiviser.core.Veiviser;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.data.table.BadRow;
import no.veiviser.data.table.ReadOptions;
import no.veiviser.data.table.RowChunk;
import no.veiviser.data.table.RowHandler;
import no.veiviser.data.table.TableReader;

/**
 * Scores every row of a data file (CSV, JSON array or JSON Lines of the bundle's schema) through the
 * batch path, {@link Veiviser#suggestAll}, and writes one suggestion per row.
 *
 * <p>Rows are checked by {@link TableReader} — the checks every data file and case goes through — in
 * two passes over the file: the first checks every row and counts them (so that a file with bad rows
 * fails before anything is scored, and progress knows the total); the second scores the good rows in
 * chunks and writes each chunk before reading the next, so memory does not grow with the file. The
 * id column is optional (rows are then numbered 1, 2, …); the target, protected attributes and true
 * probabilities may be in the file, are checked like any column, and are never model inputs.
 */
public final class FileScorer {
    /** Rows per {@code suggestAll} call unless told otherwise. */
    public static final int DEFAULT_CHUNK_ROWS = 1000;
    /** Bad rows listed in a {@link BadRowsException}. */
    public static final int BAD_ROWS_LISTED = 20;

    /** What to do with rows the schema rejects. */
    public enum OnBadRow {
        /** Score nothing and throw {@link BadRowsException} listing the bad rows. */
        FAIL,
        /** Report each bad row to {@link Progress#skipped} and score the others. */
        SKIP;

        /** Parses {@code fail} or {@code skip} (case-insensitive). */
        public static OnBadRow parse(String name) {
            for (OnBadRow value : values()) {
                if (value.name().equalsIgnoreCase(name.trim())) {
                    return value;
                }
            }
            throw new IllegalArgumentException("unknown bad-row policy \"" + name + "\": use fail or skip");
        }
    }

    /** Hears how scoring a file goes; every method is called from the scoring thread. */
    public interface Progress {
        /** The file has been checked: {@code goodRows} rows will be scored, {@code badRows} are bad. */
        default void checked(long goodRows, long badRows) {
        }

        /** A bad row that is skipped ({@link OnBadRow#SKIP}), in file order, before any row is scored. */
        default void skipped(BadRow row) {
        }

        /** After each chunk: {@code done} of {@code total} rows scored and written. */
        default void scored(long done, long total) {
        }
    }

    /** How a file was scored. */
    public record Summary(long scored, long skipped) {
    }

    private final Veiviser veiviser;
    private final int chunkRows;

    public FileScorer(Veiviser veiviser, int chunkRows) {
        this.veiviser = Objects.requireNonNull(veiviser, "veiviser");
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunkRows must be at least 1");
        }
        this.chunkRows = chunkRows;
    }

    /**
     * Scores every good row of {@code data} into {@code out} (not closed).
     *
     * @throws BadRowsException when the file has bad rows and {@code onBadRow} is {@link OnBadRow#FAIL}; nothing is written
     * @throws no.veiviser.data.table.DataLoadException when the file as a whole cannot be read (header, syntax)
     */
    public Summary score(Path data, OnBadRow onBadRow, SuggestionWriter out, Progress progress) {
        ReadOptions options = ReadOptions.defaults().withOptionalIdColumn();
        Check check = new Check(onBadRow, progress);
        TableReader.readRows(data, veiviser.schema(), options, chunkRows, check);
        if (onBadRow == OnBadRow.FAIL && check.badRows > 0) {
            throw new BadRowsException(data.toString(), check.badRows, check.listed);
        }
        progress.checked(check.goodRows, check.badRows);

        Score score = new Score(out, check.goodRows, progress);
        TableReader.readRows(data, veiviser.schema(), options, chunkRows, score);
        if (score.done != check.goodRows || score.badRows != check.badRows) {
            throw new IllegalArgumentException(data + " changed while it was being scored: checked " + check.goodRows
                    + " good and " + check.badRows + " bad rows, then read " + score.done + " and " + score.badRows);
        }
        return new Summary(score.done, score.badRows);
    }

    /** A bad row as "line L (record R): column: problem; …". */
    public static String describe(BadRow row) {
        return "line " + row.line() + " (record " + row.record() + "): " + row.describe();
    }

    /** The first pass: counts rows, reports or lists bad rows. */
    private static final class Check implements RowHandler {
        private final OnBadRow onBadRow;
        private final Progress progress;
        private final List<BadRow> listed = new ArrayList<>();
        private long goodRows;
        private long badRows;

        Check(OnBadRow onBadRow, Progress progress) {
            this.onBadRow = onBadRow;
            this.progress = progress;
        }

        @Override
        public void rows(RowChunk chunk) {
            goodRows += chunk.size();
        }

        @Override
        public void badRow(BadRow row) {
            badRows++;
            if (onBadRow == OnBadRow.SKIP) {
                progress.skipped(row);
            } else if (listed.size() < BAD_ROWS_LISTED) {
                listed.add(row);
            }
        }
    }

    /** The second pass: scores and writes each chunk of good rows. */
    private final class Score implements RowHandler {
        private final SuggestionWriter out;
        private final long total;
        private final Progress progress;
        private long done;
        private long badRows;

        Score(SuggestionWriter out, long total, Progress progress) {
            this.out = out;
            this.total = total;
            this.progress = progress;
        }

        @Override
        public void rows(RowChunk chunk) {
            List<Suggestion> suggestions = veiviser.suggestAll(chunk.table().cases(0, chunk.size()));
            try {
                for (int row = 0; row < chunk.size(); row++) {
                    out.write(chunk.table().id(row), chunk.line(row), suggestions.get(row));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write suggestions: " + e.getMessage(), e);
            }
            done += chunk.size();
            progress.scored(done, total);
        }

        @Override
        public void badRow(BadRow row) {
            badRows++;
        }
    }
}
