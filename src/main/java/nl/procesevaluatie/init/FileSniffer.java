package nl.procesevaluatie.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.procesevaluatie.ingest.CsvSource;
import nl.procesevaluatie.ingest.Encoding;

/**
 * Reads one export as the ingest will: the encoding by the ingest's own rules ({@link Encoding}), the
 * delimiter by its header-line detection ({@link CsvSource#detectDelimiter(String)}), then the records,
 * of which the first few may be extra header rows.
 */
final class FileSniffer {
    /** Enough rows to see every pattern of a nightly export; a country-scale file is not read whole. */
    static final int MAX_ROWS = 50_000;
    private static final int MAX_EXTRA_HEADER_ROWS = 3;
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

    private FileSniffer() {}

    static SniffedFile sniff(Path file) {
        return sniff(file, MAX_ROWS);
    }

    /** Reads at most {@code maxRows} data rows: an inbox of hundreds of nightly files shares one budget. */
    static SniffedFile sniff(Path file, int maxRows) {
        String encodingKey;
        String note;
        Charset charset;
        try {
            // asking for windows-1252 lets Encoding tell apart a BOM, valid UTF-8 and anything else
            Encoding e = Encoding.of(file, Encoding.WINDOWS_1252);
            if (e.skip() > 0) {
                charset = e.charset();
                encodingKey = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : null;
                note = e.reason() + (encodingKey == null ? ": read as UTF-16 whatever encoding says" : "");
            } else if (e.charset().equals(StandardCharsets.UTF_8)) {
                charset = StandardCharsets.UTF_8;
                encodingKey = "UTF-8";
                note = "valid UTF-8 with non-ASCII characters";
            } else if (hasNonAscii(file)) {
                charset = Encoding.WINDOWS_1252;
                encodingKey = "windows-1252";
                note = "not valid UTF-8: saved by Excel or another Windows program";
            } else {
                charset = StandardCharsets.UTF_8;
                encodingKey = null;
                note = "plain ASCII";
            }
            String headerLine = firstLine(file, charset, e.skip());
            char delimiter = CsvSource.detectDelimiter(headerLine);
            return read(file, charset, encodingKey, note, delimiter, maxRows);
        } catch (IOException ex) {
            return failed(file, "cannot read the file: " + ex.getMessage());
        }
    }

    private static SniffedFile read(Path file, Charset charset, String encodingKey, String note, char delimiter, int maxRows)
            throws IOException {
        List<List<String>> records = new ArrayList<>();
        boolean truncated = false;
        try (CsvSource csv = CsvSource.open(file, charset, delimiter)) {
            CsvSource.SourceRecord r;
            while ((r = csv.next()) != null) {
                if (r.unterminated()) {
                    break; // a half-written last record: the ingest rejects it
                }
                if (records.size() > maxRows + MAX_EXTRA_HEADER_ROWS) {
                    truncated = true;
                    break;
                }
                records.add(r.cells().stream().map(CsvSource::trim).toList());
            }
        } catch (CsvSource.UnreadableFileException ex) {
            return failed(file, ex.getMessage());
        }
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isEmpty)) {
            return failed(file, "no header line");
        }
        List<String> header = records.get(0);
        List<List<String>> rest = new ArrayList<>(records.subList(1, records.size()));
        int extra = extraHeaderRows(header, rest);
        List<List<String>> extraRows = List.copyOf(rest.subList(0, extra));
        List<List<String>> rows = rest.subList(extra, rest.size()).stream().filter(r -> !blank(r, header.size())).toList();
        return new SniffedFile(file, encodingKey, note, delimiter, header, extraRows, rows, truncated, null);
    }

    /**
     * How many records after the header are labels: a survey tool's question texts or ImportIds, or the
     * header repeated. A record is a label row when most of the columns that hold numbers or dates in
     * the records after it hold neither in it.
     */
    static int extraHeaderRows(List<String> header, List<List<String>> records) {
        int k = 0;
        while (k < Math.min(MAX_EXTRA_HEADER_ROWS, records.size())) {
            List<List<String>> after = records.subList(k + 1, Math.min(records.size(), k + 1 + 500)).stream()
                    .filter(r -> !isImportIds(r)).toList();
            if (!isLabelRow(header, records.get(k), after)) {
                break;
            }
            k++;
        }
        return k;
    }

    private static boolean isLabelRow(List<String> header, List<String> row, List<List<String>> after) {
        if (isImportIds(row)) {
            return true;
        }
        if (row.equals(header)) {
            return true;
        }
        int typedFilled = 0;
        int mismatches = 0;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            if (cell.isEmpty() || !typedColumn(after, c)) {
                continue;
            }
            typedFilled++;
            if (!typed(cell)) {
                mismatches++;
            }
        }
        return mismatches > 0 && mismatches * 2 > typedFilled;
    }

    /** Qualtrics' third header row: {"ImportId":"QID1"} per column. */
    private static boolean isImportIds(List<String> row) {
        return row.stream().anyMatch(c -> c.startsWith("{") && c.contains("ImportId"));
    }

    /** Whether at least 80% of the filled cells of a column below are numbers or dates. */
    private static boolean typedColumn(List<List<String>> rows, int c) {
        int filled = 0, typed = 0;
        for (List<String> r : rows) {
            String v = c < r.size() ? r.get(c) : "";
            if (!v.isEmpty()) {
                filled++;
                if (typed(v)) {
                    typed++;
                }
            }
        }
        return filled > 0 && typed * 5 >= filled * 4;
    }

    private static boolean typed(String v) {
        return NUMBER.matcher(v).matches() || DateGuess.looksLikeDate(v);
    }

    private static boolean blank(List<String> r, int width) {
        for (int i = 0; i < Math.min(width, r.size()); i++) {
            if (!r.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonAscii(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] < 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String firstLine(Path file, Charset charset, int skip) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            head = in.readNBytes(1 << 20);
        }
        String text = new String(head, charset);
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(0, end);
    }

    private static SniffedFile failed(Path file, String why) {
        return new SniffedFile(file, null, null, ',', List.of(), List.of(), List.of(), false, why);
    }
}
