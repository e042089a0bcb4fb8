package nl.procesevaluatie.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Explains why a file's header lacks mapped columns without copying cells out of the file: a header line
 * may really be a data row (an export without column names), and its cells are then client data.
 * It names the missing columns (the job's own text), near matches among the headers only when they look
 * like column names, and a delimiter the header seems to use instead.
 */
final class HeaderDiagnosis {
    private HeaderDiagnosis() {}

    /** Numbers, dates, times and e-mail addresses: cells a column name is unlikely to be. */
    private static final Pattern VALUE_LIKE = Pattern.compile(
            "[-+]?[0-9]+([.,][0-9]+)?|[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}.*|.*@.*|[0-9]+:[0-9]+.*");

    /**
     * A value rather than a column name: a number, date, time or e-mail address, or a code of four digits or
     * more that are at least half its letters and digits (a client number such as C0012 or CL-123456; item
     * columns such as V01, Q1_1 or SDQ_12 stay names).
     */
    static boolean looksLikeAValue(String cell) {
        if (VALUE_LIKE.matcher(cell).matches()) {
            return true;
        }
        long digits = cell.chars().filter(c -> c >= '0' && c <= '9').count();
        long alphanumeric = cell.codePoints().filter(Character::isLetterOrDigit).count();
        return digits >= 4 && digits * 2 >= alphanumeric;
    }

    /**
     * The reason a file with missing columns is refused.
     *
     * @param missing the job's column names that the header lacks, in job-file order
     * @param headers the trimmed header cells
     * @param delimiter the delimiter the file was read with
     */
    static String reason(List<String> missing, List<String> headers, char delimiter) {
        StringBuilder sb = new StringBuilder("missing column" + (missing.size() == 1 ? " " : "s "));
        sb.append(String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()));
        long nonEmpty = headers.stream().filter(h -> !h.isEmpty()).count();
        long valueLike = headers.stream().filter(h -> !h.isEmpty() && looksLikeAValue(h)).count();
        if (nonEmpty > 0 && valueLike * 2 >= nonEmpty) {
            return sb.append("; the first line looks like data, not column names (").append(valueLike).append(" of ")
                    .append(nonEmpty).append(" cells are numbers, dates or codes): the export seems to have no header line;"
                            + " export it again with column names").toString();
        }
        Character other = otherDelimiter(headers, delimiter);
        if (other != null) {
            String shown = other == '\t' ? "tab" : "'" + other + "'";
            return sb.append("; the header seems to use ").append(shown).append(", not '").append(delimiter == '\t' ? "tab" : delimiter)
                    .append("': set delimiter: ").append(other == '\t' ? "tab" : "'" + other + "'").toString();
        }
        List<String> near = new ArrayList<>();
        for (String m : missing) {
            for (String h : headers) {
                if (!h.isEmpty() && !looksLikeAValue(h) && isNear(m, h) && !near.contains(h)) {
                    near.add(h);
                }
            }
        }
        sb.append("; the file has ").append(nonEmpty).append(" column").append(nonEmpty == 1 ? "" : "s");
        if (!near.isEmpty()) {
            sb.append(", of which ").append(String.join(", ", near.stream().map(n -> "'" + n + "'").toList()))
                    .append(near.size() == 1 ? " is" : " are").append(" close: check the column names under columns: in the job file");
        } else {
            sb.append(": check the column names under columns: in the job file");
        }
        return sb.toString();
    }

    /** A candidate delimiter occurring in the header cells more often than the cells were split (rule 9's candidates). */
    private static Character otherDelimiter(List<String> headers, char used) {
        String joined = String.join("", headers);
        Character best = null;
        long bestCount = 0;
        for (char c : new char[] {';', ',', '\t', '|'}) {
            long n = joined.chars().filter(x -> x == c).count();
            if (c != used && n > bestCount && n >= headers.size()) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    /** Same letters and digits ignoring case, one the start (3+) or part (4+) of the other, or one edit per four characters. */
    static boolean isNear(String expected, String header) {
        String a = normal(expected), b = normal(header);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shorter = Math.min(a.length(), b.length());
        if (a.equals(b) || (shorter >= 3 && (a.startsWith(b) || b.startsWith(a))) || (shorter >= 4 && (a.contains(b) || b.contains(a)))) {
            return true;
        }
        return distance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 4);
    }

    private static String normal(String s) {
        StringBuilder sb = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
