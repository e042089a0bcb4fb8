package nl.procesevaluatie.job;

import java.time.LocalDate;

/** A goal's window: trajects started in [from, from + span). */
public record Window(LocalDate from, Span span) {
    public LocalDate end() {
        return span.addTo(from);
    }

    public boolean contains(LocalDate startedOn) {
        return !startedOn.isBefore(from) && startedOn.isBefore(end());
    }
}
