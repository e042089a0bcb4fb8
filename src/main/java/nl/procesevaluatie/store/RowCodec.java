package nl.procesevaluatie.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.Row;
import nl.procesevaluatie.domain.SessionRow;

/**
 * The binary form of a stored row inside a chunk ({@link ChunkWriter}): the line of its file, then its
 * fields in the form of its kind; {@link RowKind} pairs each kind's writer with its reader.
 */
final class RowCodec {
    private RowCodec() {}

    /**
     * The version of the binary form below, the first thing in every chunk. Bump it whenever a writer or
     * reader here changes, with Schema.FORMAT_VERSION, and record the new form in StoreFormatTests: a
     * chunk of another version is then refused, not misread.
     */
    static final int VERSION = 1;

    /** An empty chunk of this version. */
    static ChunkWriter newChunk() {
        return new ChunkWriter(VERSION);
    }

    /** A reader of a stored chunk, which must be of this version. */
    static ChunkReader open(byte[] chunk) {
        ChunkReader r = new ChunkReader(chunk);
        if (r.version() != VERSION) {
            throw StoreException.needsRebuild("the store holds rows in chunk format " + r.version() + ", which this version of"
                    + " procesevaluatie does not read (it reads chunk format " + VERSION + "); run once with --rebuild"
                    + " to load the inbox into the current form");
        }
        return r;
    }

    /** A decoded row with the line of its file it came from. */
    record Lined<T extends Row>(T row, long line) {}

    static <T extends Row> void write(ChunkWriter w, RowKind<T> kind, T row, long line) {
        w.varint(line);
        kind.encoder.accept(w, row);
        w.endRow();
    }

    static <T extends Row> Lined<T> read(ChunkReader r, RowKind<T> kind) {
        long line = r.varint();
        return new Lined<>(kind.decoder.apply(r), line);
    }

    static void writeRegistration(ChunkWriter w, RegistrationRow r) {
        w.text(r.trajectId());
        w.text(r.clientHash());
        w.text(r.organisation());
        w.text(r.municipality());
        w.text(r.professionalId());
        w.text(r.groupId());
        w.text(r.referralSource());
        w.date(r.registeredOn());
        w.date(r.startedOn());
        w.date(r.endedOn());
        w.text(r.endReason());
        w.nullableLong(r.age());
        w.text(r.gender());
    }

    static RegistrationRow readRegistration(ChunkReader r) {
        return new RegistrationRow(r.text(), r.text(), r.text(), r.text(), r.text(), r.text(), r.text(),
                r.date(), r.date(), r.date(), r.text(), r.nullableLong(), r.text());
    }

    static void writeSession(ChunkWriter w, SessionRow s) {
        w.text(s.trajectId());
        w.signed(s.sessionNo());
        w.date(s.date());
        w.bool(s.held());
        w.bool(s.attended());
        w.varint(s.components().size());
        s.components().forEach(w::text);
        w.nullableLong(s.durationMin());
    }

    static SessionRow readSession(ChunkReader r) {
        return new SessionRow(r.text(), r.signed(), r.date(), r.bool(), r.bool(), texts(r), r.nullableLong());
    }

    static void writeResponse(ChunkWriter w, ResponseRow r) {
        w.text(r.instrument());
        w.text(r.respondentId());
        w.date(r.date());
        w.text(r.moment());
        w.text(r.trajectId());
        w.text(r.organisation());
        w.varint(r.items().size());
        r.items().forEach(v -> decimal(w, v));
    }

    static ResponseRow readResponse(ChunkReader r) {
        return new ResponseRow(r.text(), r.text(), r.date(), r.text(), r.text(), r.text(), decimals(r));
    }

    private static List<String> texts(ChunkReader r) {
        int n = (int) r.varint();
        if (n == 0) {
            return List.of();
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.text();
        }
        return List.of(out);
    }

    /** Tag 0: missing; 1: unscaled long and scale; 2: any other value as its exact text. */
    private static void decimal(ChunkWriter w, BigDecimal v) {
        if (v == null) {
            w.varint(0);
        } else if (v.unscaledValue().bitLength() < 64) {
            w.varint(1);
            w.signed(v.unscaledValue().longValue());
            w.signed(v.scale());
        } else {
            w.varint(2);
            w.text(v.toString());
        }
    }

    /**
     * Answers are mostly small whole numbers: a million responses of ten items would otherwise hold ten
     * million equal BigDecimals. They are immutable, so one instance per value (and scale) serves all.
     */
    private static final int SHARED = 1024;
    private static final BigDecimal[][] SHARED_VALUES = new BigDecimal[3][2 * SHARED];

    static {
        for (int scale = 0; scale < 3; scale++) {
            for (int v = -SHARED; v < SHARED; v++) {
                SHARED_VALUES[scale][v + SHARED] = BigDecimal.valueOf(v, scale);
            }
        }
    }

    private static BigDecimal decimal(long unscaled, int scale) {
        if (scale >= 0 && scale < 3 && unscaled >= -SHARED && unscaled < SHARED) {
            return SHARED_VALUES[scale][(int) unscaled + SHARED];
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    private static List<BigDecimal> decimals(ChunkReader r) {
        int n = (int) r.varint();
        List<BigDecimal> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long tag = r.varint();
            if (tag == 0) {
                out.add(null);
            } else if (tag == 1) {
                long unscaled = r.signed();
                out.add(decimal(unscaled, (int) r.signed()));
            } else {
                out.add(new BigDecimal(r.text()));
            }
        }
        return out;
    }
}
