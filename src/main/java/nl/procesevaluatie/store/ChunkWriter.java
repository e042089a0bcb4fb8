package nl.procesevaluatie.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Encodes rows into one chunk of a segment: variable-length integers, and texts through a dictionary of
 * the chunk so that a traject id repeated on twelve session rows, or a component code on thousands, is
 * written once. Every chunk starts with the version of the form its rows are in, so that a reader of
 * another version can refuse it rather than misread it. {@link ChunkReader} reads it back.
 */
final class ChunkWriter {
    /** Text tags: 0 is null, 1 introduces a new text, n >= 2 refers to text n - 2 of the chunk. */
    static final int NULL = 0;
    static final int NEW = 1;

    private byte[] buf = new byte[1 << 16];
    private int size;
    private int rows;
    private final Map<String, Integer> texts = new HashMap<>();
    private final int version;

    ChunkWriter(int version) {
        this.version = version;
        varint(version);
    }

    void text(String s) {
        if (s == null) {
            varint(NULL);
            return;
        }
        Integer known = texts.get(s);
        if (known != null) {
            varint(known + 2L);
            return;
        }
        texts.put(s, texts.size());
        varint(NEW);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        varint(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, size, bytes.length);
        size += bytes.length;
    }

    /** A signed long, zigzag-encoded so small negative numbers stay short. */
    void signed(long v) {
        varint((v << 1) ^ (v >> 63));
    }

    void varint(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    void bool(boolean b) {
        varint(b ? 1 : 0);
    }

    /** A nullable long: a presence flag, then the value. */
    void nullableLong(Long v) {
        bool(v != null);
        if (v != null) {
            signed(v);
        }
    }

    /** A nullable date as its epoch day. */
    void date(LocalDate d) {
        nullableLong(d == null ? null : d.toEpochDay());
    }

    void endRow() {
        rows++;
    }

    int rows() {
        return rows;
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }

    void clear() {
        size = 0;
        rows = 0;
        texts.clear();
        varint(version);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
