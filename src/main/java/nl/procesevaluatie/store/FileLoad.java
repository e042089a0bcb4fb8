package nl.procesevaluatie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import nl.procesevaluatie.domain.Row;

/**
 * The load of one file's accepted rows: they are encoded into chunks ({@link RowCodec}) that are written
 * and committed as they fill, so memory stays flat however long the file. The chunks count only once the
 * registry entry is written, last: replay reads chunks of registered, loaded files alone. A crash inside a
 * file leaves unregistered chunks, which the next load of any file deletes before it writes its own.
 */
public final class FileLoad<T extends Row> implements RowSink<T>, AutoCloseable {
    private static final int CHUNK_ROWS = 16_384;
    private static final int CHUNK_BYTES = 1 << 20;

    private final Connection connection;
    private final String dataset;
    private final String hash;
    private final RowKind<T> kind;
    private final String srcOrder;
    private final long loadSeq;
    private final PreparedStatement insert;
    private final ChunkWriter chunk = RowCodec.newChunk();
    private int chunkNo;

    FileLoad(Connection connection, String dataset, String hash, RowKind<T> kind, String srcOrder) throws SQLException {
        this.connection = connection;
        this.dataset = dataset;
        this.hash = hash;
        this.kind = kind;
        this.srcOrder = srcOrder;
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM pe_segment WHERE NOT EXISTS (SELECT 1 FROM pe_file f"
                    + " WHERE f.dataset = pe_segment.dataset AND f.hash = pe_segment.hash)");
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(load_seq), 0) + 1 FROM pe_segment")) {
            rs.next();
            // a newer version of a file with the same name replays after the older one
            this.loadSeq = rs.getLong(1);
        }
        connection.commit();
        this.insert = connection.prepareStatement("INSERT INTO pe_segment (dataset, hash, kind, src_order, load_seq, chunk_no,"
                + " row_count, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public void add(T row, long line) {
        RowCodec.write(chunk, kind, row, line);
        if (chunk.rows() >= CHUNK_ROWS || chunk.size() >= CHUNK_BYTES) {
            try {
                flush();
            } catch (SQLException e) {
                throw new StoreException("cannot store rows of " + dataset + ": " + e.getMessage(), e);
            }
        }
    }

    private void flush() throws SQLException {
        if (chunk.rows() == 0) {
            return;
        }
        insert.setString(1, dataset);
        insert.setString(2, hash);
        insert.setString(3, kind.name());
        insert.setString(4, srcOrder);
        insert.setLong(5, loadSeq);
        insert.setInt(6, chunkNo++);
        insert.setInt(7, chunk.rows());
        insert.setBytes(8, chunk.bytes());
        insert.executeUpdate();
        connection.commit();
        chunk.clear();
    }

    /** Records the file as loaded, with its rejects, after its last rows. */
    public void commit(FileRecord file, List<RejectRecord> rejects) {
        try {
            flush();
            writeRegistry(file, rejects);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot store file " + file.name() + ": " + e.getMessage(), e);
        }
    }

    /** Records the file as refused: none of its rows are stored. */
    public void refuse(FileRecord file) {
        try {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM pe_segment WHERE dataset = ? AND hash = ?")) {
                ps.setString(1, dataset);
                ps.setString(2, hash);
                ps.executeUpdate();
            }
            writeRegistry(file, List.of());
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot record refused file " + file.name() + ": " + e.getMessage(), e);
        }
    }

    private void writeRegistry(FileRecord f, List<RejectRecord> rejects) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO pe_file (dataset, hash, name, refused, rows_read,"
                + " accepted, rejected, skipped, field, field_value, reason, unfinished_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, f.dataset());
            ps.setString(2, f.hash());
            ps.setString(3, f.name());
            ps.setBoolean(4, f.refused());
            ps.setLong(5, f.read());
            ps.setLong(6, f.accepted());
            ps.setLong(7, f.rejected());
            ps.setLong(8, f.skipped());
            ps.setString(9, f.field());
            ps.setString(10, clip(f.value()));
            ps.setString(11, clip(f.reason()));
            ps.setLong(12, f.unfinishedLine());
            ps.executeUpdate();
        }
        if (rejects.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO pe_reject (dataset, hash, line, field, field_value, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RejectRecord r : rejects) {
                ps.setString(1, f.dataset());
                ps.setString(2, f.hash());
                ps.setLong(3, r.line());
                ps.setString(4, r.field());
                ps.setString(5, clip(r.value()));
                ps.setString(6, clip(r.reason()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String clip(String s) {
        return s != null && s.length() > 16000 ? s.substring(0, 16000) : s;
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
            connection.close();
        } catch (SQLException ignored) {
            // closing after a failure: nothing left to save
        }
    }
}
