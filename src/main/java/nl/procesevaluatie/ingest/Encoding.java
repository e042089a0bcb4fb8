package nl.procesevaluatie.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How one file's bytes are read (details.md rule 6): a byte-order mark decides, whatever the job says;
 * a windows-1252 file that is valid UTF-8 with a non-ASCII byte is Excel's "CSV UTF-8" and read as UTF-8.
 *
 * @param charset the charset the file is decoded with
 * @param skip the bytes of the byte-order mark passed over at the start
 * @param reason why it differs from the job's encoding (for the log), or null when it does not
 */
public record Encoding(Charset charset, int skip, String reason) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static Encoding of(Path file, Charset configured) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            head = in.readNBytes(3);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3, configured.equals(StandardCharsets.UTF_8) ? null : "UTF-8 byte-order mark");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16 byte-order mark");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16 byte-order mark");
        }
        if (configured.equals(WINDOWS_1252) && isUtf8WithNonAscii(file)) {
            return new Encoding(StandardCharsets.UTF_8, 0, "valid UTF-8 (Excel's CSV UTF-8)");
        }
        return new Encoding(configured, 0, null);
    }

    /** Whether every byte decodes as UTF-8 and at least one is 0x80 or above; stops at the first bad byte. */
    static boolean isUtf8WithNonAscii(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean nonAscii = false;
        try (InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            boolean eof = false;
            while (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    for (int i = bytes.position(); i < bytes.position() + n && !nonAscii; i++) {
                        nonAscii = bytes.array()[i] < 0;
                    }
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    return false;
                }
                if (eof && decoder.flush(chars).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
        }
        return nonAscii;
    }
}
