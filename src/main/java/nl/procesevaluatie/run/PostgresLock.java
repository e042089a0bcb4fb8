package nl.procesevaluatie.run;

import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * The evaluation's lock in PostgreSQL, beside the file lock: runs on two machines share the store but not
 * the output folder, so only the database can keep them apart. A session-level advisory lock on one
 * connection held for the whole run; the server releases it when that session ends, also when the
 * process is killed (the connection's socket closes), so a crash leaves no stale lock.
 */
final class PostgresLock implements AutoCloseable {
    private final Connection connection;

    private PostgresLock(Connection connection) {
        this.connection = connection;
    }

    /** Null when the store is not in PostgreSQL (the file lock is then enough). */
    static PostgresLock acquire(String url, String evaluation, Duration wait, PrintStream err) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return null;
        }
        String schema = PostgresSchema.schemaOf(url, evaluation);
        long key = key(schema);
        Connection c = null;
        try {
            c = DriverManager.getConnection(url, sessionProperties());
            c.setAutoCommit(true);
            Instant deadline = Instant.now().plus(wait);
            boolean told = false;
            while (true) {
                if (tryLock(c, key)) {
                    return new PostgresLock(c);
                }
                if (!Instant.now().isBefore(deadline)) {
                    String holder = holder(c, key);
                    c.close();
                    throw new RunLock.HeldException("another run of this evaluation holds its PostgreSQL lock (schema " + schema
                            + " in " + PostgresSchema.redact(url) + ", " + holder + "); gave up after " + wait.toSeconds() + " s");
                }
                if (!told) {
                    err.println("waiting for another run of this evaluation (PostgreSQL lock held by " + holder(c, key) + ")");
                    told = true;
                }
                Thread.sleep(500);
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("cannot take the PostgreSQL lock of this evaluation in " + PostgresSchema.redact(url)
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(c);
            Thread.currentThread().interrupt();
            throw new RunLock.HeldException("interrupted while waiting for the PostgreSQL lock");
        }
    }

    /** 64 bits of SHA-256 of the store's schema name: one key per store, alike on every machine. */
    static long key(String schema) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("procesevaluatie:" + schema).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (h[i] & 0xFF);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            s.setLong(1, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    /** Names this session in pg_stat_activity, so a refused run can say which machine and process holds the lock. */
    private static Properties sessionProperties() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown host";
        }
        Properties p = new Properties();
        p.setProperty("ApplicationName", "procesevaluatie " + host + " process " + ProcessHandle.current().pid());
        // a machine that drops off the network without closing the socket must not hold the lock for hours
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** The holding session as pg_stat_activity shows it (a bigint key is split over classid and objid). */
    private static String holder(Connection c, long key) {
        String sql = "SELECT a.application_name, a.client_addr, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.classid::bigint = ? AND l.objid::bigint = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, key >>> 32);
            s.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    String app = r.getString(1);
                    String addr = r.getString(2);
                    return (app == null || app.isBlank() ? "a session" : app) + (addr == null ? "" : " from " + addr)
                            + (r.getTimestamp(3) == null ? "" : ", connected since " + r.getTimestamp(3).toInstant());
                }
            }
        } catch (SQLException ignored) {
            // only the message is poorer
        }
        return "holder unknown";
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }

    @Override
    public void close() {
        // closing the session releases its advisory locks
        closeQuietly(connection);
    }
}
