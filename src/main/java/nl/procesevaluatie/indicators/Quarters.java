package nl.procesevaluatie.indicators;

import java.time.LocalDate;

final class Quarters {
    private Quarters() {}

    /** The calendar quarter of a date, as {@code 2021-Q3}. */
    static String of(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static LocalDate start(LocalDate d) {
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }
}
