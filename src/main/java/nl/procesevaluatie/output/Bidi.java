package nl.procesevaluatie.output;

/**
 * Bidirectional control characters reorder how the text around them is shown ("Trojan Source"): a file
 * name or label could display as something else than it is. Every such character read from an export
 * is shown as a visible code ({@code [U+202E]}) in the CSV outputs and the report instead.
 */
public final class Bidi {
    private Bidi() {}

    static boolean isControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** {@code s} with each bidirectional control replaced by {@code [U+XXXX]}; the same string when there is none. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                sb.append(String.format("[U+%04X]", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
