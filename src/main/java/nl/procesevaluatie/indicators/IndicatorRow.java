package nl.procesevaluatie.indicators;

import java.math.BigDecimal;

/**
 * One row of indicators.csv. Numbers are exact ({@link Q}) and rounded only when written; {@code count}
 * marks a count, whose value is written as an integer. Null means an empty cell.
 */
public record IndicatorRow(
        String indicator,
        String scope,
        String scopeValue,
        String period,
        Q numerator,
        Q denominator,
        Q value,
        BigDecimal target,
        String status,
        boolean suppressed,
        boolean count) {

    public static final String ALL = "all";
    public static final String ORGANISATION = "organisation";
    public static final String MUNICIPALITY = "municipality";

    public IndicatorRow withSuppressed(boolean s) {
        return new IndicatorRow(indicator, scope, scopeValue, period, numerator, denominator, value, target, status, s, count);
    }

    public boolean isAllScope() {
        return scope.equals(ALL);
    }

    public boolean isAllPeriod() {
        return period.equals(ALL);
    }
}
