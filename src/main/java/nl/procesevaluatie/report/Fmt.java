package nl.procesevaluatie.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.procesevaluatie.indicators.IndicatorCsv;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.indicators.Q;
import nl.procesevaluatie.report.Model.Cell;
import nl.procesevaluatie.report.Model.Mark;

/**
 * Turns indicator rows into shown figures. Every figure is the row's own value, written from the same
 * exact 4-decimal text as indicators.csv ({@link IndicatorCsv}); a share is that text with the decimal
 * point moved two places (0.7857 is 78,57%), never a new computation. A suppressed row shows
 * {@code <min_cell_size} and nothing else: no numerator, denominator or status.
 */
final class Fmt {
    /** How a figure is shown. */
    enum Kind { SHARE, MEAN_SHARE, PENETRATION, COUNT, DAYS, NUMBER, MONEY }

    static final String NONE = "–";

    private final Messages m;
    private final int minCellSize;
    private final char sep;

    Fmt(Messages m, int minCellSize) {
        this.m = m;
        this.minCellSize = minCellSize;
        this.sep = m.language().equals("en") ? '.' : ',';
    }

    Messages messages() {
        return m;
    }

    String suppressed() {
        return "<" + minCellSize;
    }

    static Kind kindOf(String indicator) {
        if (indicator.startsWith("goal.") || indicator.startsWith("determinant.") || indicator.startsWith("fidelity.component.")
                || indicator.equals("reach.start_rate") || indicator.equals("reach.dropout_rate")
                || indicator.equals("fidelity.full_dose_rate") || indicator.equals("fidelity.adherence_full_rate")) {
            return Kind.SHARE;
        }
        if (indicator.startsWith("fidelity.") || indicator.equals("maintenance.borging")) {
            return Kind.MEAN_SHARE;
        }
        if (indicator.equals("reach.penetration")) {
            return Kind.PENETRATION;
        }
        if (indicator.startsWith("reach.wait_days.")) {
            return Kind.DAYS;
        }
        if (indicator.startsWith("cost.")) {
            return Kind.MONEY;
        }
        if (indicator.startsWith("outcome.") && !indicator.endsWith(".n") || indicator.equals("maintenance.active_quarters")) {
            return Kind.NUMBER;
        }
        return Kind.COUNT;
    }

    /** The row as a table cell: value, a detail line (numerator and denominator) and its status mark. */
    Cell cell(IndicatorRow r) {
        if (r == null) {
            return new Cell(NONE, null, null, false, true, false);
        }
        if (r.suppressed()) {
            return new Cell(suppressed(), null, null, false, true, true);
        }
        return new Cell(value(r), detail(r), mark(r.status()), false, true, false);
    }

    /** The same without a status mark (where the status is shown in a column of its own). */
    Cell plainCell(IndicatorRow r) {
        Cell c = cell(r);
        return new Cell(c.text(), c.detail(), null, false, true, c.suppressed());
    }

    /** The value alone: {@code <5} when suppressed, a dash when empty. */
    String value(IndicatorRow r) {
        if (r == null) {
            return NONE;
        }
        if (r.suppressed()) {
            return suppressed();
        }
        if (r.value() == null) {
            return NONE;
        }
        Kind k = r.count() ? Kind.COUNT : kindOf(r.indicator());
        return switch (k) {
            case SHARE, MEAN_SHARE, PENETRATION -> percent(r.value());
            case COUNT -> IndicatorCsv.value(r);
            case DAYS, NUMBER -> decimal(r.value());
            case MONEY -> money(r.value());
        };
    }

    /** A value computed from rows of the same indicator (a median of organisations), shown as that indicator's figures are. */
    String valueOf(IndicatorRow like, Q v) {
        if (v == null || like == null) {
            return NONE;
        }
        if (like.count()) {
            return decimal(v); // a median of counts can be a half
        }
        return value(new IndicatorRow(like.indicator(), like.scope(), like.scopeValue(), like.period(), null, null, v, null, null,
                false, like.count()));
    }

    /** "22 van 28", "n = 165", or null. Never for a suppressed row. */
    String detail(IndicatorRow r) {
        if (r == null || r.suppressed() || r.count()) {
            return null;
        }
        Kind k = kindOf(r.indicator());
        if (r.indicator().equals("maintenance.borging") && !r.isAllScope()) {
            k = Kind.SHARE; // one organisation's checklist: yes answers of answered items
        }
        String num = IndicatorCsv.number(r.numerator());
        String den = IndicatorCsv.number(r.denominator());
        return switch (k) {
            case SHARE -> den.isEmpty() ? null : m.get("detail.of", num, den);
            case MEAN_SHARE, DAYS, NUMBER -> den.isEmpty() ? null : m.get("detail.n", den);
            case PENETRATION -> den.isEmpty() ? m.get("detail.clients", num) : m.get("detail.clientsOfTarget", num, den);
            case MONEY -> den.isEmpty() ? null : m.get("detail.perStarted", den);
            case COUNT -> null;
        };
    }

    /** A status as a word and a symbol; null for no status or {@code none}. */
    Mark mark(String status) {
        if (status == null || status.isEmpty() || status.equals("none")) {
            return null;
        }
        return new Mark(status, m.get("mark." + status + ".symbol"), m.get("mark." + status));
    }

    /** The row's exact value rounded to 4 decimals, shifted to a percentage: 0.7857 is 78,57%. */
    String percent(Q v) {
        BigDecimal d = v.round(4).movePointRight(2).setScale(2, RoundingMode.UNNECESSARY);
        return local(plain(d)) + "%";
    }

    /** A target as a percentage without trailing zeros: 0.8 is 80%, 0.625 is 62,5%. */
    String target(BigDecimal t) {
        if (t == null) {
            return NONE;
        }
        BigDecimal d = t.movePointRight(2).stripTrailingZeros();
        return local(plain(d.scale() < 0 ? d.setScale(0) : d)) + "%";
    }

    /** The 4-decimal text without trailing zeros: 21.0000 is 21, 48.8000 is 48,8. */
    String decimal(Q v) {
        BigDecimal d = v.round(4).stripTrailingZeros();
        return local(plain(d.scale() < 0 ? d.setScale(0) : d));
    }

    /** Money in whole cents from the exact value. */
    String money(Q v) {
        return "€ " + local(plain(v.round(2)));
    }

    String count(long n) {
        return Long.toString(n);
    }

    String date(LocalDate d) {
        return d == null ? NONE : d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", m.locale()));
    }

    /** A number from the job file (a target, a threshold) as a percentage. */
    String share(BigDecimal d) {
        return target(d);
    }

    private String local(String s) {
        return sep == '.' ? s : s.replace('.', sep);
    }

    private static String plain(BigDecimal d) {
        String s = d.toPlainString();
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** A chart value: the exact value as a double; null when suppressed or empty (the bar is left out). */
    static Double chartValue(IndicatorRow r) {
        if (r == null || r.suppressed() || r.value() == null) {
            return null;
        }
        return r.value().toDouble();
    }
}
