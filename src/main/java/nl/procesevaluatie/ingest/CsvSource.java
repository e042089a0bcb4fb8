package nl.procesevaluatie.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV export record by record (streaming) with the rules of details.md 6-10: BOM, strict
 * decoding, delimiter detection, the physical line where each record starts, and the unfinished last
 * record of a half-written file.
 */
public final class CsvSource implements Closeable {

    /** A record with the physical line it starts on; {@code unterminated} for a half-written last record. */
    public record SourceRecord(long line, List<String> cells, boolean unterminated) {}

    /** A file that cannot be read at all; the message says why. */
    public static final class UnreadableFileException extends Exception {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Path file;
    private final Encoding encoding;
    private final char delimiter;
    private boolean finished;

    private CsvSource(CSVParser parser, Path file, Encoding encoding, char delimiter) {
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.file = file;
        this.encoding = encoding;
    }

    /** Whether the file's last character is a CR or LF (in its encoding); false for an empty file. */
    boolean endsWithLineBreak() throws IOException {
        int unit = encoding.charset().equals(StandardCharsets.UTF_16LE) || encoding.charset().equals(StandardCharsets.UTF_16BE) ? 2 : 1;
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (ch.size() < unit + encoding.skip()) {
                return false;
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(unit);
            ch.position(ch.size() - unit);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // read the last character's bytes
            }
            int c = unit == 1 ? b.get(0) & 0xFF
                    : encoding.charset().equals(StandardCharsets.UTF_16LE) ? (b.get(0) & 0xFF) | (b.get(1) & 0xFF) << 8
                    : (b.get(0) & 0xFF) << 8 | (b.get(1) & 0xFF);
            return c == '\n' || c == '\r';
        }
    }

    /** The delimiter the file is read with: configured or detected (rule 9). */
    char delimiter() {
        return delimiter;
    }

    /** The encoding the file is read with (rule 6), which may differ from the job's. */
    public Encoding encoding() {
        return encoding;
    }

    public static CsvSource open(Path file, Charset configured, Character delimiter) throws IOException, UnreadableFileException {
        Encoding encoding = Encoding.of(file, configured);
        char d = delimiter != null ? delimiter : detectDelimiter(file, encoding);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(d)
                .setQuote('"')
                .setRecordSeparator("\n")
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .setTrailingData(true)
                .setLenientEof(false)
                .get();
        Reader reader = reader(file, encoding);
        return new CsvSource(CSVParser.builder().setReader(reader).setFormat(format).get(), file, encoding, d);
    }

    /** A decoder that reports bad bytes: a silent U+FFFD would load a windows-1252 file configured as UTF-8. */
    private static Reader reader(Path file, Encoding encoding) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), 1 << 16);
        in.skipNBytes(encoding.skip());
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /** details.md rule 9: the most frequent of ; , tab | outside quotes in the header line; ties in that order. */
    static char detectDelimiter(Path file, Encoding encoding) throws IOException, UnreadableFileException {
        StringBuilder line = new StringBuilder();
        try (Reader r = reader(file, encoding)) {
            int c;
            while ((c = r.read()) >= 0 && c != '\r' && c != '\n') {
                line.append((char) c);
            }
        } catch (CharacterCodingException e) {
            throw undecodable(file, encoding);
        }
        return detectDelimiter(line.toString());
    }

    public static char detectDelimiter(String header) {
        char[] candidates = {';', ',', '\t', '|'};
        int[] counts = new int[4];
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < header.length() && header.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
                continue;
            }
            if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
                continue;
            }
            int k = new String(candidates).indexOf(c);
            if (k >= 0) {
                counts[k]++;
                cellStart = true;
            } else {
                cellStart = false;
            }
        }
        int best = -1;
        for (int k = 0; k < 4; k++) {
            if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
                best = k;
            }
        }
        return best < 0 ? ',' : candidates[best];
    }

    /**
     * The next record, or null at the end.
     *
     * @throws UnreadableFileException when the bytes do not decode or the CSV cannot be parsed
     */
    public SourceRecord next() throws UnreadableFileException {
        if (finished) {
            return null;
        }
        long start = parser.getCurrentLineNumber() + 1;
        try {
            CSVRecord r = records.next();
            List<String> cells = new ArrayList<>(r.size());
            for (String v : r) {
                cells.add(v);
            }
            return new SourceRecord(start, cells, false);
        } catch (NoSuchElementException e) {
            finished = true;
            return null;
        } catch (UncheckedIOException e) {
            finished = true;
            Throwable cause = e.getCause();
            if (cause instanceof CharacterCodingException) {
                throw undecodable(file, encoding);
            }
            String message = cause == null ? e.getMessage() : cause.getMessage();
            if (message != null && message.contains("EOF reached before encapsulated token finished")) {
                return new SourceRecord(start, List.of(), true);
            }
            throw new UnreadableFileException("not a readable CSV file near line " + start + ": " + message);
        }
    }

    /**
     * The refusal of a file that does not decode, naming the physical line of its first bad byte: the
     * decoder reads ahead in blocks, so neither the parser's line nor "the header line" would be right.
     */
    private static UnreadableFileException undecodable(Path file, Encoding encoding) {
        long line;
        try {
            line = firstUndecodableLine(file, encoding);
        } catch (IOException e) {
            line = -1;
        }
        return new UnreadableFileException("not readable as " + encoding.charset().name() + " (invalid bytes"
                + (line > 0 ? " on line " + line : "") + ")" + hint(encoding));
    }

    /** What to try instead: the other of the two encodings Dutch exports come in. */
    private static String hint(Encoding encoding) {
        if (encoding.skip() > 0) {
            return "";
        }
        return encoding.charset().equals(StandardCharsets.UTF_8) ? "; if it was saved by Excel as CSV, set encoding: windows-1252"
                : "; check the file's encoding";
    }

    /** The physical line (from 1) holding the first byte that does not decode, or -1 when every byte decodes. */
    static long firstUndecodableLine(Path file, Encoding encoding) throws IOException {
        CharsetDecoder decoder = encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            in.skipNBytes(encoding.skip());
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
            long line = 1;
            boolean afterCr = false;
            boolean eof = false;
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                java.nio.charset.CoderResult result = decoder.decode(bytes, chars, eof);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\r' || (c == '\n' && !afterCr)) {
                        line++;
                    }
                    afterCr = c == '\r';
                }
                chars.clear();
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
                if (eof) {
                    return -1;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** details.md rule 6: trim space, tab, CR, LF and no-break space at both ends, nothing else. */
    public static String trim(String s) {
        int b = 0, e = s.length();
        while (b < e && isTrimmed(s.charAt(b))) {
            b++;
        }
        while (e > b && isTrimmed(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0';
    }
}
