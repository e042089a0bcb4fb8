package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.indicators.Q;
import nl.procesevaluatie.report.Model.Cell;
import org.junit.jupiter.api.Test;

class FmtTests {
    final Fmt nl = new Fmt(Messages.forLanguage("nl"), 5);
    final Fmt en = new Fmt(Messages.forLanguage("en"), 10);

    static IndicatorRow row(String id, long num, long den, String target, String status, boolean suppressed) {
        return new IndicatorRow(id, "all", "", "all", Q.of(num), Q.of(den), Q.of(num, den),
                target == null ? null : new BigDecimal(target), status, suppressed, false);
    }

    @Test
    void sharesArePercentagesToOneDecimalRoundedOnceFromTheExactValue() {
        // 22/28 = 0.785714..: 78,6%, not 78,57% (indicators.csv keeps 0.7857)
        IndicatorRow r = row("goal.G1", 22, 28, "0.8", "not_met", false);
        assertEquals("78,6%", nl.value(r));
        assertEquals("78.6%", en.value(r));
        assertEquals("22 van 28", nl.detail(r));
        assertEquals("80%", nl.target(r.target()));
        assertEquals("62,5%", nl.target(new BigDecimal("0.625")));
        // a whole percentage has no decimal: 4/5 is 80%
        assertEquals("80%", nl.value(row("goal.G2", 4, 5, "0.8", "met", false)));
        // 0.12345 -> 12,3%: half up from the exact value, once (not 12,35% -> 12,4%)
        assertEquals("12,3%", nl.percent(Q.of(new BigDecimal("0.12345"))));
        // 35/9 = 3.888..: means to two decimals
        assertEquals("3,89", nl.decimal(Q.of(35, 9)));
    }

    @Test
    void aMissedTargetNeverLooksMetByRounding() {
        // 7999/10000 = 79,99% rounds to 80,0% at one decimal: beside "niet behaald" it keeps two
        IndicatorRow r = row("goal.G1", 7999, 10000, "0.8", "not_met", false);
        assertEquals("79,99%", nl.value(r));
        // met or not decided by rounding elsewhere: one decimal
        assertEquals("80%", nl.value(row("goal.G1", 8001, 10000, "0.8", "met", false)));
    }

    @Test
    void largeNumbersGetThousandsSeparators() {
        IndicatorRow count = new IndicatorRow("reach.registered", "all", "", "all", Q.of(1234567), null, Q.of(1234567), null, null,
                false, true);
        assertEquals("1.234.567", nl.value(count));
        assertEquals("1,234,567", en.value(count));
        assertEquals("12.345 van 23.456", nl.detail(row("reach.start_rate", 12345, 23456, null, null, false)));
    }

    @Test
    void aSuppressedRowShowsOnlyTheSign() {
        IndicatorRow r = row("goal.G1", 3, 4, "0.8", "met", true);
        Cell c = nl.cell(r);
        assertEquals("<5", c.text());
        assertNull(c.detail());
        assertNull(c.mark());
        assertTrue(c.suppressed());
        assertEquals("<10", en.cell(r).text());
        assertNull(Fmt.chartValue(r));
    }

    @Test
    void statusIsAWordAndASymbol() {
        Cell c = nl.cell(row("goal.G2", 228, 249, "0.8", "met", false));
        assertEquals("behaald", c.mark().word());
        assertEquals("✔", c.mark().symbol());
        assertNull(nl.mark("none"));
    }

    @Test
    void countsDaysAndMoney() {
        IndicatorRow count = new IndicatorRow("reach.registered", "all", "", "all", Q.of(300), null, Q.of(300), null, null,
                false, true);
        assertEquals("300", nl.value(count));
        IndicatorRow days = new IndicatorRow("reach.wait_days.p90", "all", "", "all", null, Q.of(65),
                Q.of(new BigDecimal("48.8")), null, null, false, false);
        assertEquals("48,8", nl.value(days));
        assertEquals("n = 65", nl.detail(days));
        IndicatorRow cost = new IndicatorRow("cost.per_started_client", "all", "", "all", Q.of(97165), Q.of(268),
                Q.of(97165, 268), null, null, false, false);
        assertEquals("€ 362,56", nl.value(cost));
        assertEquals("–", nl.value(null));
    }
}
