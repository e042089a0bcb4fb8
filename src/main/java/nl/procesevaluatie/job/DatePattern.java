package nl.procesevaluatie.job;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date pattern of details.md rule 18, compiled to a regular expression. java.time's formatter is not
 * used because the rule's digit counts differ from it ({@code d} takes one or two digits, {@code yy}
 * means 20yy) and any other letter must make the job file invalid.
 */
public final class DatePattern {
    private final String text;
    private final Pattern regex;
    private final List<Character> groups;

    private DatePattern(String text, Pattern regex, List<Character> groups) {
        this.text = text;
        this.regex = regex;
        this.groups = groups;
    }

    public static final DatePattern ISO = compile("yyyy-MM-dd");

    public String text() {
        return text;
    }

    /** @throws IllegalArgumentException with the reason when the pattern breaks rule 18 */
    public static DatePattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        List<Character> groups = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                int close = pattern.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed quote in date pattern '" + pattern + "'");
                }
                String literal = close == i + 1 ? "'" : pattern.substring(i + 1, close);
                re.append(Pattern.quote(literal));
                i = close + 1;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                int j = i;
                while (j < pattern.length() && pattern.charAt(j) == c) {
                    j++;
                }
                int n = j - i;
                re.append(letterRegex(c, n, pattern));
                groups.add(c);
                i = j;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        if (!groups.contains('y') || !groups.contains('M') || !groups.contains('d')) {
            throw new IllegalArgumentException("date pattern '" + pattern + "' needs y, M and d");
        }
        return new DatePattern(pattern, Pattern.compile(re.toString()), groups);
    }

    private static String letterRegex(char c, int n, String pattern) {
        switch (c) {
            case 'd', 'M', 'H', 'm', 's' -> {
                if (n == 1) return "([0-9]{1,2})";
                if (n == 2) return "([0-9]{2})";
            }
            case 'y' -> {
                if (n == 4) return "([0-9]{4})";
                if (n == 2) return "([0-9]{2})";
            }
            case 'S' -> {
                return "([0-9]{" + n + "})";
            }
            default -> throw new IllegalArgumentException(
                    "letter '" + c + "' is not allowed in date pattern '" + pattern + "' (use y, M, d, H, m, s, S)");
        }
        throw new IllegalArgumentException("'" + String.valueOf(c).repeat(n) + "' is not allowed in date pattern '" + pattern + "'");
    }

    /** The date 2024-01-31 13:45:00 written in this pattern, to show in a message what a date should look like. */
    public String example() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close == i + 1) {
                    out.append('\''); // '' is a quote
                } else {
                    out.append(text, i + 1, close);
                }
                i = close + 1;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                int j = i;
                while (j < text.length() && text.charAt(j) == c) {
                    j++;
                }
                int n = j - i;
                out.append(switch (c) {
                    case 'y' -> n == 2 ? "24" : "2024";
                    case 'M' -> n == 2 ? "01" : "1";
                    case 'd' -> "31";
                    case 'H' -> "13";
                    case 'm' -> "45";
                    case 's' -> n == 2 ? "00" : "0";
                    default -> "0".repeat(n);
                });
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The day the whole cell denotes, or null when it does not match or is impossible. */
    public LocalDate parse(String cell) {
        Matcher m = regex.matcher(cell);
        if (!m.matches()) {
            return null;
        }
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        for (int g = 0; g < groups.size(); g++) {
            String digits = m.group(g + 1);
            int v = Integer.parseInt(digits);
            switch (groups.get(g)) {
                case 'y' -> year = digits.length() == 2 ? 2000 + v : v;
                case 'M' -> month = v;
                case 'd' -> day = v;
                case 'H' -> hour = v;
                case 'm' -> minute = v;
                case 's' -> second = v;
                default -> { }
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first of the patterns that parses the cell, or null. */
    public static LocalDate parseAny(List<DatePattern> patterns, String cell) {
        for (DatePattern p : patterns) {
            LocalDate d = p.parse(cell);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
