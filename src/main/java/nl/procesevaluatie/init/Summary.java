package nl.procesevaluatie.init;

import java.util.ArrayList;
import java.util.List;

/** The short table init prints: per file, what it found. */
final class Summary {
    private Summary() {}

    static String table(Draft d) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"file", "dataset", "encoding", "delimiter", "header rows", "data rows"});
        for (SniffedFile f : d.files) {
            if (!f.readable()) {
                rows.add(new String[] {f.name(), "unreadable", f.error(), "", "", ""});
                continue;
            }
            rows.add(new String[] {f.name(), d.datasetOf(f), f.encodingKey() != null ? f.encodingKey() + bom(f) : f.encodingNote().contains("UTF-16") ? "UTF-16 (BOM)" : "ASCII",
                    DatasetGuesser.show(f.delimiter()), String.valueOf(1 + f.extraHeaderRows().size()),
                    f.rows().size() + (f.truncated() ? "+" : "")});
        }
        int[] width = new int[6];
        for (String[] r : rows) {
            for (int i = 0; i < r.length - 1; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                b.append(i < r.length - 1 ? pad(r[i], width[i] + 2) : r[i]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String bom(SniffedFile f) {
        return f.encodingNote() != null && f.encodingNote().contains("byte-order mark") ? " (BOM)" : "";
    }

    private static String pad(String s, int n) {
        return s + " ".repeat(Math.max(0, n - s.length()));
    }
}
