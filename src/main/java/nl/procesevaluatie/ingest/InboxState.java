package nl.procesevaluatie.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.procesevaluatie.inbox.InboxFile;
import nl.procesevaluatie.inbox.InboxScanner;
import nl.procesevaluatie.output.Csv;
import nl.procesevaluatie.store.FileRecord;
import nl.procesevaluatie.store.RejectRecord;
import nl.procesevaluatie.store.Store;
import org.apache.commons.csv.CSVFormat;

/**
 * The inbox as it stands, described from the registry (details.md rule 5): each distinct content once
 * per dataset, under the name of its first file in load order, whatever run loaded it.
 */
public final class InboxState {
    private final List<InboxFile> files;
    private final Store store;
    private List<FileRecord> records;

    public InboxState(List<InboxFile> files, Store store) {
        this.files = files;
        this.store = store;
    }

    /** Registry entries of the inbox's distinct contents, named after their current first file; read once. */
    public synchronized List<FileRecord> records() {
        if (records != null) {
            return records;
        }
        List<FileRecord> out = new ArrayList<>();
        for (InboxFile f : files) {
            if (f.duplicate()) {
                continue;
            }
            store.file(f.dataset(), f.sha256()).ifPresent(r -> out.add(new FileRecord(r.dataset(), r.hash(), f.name(),
                    r.refused(), r.read(), r.accepted(), r.rejected(), r.skipped(), r.field(), r.value(), r.reason(),
                    r.unfinishedLine())));
        }
        records = List.copyOf(out);
        return records;
    }

    /** One rejects.csv line. */
    public record RejectLine(String file, Long line, String dataset, String field, String value, String reason) {}

    public List<RejectLine> rejects() {
        List<RejectLine> out = new ArrayList<>();
        for (FileRecord r : records()) {
            if (r.refused()) {
                out.add(new RejectLine(r.name(), null, r.dataset(), r.field(), r.value(), r.reason()));
            } else {
                for (RejectRecord x : store.rejects(r.dataset(), r.hash())) {
                    out.add(new RejectLine(r.name(), x.line(), r.dataset(), x.field(), x.value(), x.reason()));
                }
            }
        }
        out.sort(Comparator.comparing(RejectLine::file, InboxScanner::compareCodePoints)
                .thenComparing(l -> l.line() == null ? -1L : l.line())
                .thenComparing(RejectLine::dataset, InboxScanner::compareCodePoints));
        return out;
    }

    private static final CSVFormat REJECTS = Csv.FORMAT.builder().setHeader("file", "line", "dataset", "field", "value", "reason").get();

    public static String rejectsCsv(List<RejectLine> lines) {
        return Csv.write(REJECTS, lines.stream().map(l -> List.of(l.file(), l.line() == null ? "" : l.line().toString(),
                l.dataset(), l.field(), l.value(), l.reason())).toList());
    }
}
