package nl.procesevaluatie.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads a chunk written by {@link ChunkWriter}; texts come back as shared instances of the chunk's dictionary. */
final class ChunkReader {
    private final byte[] buf;
    private int pos;
    private final List<String> texts = new ArrayList<>();
    private final int version;

    ChunkReader(byte[] buf) {
        this.buf = buf;
        this.version = (int) varint();
    }

    /** The version of the form the chunk's rows are in, as its writer recorded it. */
    int version() {
        return version;
    }

    String text() {
        long tag = varint();
        if (tag == ChunkWriter.NULL) {
            return null;
        }
        if (tag == ChunkWriter.NEW) {
            int length = (int) varint();
            String s = new String(buf, pos, length, StandardCharsets.UTF_8);
            pos += length;
            texts.add(s);
            return s;
        }
        return texts.get((int) (tag - 2));
    }

    long signed() {
        long v = varint();
        return (v >>> 1) ^ -(v & 1);
    }

    long varint() {
        long v = 0;
        int shift = 0;
        while (true) {
            byte b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
            shift += 7;
        }
    }

    boolean bool() {
        return varint() != 0;
    }

    Long nullableLong() {
        return bool() ? signed() : null;
    }

    LocalDate date() {
        Long day = nullableLong();
        return day == null ? null : LocalDate.ofEpochDay(day);
    }
}
