package nl.procesevaluatie.indicators;

import java.time.LocalDate;
import nl.procesevaluatie.domain.RegistrationRow;

/**
 * A traject of T with the facts every family uses (indicators.md, Notation), computed once as of the
 * reference date: started, ended, completed, dropped out, and its held sessions S(t) up to as_of.
 */
final class Traject {
    /** Quarter names by date, one instance each, shared by all trajects. */
    private static final java.util.concurrent.ConcurrentHashMap<LocalDate, String> QUARTERS = new java.util.concurrent.ConcurrentHashMap<>();

    final RegistrationRow reg;
    /** Position in T (sorted by traject id), for per-traject tables of the families. */
    int index;
    final boolean started;
    final boolean ended;
    final boolean completed;
    final boolean droppedOut;
    /** The quarter of a cohort date ({@code 2024-Q3}; null when the date is empty or after as_of). */
    final String registeredQuarter;
    final String startedQuarter;
    /** S(t): session numbers and component bit masks of held sessions dated on or before as_of. */
    long[] sessionNos = new long[0];
    long[] masks = new long[0];
    int delivered;
    int attended;
    long allComponents;

    Traject(RegistrationRow reg, LocalDate asOf) {
        this.reg = reg;
        this.started = reg.startedOn() != null && !reg.startedOn().isAfter(asOf);
        this.ended = reg.endedOn() != null && !reg.endedOn().isAfter(asOf);
        this.completed = ended && "completed".equals(reg.endReason());
        this.droppedOut = ended && "dropped_out".equals(reg.endReason());
        this.registeredQuarter = quarter(reg.registeredOn(), asOf);
        this.startedQuarter = quarter(reg.startedOn(), asOf);
    }

    private static String quarter(LocalDate d, LocalDate asOf) {
        return d == null || d.isAfter(asOf) ? null : QUARTERS.computeIfAbsent(d, Quarters::of);
    }

    void addSession(long sessionNo, boolean wasAttended, long mask) {
        int n = delivered;
        if (n == sessionNos.length) {
            int size = Math.max(4, n * 2);
            sessionNos = java.util.Arrays.copyOf(sessionNos, size);
            masks = java.util.Arrays.copyOf(masks, size);
        }
        sessionNos[n] = sessionNo;
        masks[n] = mask;
        delivered++;
        if (wasAttended) {
            attended++;
        }
        allComponents |= mask;
    }

    /** comps(t, n): the components of held sessions with session_no at most n; null n means all. */
    long components(Long withinSessions) {
        if (withinSessions == null) {
            return allComponents;
        }
        long m = 0;
        for (int i = 0; i < delivered; i++) {
            if (sessionNos[i] <= withinSessions) {
                m |= masks[i];
            }
        }
        return m;
    }

    /** How many of the session numbers 1..n are in S(t) (rule 59); session numbers are distinct per traject. */
    int heldAmongFirst(long n) {
        int held = 0;
        for (int i = 0; i < delivered; i++) {
            if (sessionNos[i] >= 1 && sessionNos[i] <= n) {
                held++;
            }
        }
        return held;
    }

    boolean completedOrDropped() {
        return completed || droppedOut;
    }

    String organisation() {
        return reg.organisation();
    }

    String municipality() {
        return reg.municipality();
    }
}
