package nl.procesevaluatie.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import nl.procesevaluatie.domain.Row;
import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.job.FileSettings;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.store.FileLoad;
import nl.procesevaluatie.store.FileRecord;
import nl.procesevaluatie.store.RejectRecord;
import nl.procesevaluatie.store.RowKind;
import nl.procesevaluatie.store.RowSink;
import nl.procesevaluatie.store.Store;

/**
 * Ingests one inbox file for one dataset or instrument: every row read ends up accepted (stored under
 * its key), rejected (with its reason) or skipped, or the whole file is refused.
 */
public final class FileIngester {
    /** The reason of a half-written file's unfinished last record (details.md rule 7). */
    public static final String UNTERMINATED = "unterminated quoted cell (the file ends inside quotes)";

    private final JobFile job;
    private final Store store;
    private final Pseudonymiser pseudonymiser;

    public FileIngester(JobFile job, Store store, Pseudonymiser pseudonymiser) {
        this.job = job;
        this.store = store;
        this.pseudonymiser = pseudonymiser;
    }

    /**
     * Loads the file and returns its registry entry. Accepted rows are stored as they are read; a file
     * refused at the end (too many rejects, or unreadable further on) has them deleted again, and until
     * the registry entry is written they count nowhere. {@code progress} receives rows read so far.
     */
    public FileRecord ingest(InboxFile file, LongConsumer progress) {
        return ingest(file, dataset(file.dataset()), progress);
    }

    private <T extends Row> FileRecord ingest(InboxFile file, Dataset<T> d, LongConsumer progress) {
        List<RejectRecord> rejects = new ArrayList<>();
        try (FileLoad<T> load = store.beginFile(file.dataset(), file.sha256(), file.name(), d.kind())) {
            FileRecord r = readAll(file, d, load, rejects, progress);
            if (r.refused()) {
                load.refuse(r);
            } else {
                load.commit(r, rejects);
            }
            return r;
        }
    }

    /** Reads the file as {@link #ingest} would, storing nothing (for --check). */
    public FileRecord inspect(InboxFile file, List<RejectRecord> rejects) {
        return readAll(file, dataset(file.dataset()), (row, line) -> { }, rejects, rows -> { });
    }

    private <T extends Row> FileRecord readAll(InboxFile file, Dataset<T> d, RowSink<T> sink, List<RejectRecord> rejects,
            LongConsumer progress) {
        Counts<T> counts = new Counts<>(sink, rejects);
        Refusal refusal = read(file, d, counts, rejects, progress);
        if (refusal == null && counts.read > 0
                && BigDecimal.valueOf(counts.rejected).compareTo(job.maxRejectShare().multiply(BigDecimal.valueOf(counts.read))) > 0) {
            refusal = new Refusal(counts.rejected + " of " + counts.read + " rows would be rejected, more than max_reject_share "
                    + job.maxRejectShare().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString() + mostCommon(rejects));
        }
        if (refusal != null) {
            return new FileRecord(file.dataset(), file.sha256(), file.name(), true, 0, 0, 0, 0,
                    refusal.field(), refusal.value(), refusal.reason());
        }
        return new FileRecord(file.dataset(), file.sha256(), file.name(), false, counts.read,
                counts.accepted, counts.rejected, counts.skipped, "", "", "", counts.unfinishedLine);
    }

    /** Why a whole file is refused; field and value name the first missing column, else they are empty. */
    private record Refusal(String field, String value, String reason) {
        Refusal(String reason) {
            this("", "", reason);
        }
    }

    /**
     * A file that could not be opened now (it vanished after the scan, or permission is missing): it is
     * skipped for this night and not registered, so the next night reads it.
     */
    public static final class FileUnavailableException extends RuntimeException {
        public FileUnavailableException(String name, IOException cause) {
            super(name + " could not be read (" + (cause instanceof java.nio.file.NoSuchFileException ? "it is no longer there"
                    : cause instanceof java.nio.file.AccessDeniedException ? "permission denied" : "read error")
                    + "); it is skipped tonight and read on the next run", cause);
        }
    }

    /** Counts the outcomes of a file's rows, sends the storable accepted ones to the sink and keeps the rejects. */
    private static final class Counts<T extends Row> implements RowOutcome.Handler<T> {
        long read, accepted, rejected, skipped;
        /** Where a cut-off last record starts (half-written export), else 0. */
        long unfinishedLine;
        /** The line of the row whose outcome is handled. */
        long line;
        private final RowSink<T> sink;
        private final List<RejectRecord> rejects;

        Counts(RowSink<T> sink, List<RejectRecord> rejects) {
            this.sink = sink;
            this.rejects = rejects;
        }

        @Override
        public void accepted(T row) {
            accepted++;
            if (row.storable()) {
                sink.add(row, line);
            }
        }

        @Override
        public void rejected(RowOutcome.Rejected<T> x) {
            rejected++;
            rejects.add(new RejectRecord(line, x.field(), x.value(), x.reason()));
        }

        @Override
        public void skipped() {
            skipped++;
        }
    }

    /** Reads all rows; returns the reason the file is refused, or null. */
    private <T extends Row> Refusal read(InboxFile file, Dataset<T> d, Counts<T> counts, List<RejectRecord> rejects,
            LongConsumer progress) {
        try (CsvSource csv = CsvSource.open(file.path(), d.settings().encoding(), d.settings().delimiter())) {
            CsvSource.SourceRecord header = csv.next();
            if (header == null) {
                return new Refusal("empty file: no header line");
            }
            if (header.unterminated()) {
                return new Refusal("the header line ends inside a quoted cell");
            }
            List<String> names = header.cells().stream().map(CsvSource::trim).toList();
            if (names.stream().allMatch(String::isEmpty)) {
                return new Refusal("the first line is blank: no header line");
            }
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                positions.putIfAbsent(names.get(i), i);
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            String[] firstMissing = null;
            for (Map.Entry<String, String> e : d.mapped().entrySet()) {
                Integer at = positions.get(e.getValue());
                if (at == null) {
                    if (firstMissing == null) {
                        // an item is named by its column (details.md rule 21)
                        firstMissing = new String[] {e.getKey().equals(Cells.item(e.getValue())) ? e.getValue() : e.getKey(),
                                e.getValue()};
                    }
                    missing.add(e.getValue());
                } else {
                    index.put(e.getKey(), at);
                }
            }
            if (!missing.isEmpty()) {
                // never the header cells themselves: without a header line they are a client's data
                return new Refusal(firstMissing[0], firstMissing[1], HeaderDiagnosis.reason(missing, names, csv.delimiter()));
            }
            int width = names.size();
            for (int i = 0; i < d.settings().skipRowsAfterHeader(); i++) {
                if (csv.next() == null) {
                    break;
                }
            }
            Cells cells = new Cells(index, d.settings().missingValues());
            RowParser<T> parser = d.parser();
            CsvSource.SourceRecord r;
            CsvSource.SourceRecord last = null;
            while ((r = csv.next()) != null) {
                if (r.unterminated()) {
                    counts.read++;
                    counts.rejected++;
                    rejects.add(new RejectRecord(r.line(), "", "", UNTERMINATED));
                    counts.unfinishedLine = r.line();
                    break;
                }
                last = r;
                if (isBlank(r.cells(), width, d.settings().missingValues())) {
                    continue;
                }
                counts.read++;
                cells.reset(r.cells());
                counts.line = r.line();
                parser.parse(cells).handle(counts);
                if ((counts.read & 0xFFFF) == 0) {
                    progress.accept(counts.read);
                }
            }
            progress.accept(counts.read);
            // a last record short of cells with no line end after it: the export was cut off mid-row
            if (counts.unfinishedLine == 0 && last != null && last.cells().size() < width && !csv.endsWithLineBreak()) {
                counts.unfinishedLine = last.line();
            }
            return null;
        } catch (CsvSource.UnreadableFileException e) {
            return new Refusal(e.getMessage());
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException | java.nio.file.FileSystemLoopException e) {
            throw new FileUnavailableException(file.name(), e);
        } catch (IOException e) {
            if (!java.nio.file.Files.isReadable(file.path())) {
                throw new FileUnavailableException(file.name(), e);
            }
            return new Refusal("cannot read the file: " + e.getClass().getSimpleName());
        }
    }

    /** The most frequent reject reason, so a refused file's one line says what to fix. */
    private static String mostCommon(List<RejectRecord> rejects) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        rejects.forEach(r -> counts.merge((r.field().isEmpty() ? "" : r.field() + ": ") + r.reason(), 1L, Long::sum));
        String top = null;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (top == null || e.getValue() > counts.get(top)) {
                top = e.getKey();
            }
        }
        return top == null ? "" : " (most often " + top + ")";
    }

    /** details.md rules 6 and 7: a record whose cells within the header's width are empty or missing-value codes. */
    private static boolean isBlank(List<String> cells, int width, java.util.Set<String> missingValues) {
        for (int i = 0; i < Math.min(width, cells.size()); i++) {
            String v = CsvSource.trim(cells.get(i));
            if (!v.isEmpty() && !missingValues.contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** A dataset's settings, the mapped columns in job-file order (columns, then items), and its row parser. */
    private record Dataset<T extends Row>(FileSettings settings, RowKind<T> kind, Map<String, String> mapped, RowParser<T> parser) {}

    private Dataset<?> dataset(String id) {
        if (id.equals("registrations")) {
            return new Dataset<>(job.registrations(), RowKind.REGISTRATIONS, job.registrations().columns(),
                    new RegistrationParser(job.registrations(), job.intervention(), pseudonymiser));
        }
        if (id.equals("sessions")) {
            return new Dataset<>(job.sessions(), RowKind.SESSIONS, job.sessions().columns(), new SessionParser(job.sessions()));
        }
        Instrument instrument = job.instrument(id).orElseThrow();
        Map<String, String> mapped = new LinkedHashMap<>(instrument.file().columns());
        for (Instrument.Item item : instrument.items()) {
            mapped.put(Cells.item(item.column()), item.column());
        }
        return new Dataset<>(instrument.file(), RowKind.RESPONSES, mapped, new ResponseParser(instrument, pseudonymiser));
    }
}
