package nl.procesevaluatie.store;

/** One rejected row: the physical line it starts on, the first failing field, its trimmed cell and why. */
public record RejectRecord(long line, String field, String value, String reason) {}
