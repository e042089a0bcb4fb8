package nl.procesevaluatie.store;

/**
 * One rejected row: the physical line it starts on, the first failing field, its trimmed cell (cut to its
 * first {@value #MAX_VALUE} characters, details.md rule 55) and why.
 */
public record RejectRecord(long line, String field, String value, String reason) {
    /** A fuzzed or broken export can carry cells of megabytes; rejects.csv keeps a readable prefix. */
    public static final int MAX_VALUE = 16_000;

    public RejectRecord {
        value = cut(value);
        reason = printable(reason);
    }

    /** A reason as one printable line: control characters (a NUL, a line break from a cell) become spaces. */
    public static String printable(String reason) {
        if (reason == null || reason.chars().noneMatch(Character::isISOControl)) {
            return reason;
        }
        StringBuilder sb = new StringBuilder(reason.length());
        reason.chars().forEach(c -> sb.append(Character.isISOControl(c) ? ' ' : (char) c));
        return sb.toString();
    }

    /** The first MAX_VALUE code points, never splitting a surrogate pair. */
    static String cut(String value) {
        if (value == null || value.length() <= MAX_VALUE) {
            return value;
        }
        if (value.codePointCount(0, value.length()) <= MAX_VALUE) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_VALUE));
    }
}
