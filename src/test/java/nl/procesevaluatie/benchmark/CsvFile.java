package nl.procesevaluatie.benchmark;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One export file as Dutch Excel saves it: windows-1252, {@code ;} between cells, CRLF line ends, a cell
 * quoted only when it holds a {@code ;}, a quote or a line break. Written row by row (streaming); the file
 * is created on the first row unless {@link #open()} is called earlier, so an export with nothing to say
 * that night does not exist.
 */
final class CsvFile implements Closeable {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    final Path path;
    private final String header;
    private final String extraHeader;
    private final StringBuilder line = new StringBuilder(256);
    private Writer writer;
    private boolean first = true;
    private long rows;

    /** {@code header} and {@code extraHeader} (null: none) are whole lines without the line end. */
    CsvFile(Path path, String header, String extraHeader) {
        this.path = path;
        this.header = header;
        this.extraHeader = extraHeader;
    }

    /** Creates the file with its header now, also when no row follows. */
    CsvFile open() {
        if (writer == null) {
            try {
                writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), WINDOWS_1252), 1 << 16);
                writer.write(header);
                writer.write("\r\n");
                if (extraHeader != null) {
                    writer.write(extraHeader);
                    writer.write("\r\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
        return this;
    }

    /** Appends a cell to the current row. */
    CsvFile cell(String value) {
        if (!first) {
            line.append(';');
        }
        first = false;
        if (value == null || value.isEmpty()) {
            return this;
        }
        if (needsQuotes(value)) {
            line.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            line.append(value);
        }
        return this;
    }

    CsvFile cell(int value) {
        if (!first) {
            line.append(';');
        }
        first = false;
        line.append(value);
        return this;
    }

    /** Ends the current row and writes it. */
    void end() {
        open();
        line.append("\r\n");
        try {
            writer.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        line.setLength(0);
        first = true;
        rows++;
    }

    long rows() {
        return rows;
    }

    boolean exists() {
        return writer != null;
    }

    private static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ';' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }
}
