package nl.procesevaluatie.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.procesevaluatie.indicators.IndicatorRow;

/** The rows of indicators.csv, looked up by indicator, scope, scope value and period. */
final class RowIndex {
    private final Map<String, IndicatorRow> byKey = new HashMap<>();
    private final Set<String> indicators = new LinkedHashSet<>();
    private final List<String> organisations;
    private final List<String> municipalities;
    private final Map<String, List<IndicatorRow>> quarterRows = new HashMap<>();
    /** Built on first use; the index is shared by the organisation reports, which render in parallel. */
    private final Map<String, Peers.Distribution> distributions = new java.util.concurrent.ConcurrentHashMap<>();

    RowIndex(List<IndicatorRow> rows, Locale locale) {
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> muns = new LinkedHashSet<>();
        for (IndicatorRow r : rows) {
            String value = r.scopeValue() == null ? "" : r.scopeValue();
            byKey.put(key(r.indicator(), r.scope(), value, r.period()), r);
            indicators.add(r.indicator());
            if (r.scope().equals(IndicatorRow.ORGANISATION)) {
                orgs.add(value);
            } else if (r.scope().equals(IndicatorRow.MUNICIPALITY)) {
                muns.add(value);
            }
            if (!r.isAllPeriod()) {
                quarterRows.computeIfAbsent(key(r.indicator(), r.scope(), value, ""), k -> new ArrayList<>()).add(r);
            }
        }
        quarterRows.values().forEach(l -> l.sort(Comparator.comparing(IndicatorRow::period)));
        Collator collator = Collator.getInstance(locale);
        Comparator<String> byName = Comparator.<String, String>comparing(s -> s, collator).thenComparing(Comparator.naturalOrder());
        this.organisations = orgs.stream().sorted(byName).toList();
        this.municipalities = muns.stream().sorted(byName).toList();
    }

    private static String key(String indicator, String scope, String value, String period) {
        return indicator + '\u0000' + scope + '\u0000' + value + '\u0000' + period;
    }

    IndicatorRow get(String indicator, String scope, String value, String period) {
        return byKey.get(key(indicator, scope, value == null ? "" : value, period));
    }

    /** Scope all, period all. */
    IndicatorRow all(String indicator) {
        return get(indicator, IndicatorRow.ALL, "", IndicatorRow.ALL);
    }

    IndicatorRow org(String indicator, String organisation) {
        return get(indicator, IndicatorRow.ORGANISATION, organisation, IndicatorRow.ALL);
    }

    IndicatorRow municipality(String indicator, String municipality) {
        return get(indicator, IndicatorRow.MUNICIPALITY, municipality, IndicatorRow.ALL);
    }

    /** The quarter rows of the indicator in one scope, in period order. */
    List<IndicatorRow> quarters(String indicator, String scope, String value) {
        return quarterRows.getOrDefault(key(indicator, scope, value == null ? "" : value, ""), List.of());
    }

    /** Every quarter of the given indicators in one scope, sorted. */
    List<String> quarterPeriods(List<String> indicators, String scope, String value) {
        TreeSet<String> periods = new TreeSet<>();
        for (String i : indicators) {
            quarters(i, scope, value).forEach(r -> periods.add(r.period()));
        }
        return new ArrayList<>(periods);
    }

    /** Every quarter of the indicator over all scopes, sorted. */
    List<String> allQuarterPeriods(String indicator) {
        TreeSet<String> periods = new TreeSet<>();
        for (Map.Entry<String, List<IndicatorRow>> e : quarterRows.entrySet()) {
            if (e.getKey().startsWith(indicator + '\u0000')) {
                e.getValue().forEach(r -> periods.add(r.period()));
            }
        }
        return new ArrayList<>(periods);
    }

    /** The shown values of the indicator over the organisations, sorted (for {@link Peers}). */
    Peers.Distribution shownOrganisationValues(String indicator) {
        return distributions.computeIfAbsent(indicator, i -> Peers.Distribution.of(this, i));
    }

    boolean has(String indicator) {
        return indicators.contains(indicator);
    }

    /** Indicator ids with the prefix, in first-seen order. */
    List<String> withPrefix(String prefix) {
        return indicators.stream().filter(i -> i.startsWith(prefix)).toList();
    }

    List<String> organisations() {
        return organisations;
    }

    List<String> municipalities() {
        return municipalities;
    }
}
