package nl.procesevaluatie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.ResponseRow;
import nl.procesevaluatie.domain.Row;
import nl.procesevaluatie.domain.SessionRow;

/**
 * The keyed state of one row kind (details.md rule 3): the chunks of all loaded files are read newest
 * first (later file in load order, then a later version of the same file name, then later lines), and
 * a row is passed on only when no newer row with its key was. That is the row a replay in load order
 * would leave standing, found without holding the rows: only their keys are remembered.
 */
final class Replay {
    private Replay() {}

    static <T extends Row> void forEach(Connection c, RowKind<T> kind, Consumer<Stored<T>> consumer) throws SQLException {
        // the order first, then each chunk by its key: sorting the rows with their data in them would make
        // PostgreSQL sort hundreds of megabytes of BYTEA
        List<ChunkRef> chunks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.dataset, s.hash, s.chunk_no, s.src_order FROM pe_segment s"
                + " JOIN pe_file f ON f.dataset = s.dataset AND f.hash = s.hash WHERE s.kind = ? AND f.refused = FALSE"
                + " ORDER BY s.src_order DESC, s.load_seq DESC, s.chunk_no DESC")) {
            ps.setString(1, kind.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    chunks.add(new ChunkRef(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
                }
            }
        }
        Keys<T> keys = kind.keys.get();
        // Decoding runs on a second thread, a few chunks ahead, while this one judges keys and passes rows on.
        BlockingQueue<Decoded<T>> queue = new ArrayBlockingQueue<>(4);
        ExecutorService decoder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "replay-decoder");
            t.setDaemon(true);
            return t;
        });
        Future<?> decoding = decoder.submit(() -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT row_count, data FROM pe_segment WHERE dataset = ? AND hash = ? AND chunk_no = ?")) {
                for (ChunkRef ref : chunks) {
                    ps.setString(1, ref.dataset());
                    ps.setString(2, ref.hash());
                    ps.setInt(3, ref.chunkNo());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        int n = rs.getInt(1);
                        ChunkReader reader = RowCodec.open(rs.getBytes(2));
                        List<RowCodec.Lined<T>> rows = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            rows.add(RowCodec.read(reader, kind));
                        }
                        queue.put(new Decoded<>(ref, rows));
                    }
                }
            } finally {
                queue.put(Decoded.end());
            }
            return null;
        });
        try {
            for (Decoded<T> d = queue.take(); !d.isEnd(); d = queue.take()) {
                List<RowCodec.Lined<T>> rows = d.rows();
                for (int i = rows.size() - 1; i >= 0; i--) {
                    RowCodec.Lined<T> row = rows.get(i);
                    if (keys.firstSight(row.row())) {
                        consumer.accept(new Stored<>(row.row(), d.ref().srcOrder(), row.line()));
                    }
                }
            }
            decoding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof StoreException refused) {
                throw refused; // a chunk of another version: its one line says what to do
            }
            throw new IllegalStateException("cannot decode the store: " + e.getCause(), e.getCause());
        } finally {
            decoding.cancel(true);
            decoder.shutdownNow();
        }
    }

    /** The decoded rows of one chunk; the one without a chunk ends the stream. */
    private record Decoded<T extends Row>(ChunkRef ref, List<RowCodec.Lined<T>> rows) {
        static <U extends Row> Decoded<U> end() {
            return new Decoded<>(null, List.of());
        }

        boolean isEnd() {
            return ref == null;
        }
    }

    /** A row as it stands in the store, with the position of the file and line it came from. */
    record Stored<T extends Row>(T row, String srcOrder, long line) {}

    private record ChunkRef(String dataset, String hash, int chunkNo, String srcOrder) {}

    /** The keys seen so far; {@code firstSight} is true for a key not seen before, and remembers it. */
    interface Keys<T extends Row> {
        boolean firstSight(T row);
    }

    static final class TrajectKeys implements Keys<RegistrationRow> {
        private final Set<String> seen = new HashSet<>();

        @Override
        public boolean firstSight(RegistrationRow row) {
            return seen.add(row.trajectId());
        }
    }

    /** Session numbers per traject: a dozen longs in an array beat millions of composite keys in a hash set. */
    static final class SessionKeys implements Keys<SessionRow> {
        private final Map<String, long[]> seen = new HashMap<>();

        @Override
        public boolean firstSight(SessionRow s) {
            long[] nos = seen.get(s.trajectId());
            if (nos == null) {
                nos = new long[5];
                seen.put(s.trajectId(), nos);
            }
            int count = (int) nos[0];
            for (int i = 1; i <= count; i++) {
                if (nos[i] == s.sessionNo()) {
                    return false;
                }
            }
            if (count + 1 == nos.length) {
                nos = Arrays.copyOf(nos, nos.length * 2);
                seen.put(s.trajectId(), nos);
            }
            nos[count + 1] = s.sessionNo();
            nos[0] = count + 1;
            return true;
        }
    }

    static final class ResponseKeys implements Keys<ResponseRow> {
        private record Key(String instrument, String respondentId, LocalDate date, String moment, String trajectId,
                String organisation) {}

        private final Set<Key> seen = new HashSet<>();

        @Override
        public boolean firstSight(ResponseRow r) {
            return seen.add(new Key(r.instrument(), r.respondentId(), r.date(), r.moment(), r.trajectId(), r.organisation()));
        }
    }
}
