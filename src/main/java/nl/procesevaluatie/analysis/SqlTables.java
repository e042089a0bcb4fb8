package nl.procesevaluatie.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import nl.procesevaluatie.output.OutputFiles;

/**
 * The analysis tables as SQL tables (analysis_trajects, analysis_responses, analysis_codebook), made anew
 * each run from the CSV files just written, with unquoted lower-case names, so any JDBC tool or psql can
 * query them.
 *
 * <ul>
 * <li>PostgreSQL: plain tables in the evaluation's database, filled with COPY from the CSV files.</li>
 * <li>HSQLDB: read-only TEXT tables over the CSV files, in a small database of their own,
 * {@code analysis/analysis} (user SA, no password). Copying a country's 1.4 million rows into the store
 * database took 23 s a night, and an analyst's connection to the store's file database would lock the
 * nightly run out; a TEXT table costs nothing to write, and reads the file when the analyst opens it.</li>
 * </ul>
 * Values are as the CSV files hold them: empty cells are NULL, and a text the formula guard prefixed keeps
 * its apostrophe.
 */
final class SqlTables {
    static final String DATABASE = "analysis";
    private static final String DECIMAL = "DECIMAL(38, 10)";
    /** Words that cannot be a column name unquoted in HSQLDB or PostgreSQL and that a variable may be. */
    private static final Set<String> RESERVED = Set.of("date", "time", "user", "value", "values", "order", "group", "end",
            "position", "year", "month", "day", "key", "type", "label", "file", "unit", "status", "moment");

    /** One table: its SQL name, the CSV file (in the analysis folder) it is made from, its columns in file order. */
    record Linked(String name, String file, List<String> columns, List<String> types) {}

    private SqlTables() {}

    /** Lower case, every other character than a-z, 0-9 and _ as _, reserved words and leading digits prefixed. */
    static String identifier(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return RESERVED.contains(id) || id.isEmpty() || Character.isDigit(id.charAt(0)) ? "v_" + id : id;
    }

    /** A table over a CSV file whose header is {@code header}, typed by the codebook's variables. */
    static Linked linked(String name, String file, List<String> header, List<Variable> variables) {
        return new Linked(name, file, unique(header), header.stream().map(c -> sqlType(variables, c)).toList());
    }

    /** Makes the tables for the evaluation's database: COPY into PostgreSQL, else linked TEXT tables. */
    static void replace(DataSource ds, Path dir, List<Linked> tables) throws SQLException {
        boolean postgres;
        try (Connection c = ds.getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        if (postgres) {
            copyIntoPostgres(ds, dir, tables);
        } else {
            linkTextTables(dir, tables);
        }
    }

    private static void copyIntoPostgres(DataSource ds, Path dir, List<Linked> tables) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            for (Linked t : tables) {
                recreate(c, "", t);
                try (Reader in = Files.newBufferedReader(dir.resolve(t.file()), StandardCharsets.UTF_8)) {
                    copy.copyIn("COPY " + t.name() + " (" + String.join(", ", t.columns()) + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                } catch (IOException e) {
                    throw new SQLException("cannot read " + t.file() + ": " + e.getMessage(), e);
                }
            }
            c.commit(); // the tables change in one transaction: a reader sees last night's or tonight's
        }
    }

    /**
     * The database is made in a folder of its own where no CSV file is, so that HSQLDB does not read the
     * files now; its definition is then moved beside the files, and an analyst's connection reads them.
     */
    private static void linkTextTables(Path dir, List<Linked> tables) throws SQLException {
        Path tmp = dir.resolve(".database.tmp");
        try {
            deleteFolder(tmp);
            OutputFiles.createDirectories(tmp);
            try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + tmp.toAbsolutePath().resolve(DATABASE)
                    + ";shutdown=true;hsqldb.lock_file=false", "SA", "")) {
                for (Linked t : tables) {
                    recreate(c, "TEXT ", t);
                    try (Statement s = c.createStatement()) {
                        s.execute("SET TABLE " + t.name() + " SOURCE '" + t.file() + ";ignore_first=true;encoding=UTF-8;fs=,'");
                        s.execute("SET TABLE " + t.name() + " READONLY TRUE");
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            for (String f : List.of(DATABASE + ".script", DATABASE + ".properties")) {
                Path target = dir.resolve(f);
                Files.move(tmp.resolve(f), target, StandardCopyOption.REPLACE_EXISTING);
                if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(target, OutputFiles.FILE);
                }
            }
            // what an analyst's session may have left of an older definition
            Files.deleteIfExists(dir.resolve(DATABASE + ".log"));
            deleteFolder(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the analysis database in " + dir, e);
        }
    }

    private static void deleteFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    deleteFolder(f);
                } else {
                    Files.delete(f);
                }
            }
        }
        Files.delete(dir);
    }

    private static void recreate(Connection c, String kind, Linked t) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + t.name());
            StringBuilder sql = new StringBuilder("CREATE " + kind + "TABLE " + t.name() + " (");
            for (int i = 0; i < t.columns().size(); i++) {
                sql.append(i > 0 ? ", " : "").append(t.columns().get(i)).append(' ').append(t.types().get(i));
            }
            s.execute(sql.append(')').toString());
        }
    }

    /** SQL names of the columns; two variables that fold to one name get _2, _3. */
    private static List<String> unique(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String id = identifier(n);
            String candidate = id;
            for (int k = 2; !seen.add(candidate); k++) {
                candidate = id + "_" + k;
            }
            out.add(candidate);
        }
        return out;
    }

    private static String sqlType(List<Variable> variables, String column) {
        String type = variables.stream().filter(v -> v.name().equals(column)).map(Variable::type).findFirst().orElse("text");
        return switch (type) {
            case "integer" -> "INTEGER";
            case "decimal" -> DECIMAL;
            case "date" -> "DATE";
            case "boolean" -> "BOOLEAN";
            default -> "VARCHAR(16000)";
        };
    }
}
