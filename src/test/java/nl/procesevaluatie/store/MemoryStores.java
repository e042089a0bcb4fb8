package nl.procesevaluatie.store;

import java.util.UUID;
import org.hsqldb.jdbc.JDBCDataSource;

/** A fresh in-memory HSQLDB database per call, set up as the run sets up the store's (MVCC). */
final class MemoryStores {
    private MemoryStores() {}

    static JDBCDataSource dataSource() {
        JDBCDataSource ds = new JDBCDataSource();
        ds.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.tx=mvcc");
        ds.setUser("SA");
        ds.setPassword("");
        return ds;
    }
}
