package nl.procesevaluatie.init;

import java.nio.file.Path;
import java.util.List;

/**
 * What one export looks like.
 *
 * @param encodingKey the value for the job's {@code encoding} key ("UTF-8" or "windows-1252"), or null when
 *     the file is ASCII and either works
 * @param encodingNote the evidence, for a comment ("UTF-8 byte-order mark")
 * @param extraHeaderRows the records after the header that are labels, not data (Qualtrics writes two)
 * @param rows the data records read (at most {@link FileSniffer#MAX_ROWS}), cells trimmed
 * @param truncated whether the file has more rows than were read
 * @param error why the file could not be read, or null
 */
record SniffedFile(
        Path path,
        String encodingKey,
        String encodingNote,
        char delimiter,
        List<String> header,
        List<List<String>> extraHeaderRows,
        List<List<String>> rows,
        boolean truncated,
        String error) {

    String name() {
        return path.getFileName().toString();
    }

    boolean readable() {
        return error == null;
    }

    /** The index of a header name in this file (the first, as the ingest uses), or -1. */
    int column(String name) {
        return header.indexOf(name);
    }

    /** The labels of a column from the extra header rows (Qualtrics' question texts, ResponseID under V1). */
    List<String> labels(int column) {
        return extraHeaderRows.stream().map(r -> column < r.size() ? r.get(column) : "").filter(s -> !s.isEmpty()).toList();
    }
}
