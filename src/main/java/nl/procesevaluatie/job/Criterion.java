package nl.procesevaluatie.job;

import java.math.BigDecimal;
import java.util.List;

/** One traject criterion of a goal (indicators.md, "Traject criteria"). */
public sealed interface Criterion {
    record StartedWithin(Span span) implements Criterion {}

    record CompletedWithin(Span span) implements Criterion {}

    /** withinSessions null means all sessions. */
    record ComponentDelivered(String component, Long withinSessions) implements Criterion {}

    record ComponentsDelivered(List<String> all, Long withinSessions) implements Criterion {}

    /** Exactly one of sessions and share is set. */
    record AttendedAtLeast(Long sessions, BigDecimal share) implements Criterion {}

    record Response(String instrument, BigDecimal scoreAtLeast) implements Criterion {}
}
