package nl.procesevaluatie.report;

import nl.procesevaluatie.output.Bidi;

/** Input text made safe to carry into XML and HTML: the template escapes it, this removes what cannot be escaped. */
final class Text {
    private Text() {}

    /**
     * Replaces every character that XML 1.0 does not allow (control characters other than tab, CR and LF,
     * lone surrogates, U+FFFE and U+FFFF) by U+FFFD, so that a cell with a NUL byte cannot break the page
     * or the PDF; bidirectional controls become visible codes ({@link Bidi}), so a name cannot show as
     * another. Null becomes the empty text.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return Bidi.escape(sb == null ? s : sb.toString());
    }

    /** At most {@code max} characters, with an ellipsis when cut (chart labels only; tables show the whole text). */
    static String shorten(String s, int max) {
        String c = clean(s);
        return c.codePointCount(0, c.length()) <= max ? c : c.substring(0, c.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** At most {@code max} characters, cut in the middle so that the end (often a number or place) stays. */
    static String shortenMiddle(String s, int max) {
        String c = clean(s);
        int n = c.codePointCount(0, c.length());
        if (n <= max) {
            return c;
        }
        int tail = Math.max(3, max / 3);
        int head = max - 1 - tail;
        return c.substring(0, c.offsetByCodePoints(0, head)) + "…" + c.substring(c.offsetByCodePoints(0, n - tail));
    }
}
