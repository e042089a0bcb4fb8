package nl.procesevaluatie.init;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The values of one column over all files of a dataset: what they look like, counted. */
final class ColumnProfile {
    /** Distinct values kept per column; an id column has more, and its values are never shown anyway. */
    private static final int MAX_DISTINCT = 5_000;
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern POINT = Pattern.compile("[+-]?[0-9]+\\.[0-9]+");
    private static final Pattern COMMA = Pattern.compile("[+-]?[0-9]+,[0-9]+");
    static final Set<String> TRUE = Set.of("ja", "j", "yes", "y", "1", "true", "x", "aanwezig");
    static final Set<String> FALSE = Set.of("nee", "n", "no", "0", "false", "afwezig");
    /** Tokens that say "no" to attendance in Dutch registration systems, beyond the contract's defaults. */
    static final Set<String> MORE_FALSE = Set.of("afgemeld", "afgezegd", "geannuleerd", "niet aanwezig", "no show", "no-show",
            "niet verschenen", "verzuim", "ziek", "n.v.t.", "nvt", "absent");
    static final Set<String> MORE_TRUE = Set.of("present", "te laat", "wel", "gedeeltelijk");
    /** Texts that mean "no answer" in survey exports (exact, as the contract compares them). */
    static final Set<String> TEXT_CODES = Set.of(".", "-", "n/a", "N/A", "NA", "n.v.t.", "N.v.t.", "nvt", "Weet niet", "weet niet",
            "Weet ik niet", "weet ik niet", "Onbekend", "onbekend", "?", "#N/A", "NULL");
    private static final Set<String> NUMBER_CODES = Set.of("-1", "-2", "-3", "-9", "-99", "-999", "-9999", "99", "999", "9999");

    final String name;
    final Set<String> labels = new LinkedHashSet<>();
    /** How many of the dataset's files have this column. */
    int files;
    int rows;
    int filled;
    final Map<String, Integer> counts = new LinkedHashMap<>();
    boolean manyDistinct;
    int integers;
    int pointDecimals;
    int commaDecimals;

    ColumnProfile(String name) {
        this.name = name;
    }

    /** One profile per header name, in header order of the first file, over every file's rows. */
    static Map<String, ColumnProfile> of(List<SniffedFile> files) {
        Map<String, ColumnProfile> out = new LinkedHashMap<>();
        for (SniffedFile f : files) {
            for (int c = 0; c < f.header().size(); c++) {
                String name = f.header().get(c);
                if (name.isEmpty() || f.column(name) != c) {
                    continue; // an unnamed column, or a repeated name (the ingest uses the first)
                }
                ColumnProfile p = out.computeIfAbsent(name, ColumnProfile::new);
                p.files++;
                p.labels.addAll(f.labels(c));
                for (List<String> r : f.rows()) {
                    p.add(c < r.size() ? r.get(c) : "");
                }
            }
        }
        return out;
    }

    void add(String v) {
        rows++;
        if (v.isEmpty()) {
            return;
        }
        filled++;
        Integer n = counts.get(v);
        if (n != null) {
            counts.put(v, n + 1);
        } else if (counts.size() < MAX_DISTINCT) {
            counts.put(v, 1);
        } else {
            manyDistinct = true;
        }
        if (INTEGER.matcher(v).matches()) {
            integers++;
        } else if (POINT.matcher(v).matches()) {
            pointDecimals++;
        } else if (COMMA.matcher(v).matches()) {
            commaDecimals++;
        }
    }

    int distinct() {
        return counts.size();
    }

    /** Nearly every filled value is different: an identifier. */
    boolean idLike() {
        return filled > 0 && (manyDistinct || distinct() * 10 >= filled * 9) && distinct() > 1;
    }

    int count(String value) {
        return counts.getOrDefault(value, 0);
    }

    /** The share of filled values the predicate accepts, over the distinct values kept (all of them when not many). */
    private double share(java.util.function.Predicate<String> p, Set<String> except) {
        int n = 0, of = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (except.contains(e.getKey())) {
                continue;
            }
            of += e.getValue();
            if (p.test(e.getKey())) {
                n += e.getValue();
            }
        }
        return of == 0 ? 0 : (double) n / of;
    }

    boolean isDate() {
        return filled > 0 && share(DateGuess::anyMatches, Set.of()) >= 0.8;
    }

    /** Numbers, apart from missing-value codes. */
    boolean isNumeric(Set<String> missing) {
        return filled > missingCount(missing) && share(v -> INTEGER.matcher(v).matches() || POINT.matcher(v).matches()
                || COMMA.matcher(v).matches(), missing) >= 0.9;
    }

    boolean isInteger(Set<String> missing) {
        return filled > missingCount(missing) && share(v -> INTEGER.matcher(v).matches(), missing) >= 0.9;
    }

    /** Yes/no tokens: the contract's defaults, and Dutch tokens for "no" such as Afgemeld. */
    boolean isBoolean(Set<String> missing) {
        if (filled <= missingCount(missing) || distinct() > 8 + missing.size()) {
            return false;
        }
        if (isZeroOne(missing)) {
            return true;
        }
        boolean aWord = counts.keySet().stream().anyMatch(v -> !missing.contains(v) && isDefaultToken(v) && !v.equals("0") && !v.equals("1"));
        return aWord && share(v -> isDefaultToken(v) || isExtraToken(v), missing) >= 0.9;
    }

    /** Only 0 and 1 (and codes): a yes/no column written as numbers. */
    boolean isZeroOne(Set<String> missing) {
        return filled > missingCount(missing) && counts.keySet().stream().allMatch(v -> missing.contains(v) || v.equals("1") || v.equals("0"))
                && counts.containsKey("0") && counts.containsKey("1");
    }

    static boolean isDefaultToken(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        return TRUE.contains(l) || FALSE.contains(l);
    }

    static boolean isExtraToken(String v) {
        String l = v.toLowerCase(Locale.ROOT);
        return MORE_FALSE.contains(l) || MORE_TRUE.contains(l);
    }

    private int missingCount(Set<String> missing) {
        int n = 0;
        for (String m : missing) {
            n += count(m);
        }
        return n;
    }

    /**
     * The column's missing-value codes: a known "no answer" text among numbers or yes/no tokens, or a
     * negative code (-1, -99) among values that are otherwise not negative, or 99/999 above a small scale.
     */
    Set<String> missingCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (String v : counts.keySet()) {
            if (TEXT_CODES.contains(v)) {
                codes.add(v);
            }
        }
        Set<String> numericCodes = new LinkedHashSet<>();
        BigDecimal otherMin = null, otherMax = null;
        for (String v : counts.keySet()) {
            BigDecimal d = number(v);
            if (d == null) {
                continue;
            }
            if (NUMBER_CODES.contains(v)) {
                numericCodes.add(v);
            } else {
                otherMin = otherMin == null || d.compareTo(otherMin) < 0 ? d : otherMin;
                otherMax = otherMax == null || d.compareTo(otherMax) > 0 ? d : otherMax;
            }
        }
        if (otherMin != null) {
            for (String c : numericCodes) {
                BigDecimal d = new BigDecimal(c);
                boolean negativeAmongPositive = d.signum() < 0 && otherMin.signum() >= 0;
                boolean farAboveSmallScale = d.signum() > 0 && otherMax.compareTo(BigDecimal.TEN) <= 0;
                if (negativeAmongPositive || farAboveSmallScale) {
                    codes.add(c);
                }
            }
        }
        if (!codes.isEmpty() && !isNumeric(codes) && !isBoolean(codes)) {
            return Set.of(); // a text column that happens to hold "-" or "?"
        }
        return codes;
    }

    /** The smallest and largest number among the values, missing codes left out; null when there is none. */
    BigDecimal[] range(Set<String> missing) {
        BigDecimal min = null, max = null;
        for (String v : counts.keySet()) {
            BigDecimal d = missing.contains(v) ? null : number(v);
            if (d != null) {
                min = min == null || d.compareTo(min) < 0 ? d : min;
                max = max == null || d.compareTo(max) > 0 ? d : max;
            }
        }
        return min == null ? null : new BigDecimal[] {min, max};
    }

    static BigDecimal number(String v) {
        if (INTEGER.matcher(v).matches() || POINT.matcher(v).matches() || COMMA.matcher(v).matches()) {
            return new BigDecimal(v.replace(',', '.').replace("+", ""));
        }
        return null;
    }

    /** The most frequent values first. */
    List<Map.Entry<String, Integer>> byFrequency() {
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey())).toList();
    }
}
