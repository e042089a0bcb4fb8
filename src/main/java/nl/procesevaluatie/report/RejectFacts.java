package nl.procesevaluatie.report;

/**
 * One rejects.csv line as the data-quality section groups it: {@code line} is null for a refused file's
 * line, where there is no row to point at.
 */
public record RejectFacts(String file, Long line, String dataset, String field, String value, String reason) {}
