package nl.procesevaluatie.benchmark;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One export file as Dutch Excel saves it: windows-1252, {@code ;} between cells, CRLF line ends, a cell
 * quoted only when it holds a {@code ;}, a quote or a line break. Written row by row (streaming) through
 * Commons CSV's printer; the file is created on the first row unless {@link #open()} is called earlier, so
 * an export with nothing to say that night does not exist.
 */
final class CsvFile implements Closeable {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * {@code MINIMAL} quotes as Excel does for every cell the generator writes. It would also quote an empty
     * first cell, a cell starting with a space or {@code #}, or one ending in a space: the generator writes
     * none of the latter, and an empty cell goes to the printer as null, which it leaves bare.
     */
    static final CSVFormat FORMAT = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    final Path path;
    private final String header;
    private final String extraHeader;
    private final List<String> record = new ArrayList<>(32);
    private CSVPrinter printer;
    private long rows;

    /** {@code header} and {@code extraHeader} (null: none) are whole lines, their cells joined by {@code ;}, without the line end. */
    CsvFile(Path path, String header, String extraHeader) {
        this.path = path;
        this.header = header;
        this.extraHeader = extraHeader;
    }

    /** Creates the file with its header now, also when no row follows. */
    CsvFile open() {
        if (printer == null) {
            try {
                printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), WINDOWS_1252), 1 << 16),
                        FORMAT);
                printer.printRecord((Object[]) header.split(";", -1));
                if (extraHeader != null) {
                    printer.printRecord((Object[]) extraHeader.split(";", -1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
        return this;
    }

    /** Appends a cell to the current row. */
    CsvFile cell(String value) {
        record.add(value == null || value.isEmpty() ? null : value);
        return this;
    }

    CsvFile cell(int value) {
        record.add(Integer.toString(value));
        return this;
    }

    /** Ends the current row and writes it. */
    void end() {
        open();
        try {
            printer.printRecord(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        record.clear();
        rows++;
    }

    long rows() {
        return rows;
    }

    boolean exists() {
        return printer != null;
    }

    @Override
    public void close() {
        if (printer != null) {
            try {
                printer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
    }
}
