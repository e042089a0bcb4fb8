package nl.procesevaluatie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Order statistics and the paired effect size on exact values (indicators.md, Notation: median = mean of the
 * two middle values for an even count; percentile p by linear interpolation at (n-1)·p, numpy's default;
 * Outcomes: Cohen's d for paired data, empty with fewer than 2 pairs or zero deviation).
 */
class StatisticsTests {

    static String fmt(Q q) {
        return q == null ? "" : q.round(4).toPlainString();
    }

    @Test
    void medianOfOddAndEvenCounts() {
        // odd: sorted 1 3 7 -> 3
        assertThat(Statistics.median(List.of(7L, 1L, 3L))).isEqualTo(Q.of(3));
        // even: sorted 1 3 7 20 -> (3 + 7)/2 = 5
        assertThat(Statistics.median(List.of(20L, 7L, 1L, 3L))).isEqualTo(Q.of(5));
        // even with an odd sum: 1 2 -> 1.5 exactly
        assertThat(Statistics.median(List.of(2L, 1L))).isEqualTo(Q.of(3, 2));
        // negatives and duplicates: -5 -5 0 10 -> (-5 + 0)/2 = -2.5
        assertThat(Statistics.median(List.of(0L, -5L, 10L, -5L))).isEqualTo(Q.of(-5, 2));
        // one value; none
        assertThat(Statistics.median(List.of(42L))).isEqualTo(Q.of(42));
        assertThat(Statistics.median(List.of())).isNull();
    }

    @Test
    void p90InterpolatesBetweenClosestRanks() {
        // 1..10: h = 9 * 0.9 = 8.1 -> x[8] + 0.1 (x[9] - x[8]) = 9 + 0.1 = 9.1 (numpy: 9.1)
        List<Long> oneToTen = List.of(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(Statistics.percentile(oneToTen, Q.of(9, 10))).isEqualTo(Q.of(91, 10));
        // 0 100: h = 0.9 -> 90
        assertThat(Statistics.percentile(List.of(100L, 0L), Q.of(9, 10))).isEqualTo(Q.of(90));
        // 3 values 10 20 40: h = 1.8 -> 20 + 0.8 * 20 = 36
        assertThat(Statistics.percentile(List.of(40L, 10L, 20L), Q.of(9, 10))).isEqualTo(Q.of(36));
        // 11 values 0..100 step 10: h = 9 exactly -> 90 (no interpolation)
        List<Long> tens = List.of(0L, 10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L, 100L);
        assertThat(Statistics.percentile(tens, Q.of(9, 10))).isEqualTo(Q.of(90));
        // 7 values 1 2 3 4 5 6 100: h = 5.4 -> 6 + 0.4 * 94 = 43.6
        assertThat(Statistics.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 100L), Q.of(9, 10)))
                .isEqualTo(Q.of(436, 10));
        // one value: itself; p = 0 and p = 1 are the extremes
        assertThat(Statistics.percentile(List.of(-3L), Q.of(9, 10))).isEqualTo(Q.of(-3));
        assertThat(Statistics.percentile(List.of(5L, -2L, 9L), Q.ZERO)).isEqualTo(Q.of(-2));
        assertThat(Statistics.percentile(List.of(5L, -2L, 9L), Q.ONE)).isEqualTo(Q.of(9));
        assertThat(Statistics.percentile(List.of(), Q.of(9, 10))).isNull();
    }

    @Test
    void percentileDoesNotReorderItsInput() {
        List<Long> values = new java.util.ArrayList<>(List.of(3L, 1L, 2L));
        Statistics.percentile(values, Q.of(1, 2));
        assertThat(values).containsExactly(3L, 1L, 2L);
    }

    @Test
    void effectSize() {
        // 1 2 3: mean 2, sample variance ((1+0+1)/2) = 1 -> d = 2
        assertThat(fmt(Statistics.effectSize(List.of(Q.of(1), Q.of(2), Q.of(3))))).isEqualTo("2.0000");
        // 1 3: mean 2, variance (1 + 1)/1 = 2, sd 1.41421.. -> 1.41421.. -> 1.4142
        assertThat(fmt(Statistics.effectSize(List.of(Q.of(1), Q.of(3))))).isEqualTo("1.4142");
        // -1 -2: mean -1.5, variance 0.5, sd 0.70711 -> -2.12132
        assertThat(fmt(Statistics.effectSize(List.of(Q.of(-1), Q.of(-2))))).isEqualTo("-2.1213");
        // thirds: 5/3, 1, 1/3: mean 1, variance 4/9, sd 2/3 -> 1.5
        assertThat(fmt(Statistics.effectSize(List.of(Q.of(5, 3), Q.ONE, Q.of(1, 3))))).isEqualTo("1.5000");
        // mean 0 with spread: 0
        assertThat(fmt(Statistics.effectSize(List.of(Q.of(-1), Q.of(1))))).isEqualTo("0.0000");
    }

    @Test
    void rationalEffectSizeIsRoundedOnceFromItsExactValue() {
        // changes m - 1/3, m, m + 1/3 with m = 0.30025 / 3: mean m, sample variance (1/9 + 0 + 1/9) / 2 = 1/9,
        // sd = 1/3 exactly, so d = m / (1/3) = 0.30025 exactly -> half-up 0.3003 (rules 41, 51). A 40-digit
        // approximation of sqrt(1/9) lands just above 1/3 and gives 0.30024999.. -> 0.3002.
        Q m = Q.of(30025, 300000);
        Q third = Q.of(1, 3);
        Q d = Statistics.effectSize(List.of(m.subtract(third), m, m.add(third)));
        assertThat(d).isEqualTo(Q.of(30025, 100000));
        assertThat(fmt(d)).isEqualTo("0.3003");
        // the same mirrored: -0.30025 -> -0.3003 (half away from zero)
        Q n = m.negate();
        assertThat(fmt(Statistics.effectSize(List.of(n.subtract(third), n, n.add(third))))).isEqualTo("-0.3003");
        // sd 1/6: m = 0.20015 / 6 -> d = 0.20015 -> 0.2002
        Q sixth = Q.of(1, 6);
        Q m6 = Q.of(20015, 600000);
        assertThat(fmt(Statistics.effectSize(List.of(m6.subtract(sixth), m6, m6.add(sixth))))).isEqualTo("0.2002");
    }

    @Test
    void effectSizeEmptyWithFewerThanTwoPairsOrNoSpread() {
        assertThat(Statistics.effectSize(List.of())).isNull();
        assertThat(Statistics.effectSize(List.of(Q.of(3)))).isNull();
        assertThat(Statistics.effectSize(List.of(Q.of(2, 3), Q.of(2, 3), Q.of(2, 3)))).isNull();
        assertThat(Statistics.effectSize(List.of(Q.ZERO, Q.ZERO))).isNull();
    }
}
