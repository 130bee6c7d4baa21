package no.veiviser.data.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the records of a data file that has no schema yet (for a schema draft), through the very CSV
 * and JSON readers {@link TableReader} uses: the same formats, the same UTF-8 and syntax checks, the
 * same idea of a missing value. Records come one at a time, so memory does not grow with the file.
 *
 * <p>Problems with the file — no such file, not UTF-8, empty, a column named twice or not at all,
 * a record with the wrong number of fields, a malformed JSON line, a JSON key the first record lacks,
 * an unclosed quote — are collected (up to {@link ReadOptions#maxProblems()}) and thrown together as
 * one {@link DataLoadException} at the end; the handler has then seen only the good records.
 */
public final class RawRecords {
    /** What a read hands over. */
    public interface Handler {
        /** The file's columns, in file order, before any record. */
        void columns(List<String> names);

        /**
         * One record, with one cell per column: a CSV cell as its text (the empty text when empty); a JSON
         * value as String, Number or Boolean, or null when null or absent. Cells of skipped columns are
         * null. The array is reused for the next record.
         */
        void record(long line, Object[] cells);
    }

    private RawRecords() {
    }

    /**
     * Reads every record of a file.
     *
     * @param skip columns whose cells are not looked at (a JSON value there may even be a list or an object)
     * @return the number of records handed over
     * @throws DataLoadException listing the file's problems
     */
    public static long read(Path file, ReadOptions options, Predicate<String> skip, Handler handler) {
        DataFormat format = options.format().orElseGet(() -> DataFormat.fromFileName(file));
        Sink sink = new Sink(file.toString(), options.maxProblems(), skip, handler);
        TableReader.readRecords(file, format, sink);
        if (!sink.problems.isEmpty()) {
            throw new DataLoadException(file.toString(), sink.problems, sink.full());
        }
        return sink.records;
    }

    private static final class Sink implements RecordSink {
        private final String file;
        private final int maxProblems;
        private final Predicate<String> skip;
        private final Handler handler;
        private final List<LoadProblem> problems = new ArrayList<>();
        private boolean[] skipped;
        private boolean failed;
        private long records;

        Sink(String file, int maxProblems, Predicate<String> skip, Handler handler) {
            this.file = file;
            this.maxProblems = maxProblems;
            this.skip = skip;
            this.handler = handler;
        }

        @Override
        public boolean header(List<String> names, long line) {
            List<LoadProblem> headerProblems = new ArrayList<>();
            Headers.positions(names, file, line, headerProblems);
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).isBlank()) {
                    headerProblems.add(new LoadProblem(file, line, 0, "", "column " + (i + 1) + " has no name"));
                }
            }
            if (!headerProblems.isEmpty()) {
                fileProblems(headerProblems);
                return false;
            }
            skipped = new boolean[names.size()];
            for (int i = 0; i < names.size(); i++) {
                skipped[i] = skip.test(names.get(i));
            }
            handler.columns(List.copyOf(names));
            return true;
        }

        @Override
        public boolean skipped(int position) {
            return skipped[position];
        }

        @Override
        public void textRecord(long line, String[] cells) {
            records++;
            Object[] values = cells;
            for (int c = 0; c < cells.length; c++) {
                if (skipped[c]) {
                    values[c] = null;
                }
            }
            handler.record(line, values);
        }

        @Override
        public void objectRecord(long line, Object[] cells) {
            records++;
            handler.record(line, cells);
        }

        @Override
        public void badRecord(long line, String column, String message) {
            add(new LoadProblem(file, line, ++records, column, message));
        }

        @Override
        public void badRecord(long line, Map<String, String> problemsByColumn) {
            long record = ++records;
            problemsByColumn.forEach((column, message) -> add(new LoadProblem(file, line, record, column, message)));
        }

        @Override
        public void fileProblem(long line, String message) {
            fileProblems(List.of(new LoadProblem(file, line, records + 1, "", message)));
        }

        @Override
        public boolean full() {
            return problems.size() >= maxProblems;
        }

        @Override
        public void finish() {
            if (skipped == null && !failed) {
                fileProblems(List.of(Headers.missing(file, records)));
            }
        }

        private void fileProblems(List<LoadProblem> more) {
            failed = true;
            more.forEach(this::add);
        }

        private void add(LoadProblem problem) {
            if (problems.size() < maxProblems) {
                problems.add(problem);
            }
        }
    }
}
