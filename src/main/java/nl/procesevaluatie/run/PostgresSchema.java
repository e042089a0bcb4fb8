package nl.procesevaluatie.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * One PostgreSQL database can hold many evaluations: unless the URL names a {@code currentSchema},
 * each evaluation gets its own schema ({@code pe_<evaluation>}) for its store and job repository.
 */
final class PostgresSchema {
    private PostgresSchema() {}

    static String isolate(String url, String evaluation) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("currentSchema=")) {
            return url;
        }
        String schema = schemaOf(url, evaluation);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema " + schema + " in " + redact(url) + ": " + e.getMessage(), e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The schema that holds the evaluation's store: the URL's {@code currentSchema}, else {@code pe_<evaluation>}. */
    static String schemaOf(String url, String evaluation) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]currentSchema=([^&]*)").matcher(url);
        if (m.find()) {
            return m.group(1);
        }
        return "pe_" + evaluation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /** The URL without its password, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
