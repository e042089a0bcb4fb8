package nl.procesevaluatie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * indicators.csv numbers, cells and order (outputs.md; details.md rules 51-54, 57): values with exactly 4
 * decimals rounded once half-up (away from zero) from the exact value, counts as integers, numerator and
 * denominator integers when whole, targets with 4 decimals, never -0.0000, never an exponent.
 */
class IndicatorCsvTests {

    static IndicatorRow share(Q numerator, long denominator) {
        return Rows.ratio("x", Scope.ALL, "all", numerator, denominator);
    }

    static IndicatorRow valueRow(Q value) {
        return new IndicatorRow("x", "all", "", "all", null, null, value, null, null, false, false);
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource({
            // exactly 0.12345: the 5th decimal is 5, half-up -> 0.1235 (a double 0.12345 would give 0.1234)
            "12345, 100000, 0.1235",
            // 1/8 = 0.125 -> 0.1250
            "1, 8, 0.1250",
            // just below the half: 0.123449999 -> 0.1234
            "123449999, 1000000000, 0.1234",
            // thirds and two thirds
            "1, 3, 0.3333", "2, 3, 0.6667",
            // rounding up into the next unit
            "99995, 100000, 1.0000",
            // half away from zero for negative values
            "-12345, 100000, -0.1235", "-1, 8, -0.1250",
            // a negative value that rounds to zero is written 0.0000, not -0.0000
            "-1, 100000, 0.0000", "-4, 100000, 0.0000",
            // whole values still get 4 decimals
            "7, 1, 7.0000", "0, 1, 0.0000", "-3, 2, -1.5000"})
    void valueHasFourDecimalsRoundedHalfUp(long numerator, long denominator, String expected) {
        assertThat(IndicatorCsv.value(valueRow(Q.of(numerator, denominator)))).isEqualTo(expected);
    }

    @Test
    void valueOfAMeanThatIsExactlyAHalfAtTheFifthDecimal() {
        // sum 0.2469 over 2 members = 0.12345 exactly -> 0.1235; numerator not whole -> 4 decimals
        IndicatorRow r = share(Q.of(new BigDecimal("0.2469")), 2);
        assertThat(IndicatorCsv.value(r)).isEqualTo("0.1235");
        assertThat(IndicatorCsv.number(r.numerator())).isEqualTo("0.2469");
        assertThat(IndicatorCsv.number(r.denominator())).isEqualTo("2");
    }

    @Test
    void numbersAreIntegersWhenWholeElseFourDecimals() {
        assertThat(IndicatorCsv.number(Q.of(7))).isEqualTo("7");
        assertThat(IndicatorCsv.number(Q.of(-7))).isEqualTo("-7");
        assertThat(IndicatorCsv.number(Q.of(0))).isEqualTo("0");
        assertThat(IndicatorCsv.number(Q.of(14, 2))).isEqualTo("7");
        assertThat(IndicatorCsv.number(Q.of(11, 5))).isEqualTo("2.2000");
        assertThat(IndicatorCsv.number(Q.of(7, 3))).isEqualTo("2.3333");
        assertThat(IndicatorCsv.number(Q.of(-1, 8))).isEqualTo("-0.1250");
        assertThat(IndicatorCsv.number(Q.of(-1, 100000))).isEqualTo("0.0000");
        assertThat(IndicatorCsv.number(null)).isEmpty();
        // no exponent, no grouping
        Q big = new Q(BigInteger.TEN.pow(20), BigInteger.ONE);
        assertThat(IndicatorCsv.number(big)).isEqualTo("100000000000000000000");
        assertThat(IndicatorCsv.value(valueRow(new Q(BigInteger.TEN.pow(20), BigInteger.valueOf(3)))))
                .isEqualTo("33333333333333333333.3333");
        assertThat(IndicatorCsv.value(valueRow(Q.of(new BigDecimal("1E-7"))))).isEqualTo("0.0000");
    }

    @Test
    void countsAreWrittenAsIntegers() {
        IndicatorRow count = Rows.count("reach.registered", Scope.ALL, "all", 9);
        assertThat(IndicatorCsv.value(count)).isEqualTo("9");
        assertThat(IndicatorCsv.full(List.of(count))).isEqualTo(IndicatorCsv.HEADER + "reach.registered,all,,all,9,,9,,,false\n");
    }

    @Test
    void emptyValueForAnEmptyPopulation() {
        IndicatorRow r = share(Q.ZERO, 0);
        assertThat(IndicatorCsv.full(List.of(r))).isEqualTo(IndicatorCsv.HEADER + "x,all,,all,0,0,,,,false\n");
    }

    @Test
    void targetsHaveFourDecimals() {
        IndicatorRow r = Rows.ratio("goal.G", Scope.ALL, "all", Q.of(1), 8, new BigDecimal("0.8"), "not_met");
        assertThat(IndicatorCsv.full(List.of(r))).isEqualTo(IndicatorCsv.HEADER + "goal.G,all,,all,1,8,0.1250,0.8000,not_met,false\n");
        IndicatorRow odd = Rows.ratio("goal.G", Scope.ALL, "all", Q.of(1), 8, new BigDecimal("0.12345"), "met");
        assertThat(IndicatorCsv.full(List.of(odd))).contains(",0.1250,0.1235,met,");
        IndicatorRow exponent = Rows.ratio("goal.G", Scope.ALL, "all", Q.of(1), 8, new BigDecimal("1E+0"), "not_met");
        assertThat(IndicatorCsv.full(List.of(exponent))).contains(",1.0000,not_met,");
    }

    @Test
    void cellsAreQuotedAndGuarded() {
        List<IndicatorRow> rows = List.of(
                Rows.count("reach.registered", Scope.organisation("Zorg, Welzijn"), "all", 6),
                Rows.count("reach.registered", Scope.organisation("De \"Brug\""), "all", 6),
                Rows.count("reach.registered", Scope.organisation("=HYPERLINK(\"x\")"), "all", 6),
                Rows.count("reach.registered", Scope.organisation("@home"), "all", 6),
                Rows.ratio("outcome.sdq.change_mean", Scope.ALL, "all", Q.of(-3), 2));
        assertThat(IndicatorCsv.full(rows)).isEqualTo(IndicatorCsv.HEADER
                + "reach.registered,organisation,\"Zorg, Welzijn\",all,6,,6,,,false\n"
                + "reach.registered,organisation,\"De \"\"Brug\"\"\",all,6,,6,,,false\n"
                + "reach.registered,organisation,\"'=HYPERLINK(\"\"x\"\")\",all,6,,6,,,false\n"
                + "reach.registered,organisation,'@home,all,6,,6,,,false\n"
                // negative numbers are numbers: not guarded
                + "outcome.sdq.change_mean,all,,all,-3,2,-1.5000,,,false\n");
    }

    @Test
    void orderIsIndicatorScopeScopeValuePeriodInCodePoints() {
        // U+FF21 (fullwidth A) is below U+1D49C (script A) in code points, but above its surrogates in UTF-16
        String fullwidthA = "\uFF21";
        String scriptA = new String(Character.toChars(0x1D49C));
        List<IndicatorRow> expected = List.of(
                Rows.count("reach.registered", Scope.ALL, "2023-Q1", 1),
                Rows.count("reach.registered", Scope.ALL, "all", 1),
                Rows.count("reach.registered", Scope.municipality("Zeist"), "all", 1),
                Rows.count("reach.registered", Scope.organisation("Zorg"), "all", 1),
                Rows.count("reach.registered", Scope.organisation("aap"), "all", 1),
                Rows.count("reach.registered", Scope.organisation("Émile"), "all", 1),
                Rows.count("reach.registered", Scope.organisation(fullwidthA), "all", 1),
                Rows.count("reach.registered", Scope.organisation(scriptA), "2022-Q4", 1),
                Rows.count("reach.registered", Scope.organisation(scriptA), "all", 1),
                Rows.count("reach.start_rate", Scope.ALL, "all", 1),
                Rows.count("reach.started", Scope.ALL, "all", 1));
        List<IndicatorRow> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.sort(IndicatorCalculator.ORDER);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void calculatorSortsByCodePointsOfTheUnguardedText(@TempDir Path dir) {
        String scriptA = new String(Character.toChars(0x1D49C));
        var job = Fixtures.job(dir, "as_of: 2023-03-31\nintervention: {code: X, planned_sessions: 4}\n");
        List<IndicatorRow> rows = Fixtures.calculate(Fixtures.data(job, Fixtures.rows(
                Fixtures.reg("t1", scriptA, "2023-01-01"),
                Fixtures.reg("t2", "\uFF21", "2023-01-01"),
                Fixtures.reg("t3", "=B", "2023-01-01"),
                Fixtures.reg("t4", "b", "2022-12-01")), List.of(), List.of()));
        List<String> orgs = rows.stream().filter(r -> r.indicator().equals("reach.registered")
                && r.scope().equals("organisation") && r.period().equals("all")).map(IndicatorRow::scopeValue).toList();
        // '=' (U+003D) < 'b' < U+FF21 < U+1D49C; the guard's leading ' is not part of the sort key
        assertThat(orgs).containsExactly("=B", "b", "\uFF21", scriptA);
        List<IndicatorRow> sorted = new ArrayList<>(rows);
        sorted.sort(IndicatorCalculator.ORDER);
        assertThat(rows).containsExactlyElementsOf(sorted);
        // quarter periods come before all
        assertThat(Fixtures.find(rows, "reach.registered", "all", "2022-Q4")).hasSize(1);
        int q = rows.indexOf(Fixtures.at(rows, "reach.registered", "all", "2023-Q1"));
        int all = rows.indexOf(Fixtures.at(rows, "reach.registered", "all", "all"));
        assertThat(q).isLessThan(all);
        assertThat(IndicatorCsv.full(rows)).contains("\nreach.registered,organisation,'=B,all,1,,1,,,true\n");
    }
}
