package nl.procesevaluatie.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.procesevaluatie.output.Csv;
import org.apache.commons.csv.CSVFormat;

/** indicators.csv and indicators-public.csv (outputs.md; details.md rules 51-57). */
public final class IndicatorCsv {
    private static final CSVFormat FORMAT = Csv.FORMAT.builder().setHeader("indicator", "scope", "scope_value", "period",
            "numerator", "denominator", "value", "target", "status", "suppressed").get();
    /** The header line as written. */
    public static final String HEADER = String.join(",", FORMAT.getHeader()) + "\n";

    private IndicatorCsv() {}

    public static String full(List<IndicatorRow> rows) {
        return write(rows, false);
    }

    /** Suppressed rows without numerator, denominator, value and status. */
    public static String publicVersion(List<IndicatorRow> rows) {
        return write(rows, true);
    }

    private static String write(List<IndicatorRow> rows, boolean hideSuppressed) {
        return Csv.write(FORMAT, rows.stream().map(r -> {
            boolean hide = hideSuppressed && r.suppressed();
            return Arrays.asList(r.indicator(), r.scope(), r.scopeValue(), r.period(),
                    hide ? "" : number(r.numerator()), hide ? "" : number(r.denominator()),
                    hide ? "" : value(r), r.target() == null ? "" : plain(r.target().setScale(4, java.math.RoundingMode.HALF_UP)),
                    hide || r.status() == null ? "" : r.status(), Boolean.toString(r.suppressed()));
        }).toList());
    }

    /** Integers when whole, else four decimals. */
    public static String number(Q q) {
        if (q == null) {
            return "";
        }
        return q.isWhole() ? q.num().toString() : plain(q.round(4));
    }

    public static String value(IndicatorRow r) {
        if (r.value() == null) {
            return "";
        }
        return r.count() ? number(r.value()) : plain(r.value().round(4));
    }

    private static String plain(BigDecimal d) {
        String s = d.toPlainString();
        return s.equals("-0.0000") ? "0.0000" : s;
    }
}
