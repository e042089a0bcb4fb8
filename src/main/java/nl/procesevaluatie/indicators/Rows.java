package nl.procesevaluatie.indicators;

import java.math.BigDecimal;

/** Builds rows of the three shapes of details.md rules 30 and 31: counts, shares and means. */
final class Rows {
    private Rows() {}

    static IndicatorRow count(String id, Scope s, String period, long n) {
        return new IndicatorRow(id, s.scope(), s.value(), period, Q.of(n), null, Q.of(n), null, null, false, true);
    }

    /** A share or a mean: value = numerator / denominator, empty for an empty population. */
    static IndicatorRow ratio(String id, Scope s, String period, Q numerator, long denominator) {
        return ratio(id, s, period, numerator, denominator, null, null);
    }

    static IndicatorRow ratio(String id, Scope s, String period, Q numerator, long denominator, BigDecimal target, String status) {
        Q value = denominator == 0 ? null : numerator.divide(denominator);
        return new IndicatorRow(id, s.scope(), s.value(), period, numerator, Q.of(denominator), value, target, status, false, false);
    }

    /** A statistic over n values (median, percentile, effect size): numerator empty, denominator n. */
    static IndicatorRow statistic(String id, Scope s, String period, Q value, long n) {
        return new IndicatorRow(id, s.scope(), s.value(), period, null, Q.of(n), value, null, null, false, false);
    }
}
