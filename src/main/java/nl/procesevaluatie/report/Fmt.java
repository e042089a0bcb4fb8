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

    private final Labels labels;

    Fmt(Messages m, int minCellSize) {
        this(m, minCellSize, null);
    }

    Fmt(Messages m, int minCellSize, Labels labels) {
        this.labels = labels;
        this.m = m;
        this.minCellSize = minCellSize;
        this.sep = m.language().equals("en") ? '.' : ',';
    }

    Messages messages() {
        return m;
    }

    /** A core component's name for the text: the job's label, else the code made readable. */
    String component(String code) {
        return labels != null ? labels.component(code) : Labels.readable(code);
    }

    /** A determinant's name for the text: the job's label, a built-in MIDI label, else the code made readable. */
    String determinant(String code) {
        return labels != null ? labels.determinant(code) : m.getOr("determinant." + code, Labels.readable(code));
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
            case SHARE, MEAN_SHARE, PENETRATION -> shareOf(r);
            case COUNT -> integer(r.value().round(0));
            case DAYS, NUMBER -> decimal(r.value());
            case MONEY -> money(r.value());
        };
    }

    /**
     * A share to one decimal; two where one decimal would round a missed target up to it (79,96% shown as
     * "80%" beside "niet behaald" would contradict itself).
     */
    private String shareOf(IndicatorRow r) {
        BigDecimal oneDecimal = r.value().round(3);
        boolean missed = "not_met".equals(r.status()) || "off_track".equals(r.status());
        if (missed && r.target() != null && oneDecimal.compareTo(r.target()) >= 0) {
            return percent(r.value(), 2);
        }
        return percent(r.value());
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
        String num = integer(IndicatorCsv.number(r.numerator()));
        String den = integer(IndicatorCsv.number(r.denominator()));
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

    /** A share as people read it: a percentage to at most one decimal, rounded once from the exact value (0.7857 is 78,6%). */
    String percent(Q v) {
        return percent(v, 1);
    }

    String percent(Q v, int decimals) {
        BigDecimal d = v.round(decimals + 2).movePointRight(2).stripTrailingZeros();
        return grouped(d.scale() < 0 ? d.setScale(0) : d) + "%";
    }

    /** A target as a percentage without trailing zeros: 0.8 is 80%, 0.625 is 62,5%. */
    String target(BigDecimal t) {
        if (t == null) {
            return NONE;
        }
        BigDecimal d = t.movePointRight(2).stripTrailingZeros();
        return local(plain(d.scale() < 0 ? d.setScale(0) : d)) + "%";
    }

    /** A mean or a number of days to at most two decimals, without trailing zeros: 3.7138 is 3,71, 21.0000 is 21. */
    String decimal(Q v) {
        BigDecimal d = v.round(2).stripTrailingZeros();
        return grouped(d.scale() < 0 ? d.setScale(0) : d);
    }

    /** Money in whole cents from the exact value, with thousands separators. */
    String money(Q v) {
        return "€ " + grouped(v.round(2));
    }

    String count(long n) {
        return grouped(BigDecimal.valueOf(n));
    }

    /** An integer text of indicators.csv (a numerator, a denominator) with thousands separators. */
    String integer(String csvNumber) {
        return csvNumber.isEmpty() || !csvNumber.matches("-?[0-9]+") ? local(csvNumber) : grouped(new BigDecimal(csvNumber));
    }

    private String integer(BigDecimal d) {
        return grouped(d);
    }

    /** Thousands separators and the decimal separator of the report's language: 12345.5 is 12.345,5 in Dutch. */
    private String grouped(BigDecimal d) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(m.locale()));
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        f.setMaximumFractionDigits(Math.max(0, d.scale()));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        String s = f.format(d);
        return s.matches("-0([.,]0*)?") ? s.substring(1) : s;
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
