package nl.procesevaluatie.job;

import java.time.LocalDate;

/** A number of calendar months or days, added with calendar arithmetic. */
public record Span(boolean months, long amount) {
    public LocalDate addTo(LocalDate date) {
        return months ? date.plusMonths(amount) : date.plusDays(amount);
    }
}
