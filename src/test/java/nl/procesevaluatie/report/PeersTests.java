package nl.procesevaluatie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.procesevaluatie.indicators.IndicatorRow;
import nl.procesevaluatie.indicators.Q;
import org.junit.jupiter.api.Test;

/** The shared, sorted distribution gives each organisation the same peers as looking up every other organisation. */
class PeersTests {

    private static IndicatorRow org(String org, Q value, boolean suppressed) {
        return new IndicatorRow("reach.x", IndicatorRow.ORGANISATION, org, IndicatorRow.ALL, null, null, value, null, null,
                suppressed, false);
    }

    /** The definition: the shown values of the other organisations, sorted; median, min and max from two others on. */
    private static Peers naive(List<IndicatorRow> rows, String organisation) {
        List<Q> values = new ArrayList<>();
        for (IndicatorRow r : rows) {
            if (!r.scopeValue().equals(organisation) && !r.suppressed() && r.value() != null) {
                values.add(r.value());
            }
        }
        values.sort(null);
        int n = values.size();
        if (n < Peers.MIN_OTHERS) {
            return new Peers(null, null, null, null, n);
        }
        Q median = n % 2 == 1 ? values.get(n / 2) : values.get(n / 2 - 1).add(values.get(n / 2)).divide(2);
        return new Peers(null, median, values.get(0), values.get(n - 1), n);
    }

    @Test
    void handComputed() {
        // others of A: 1/4, 1/2, 3/4 (B, C, D; E suppressed): median 1/2, range 1/4 to 3/4
        List<IndicatorRow> rows = List.of(org("A", Q.of(1, 2), false), org("B", Q.of(3, 4), false), org("C", Q.of(1, 4), false),
                org("D", Q.of(1, 2), false), org("E", Q.of(1), true));
        RowIndex every = new RowIndex(rows, Locale.ROOT);
        Peers a = Peers.of(every, "reach.x", "A");
        assertEquals(3, a.others());
        assertEquals(Q.of(1, 2), a.median());
        assertEquals(Q.of(1, 4), a.min());
        assertEquals(Q.of(3, 4), a.max());
        // others of C: 1/2, 1/2, 3/4: median 1/2; of E (suppressed itself): all four, median (1/2 + 1/2) / 2
        assertEquals(Q.of(1, 2), Peers.of(every, "reach.x", "C").median());
        Peers e = Peers.of(every, "reach.x", "E");
        assertEquals(4, e.others());
        assertEquals(Q.of(1, 2), e.median());
        // with only one other shown value there is no range
        RowIndex two = new RowIndex(List.of(org("A", Q.of(1), false), org("B", Q.of(0), false)), Locale.ROOT);
        assertNull(Peers.of(two, "reach.x", "A").median());
    }

    @Test
    void equalsTheDefinitionOnRandomDistributions() {
        Random rnd = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<IndicatorRow> rows = new ArrayList<>();
            int n = rnd.nextInt(8);
            for (int i = 0; i < n; i++) {
                Q value = rnd.nextInt(5) == 0 ? null : Q.of(rnd.nextInt(4), 1 + rnd.nextInt(3));
                rows.add(org("O" + i, value, rnd.nextInt(6) == 0));
            }
            RowIndex every = new RowIndex(rows, Locale.ROOT);
            for (int i = 0; i <= n; i++) { // O<n> is an organisation without a row
                String o = "O" + i;
                Peers want = naive(rows, o);
                Peers got = Peers.of(every, "reach.x", o);
                assertEquals(want.others(), got.others(), o + " in round " + round);
                assertEquals(want.median(), got.median(), o + " in round " + round);
                assertEquals(want.min(), got.min(), o + " in round " + round);
                assertEquals(want.max(), got.max(), o + " in round " + round);
            }
        }
    }
}
