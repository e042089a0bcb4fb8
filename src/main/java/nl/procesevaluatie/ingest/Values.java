package nl.procesevaluatie.ingest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsing of typed cells (details.md rules 14 and 16); each method returns null when the cell does not parse. */
final class Values {
    private static final Set<String> TRUE = Set.of("ja", "j", "yes", "y", "1", "true", "x", "aanwezig");
    private static final Set<String> FALSE = Set.of("nee", "n", "no", "0", "false", "afwezig");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[0-9]+(,[0-9]+)?");

    private Values() {}

    /** A values mapping is looked up by exact label, then ignoring case. */
    static String lookup(Map<String, String> mapping, String cell) {
        if (mapping == null) {
            return null;
        }
        String v = mapping.get(cell);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            if (e.getKey().equalsIgnoreCase(cell)) {
                return e.getValue();
            }
        }
        return null;
    }

    static Boolean bool(Map<String, String> mapping, String cell) {
        String mapped = lookup(mapping, cell);
        if (mapped != null) {
            return Boolean.parseBoolean(mapped);
        }
        String lower = cell.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(lower)) {
            return Boolean.FALSE;
        }
        return null;
    }

    static String enumValue(Map<String, String> mapping, String cell, Set<String> canonical) {
        String mapped = lookup(mapping, cell);
        if (mapped != null) {
            return mapped;
        }
        String lower = cell.toLowerCase(Locale.ROOT);
        return canonical.contains(lower) ? lower : null;
    }

    static Long integer(String cell) {
        if (!INTEGER.matcher(cell).matches()) {
            return null;
        }
        try {
            return Long.parseLong(cell.startsWith("+") ? cell.substring(1) : cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal decimal(String cell, char separator) {
        if (!(separator == ',' ? DECIMAL_COMMA : DECIMAL_POINT).matcher(cell).matches()) {
            return null;
        }
        return new BigDecimal(cell.replace(',', '.'));
    }
}
