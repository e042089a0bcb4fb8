package nl.procesevaluatie.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.procesevaluatie.domain.RegistrationRow;
import nl.procesevaluatie.domain.SessionRow;
import nl.procesevaluatie.job.Criterion;
import nl.procesevaluatie.job.Goal;
import nl.procesevaluatie.job.Instrument;
import nl.procesevaluatie.job.JobFile;
import nl.procesevaluatie.store.Store;

/**
 * The stored state as the indicators see it on the reference date: T (trajects registered on or before
 * as_of) with their sessions, and the responses dated on or before as_of. Loaded once per run; every
 * family reads it and none recomputes a population on its own.
 */
public final class EvaluationData {
    final JobFile job;
    final LocalDate asOf;
    final List<Traject> trajects;
    final List<Response> responses;
    final Map<String, Integer> componentBits;
    /**
     * Stored rows with a warning (rules 22-23), counted while the rows stream past: every stored
     * registration on itself, every stored session against the stored registrations.
     */
    long registrationWarnings;
    long sessionWarnings;

    public long registrationWarnings() {
        return registrationWarnings;
    }

    public long sessionWarnings() {
        return sessionWarnings;
    }

    /** Held sessions of trajects in T dated on or before as_of (for cost). */
    final long heldSessions;

    EvaluationData(JobFile job, LocalDate asOf, List<Traject> trajects,
            List<Response> responses, Map<String, Integer> componentBits) {
        this.job = job;
        this.asOf = asOf;
        this.trajects = trajects;
        this.responses = responses;
        this.componentBits = componentBits;
        this.heldSessions = trajects.stream().mapToLong(t -> t.delivered).sum();
    }

    public static EvaluationData load(JobFile job, LocalDate asOf, Store store) {
        Builder b = new Builder(job, asOf);
        store.forEachRegistration(b::registration);
        store.forEachSession(b::session);
        store.forEachResponse(b::response);
        return b.build();
    }

    /**
     * Collects stored rows into the data of one reference date, streaming: sessions are folded into their
     * traject as they arrive. Registrations must come before sessions and responses.
     */
    public static final class Builder {
        private final JobFile job;
        private final LocalDate asOf;
        private final Map<String, Integer> bits;
        /** Every stored registration by traject id, with its traject when it is in T: one lookup per session. */
        private final Map<String, Known> known = new HashMap<>();

        private record Known(String organisation, LocalDate startedOn, Traject traject) {}

        private long registrationWarnings;
        private long sessionWarnings;
        private final List<Traject> trajects = new ArrayList<>();
        private final Map<String, Instrument> instruments = new HashMap<>();
        private final List<Response> responses = new ArrayList<>();

        public Builder(JobFile job, LocalDate asOf) {
            this.job = job;
            this.asOf = asOf;
            this.bits = componentBits(job);
            job.instruments().forEach(i -> instruments.put(i.id(), i));
        }

        public Builder registration(RegistrationRow r) {
            if (hasWarning(r)) {
                registrationWarnings++;
            }
            Traject t = null;
            if (!r.registeredOn().isAfter(asOf)) {
                t = new Traject(r, asOf);
                trajects.add(t);
            }
            known.put(r.trajectId(), new Known(r.organisation(), r.startedOn(), t));
            return this;
        }

        /** Sessions of trajects outside T, not held or after as_of count in no indicator. */
        public Builder session(SessionRow s) {
            Known k = known.get(s.trajectId());
            if (k == null || (k.startedOn() != null && s.date().isBefore(k.startedOn()))) {
                sessionWarnings++;
            }
            if (k != null && k.traject() != null && s.held() && !s.date().isAfter(asOf)) {
                k.traject().addSession(s.sessionNo(), s.attended(), mask(s, bits));
            }
            return this;
        }

        public Builder response(Store.StoredResponse sr) {
            Instrument instrument = instruments.get(sr.row().instrument());
            if (instrument != null && sr.row().hasItemValues() && !sr.row().date().isAfter(asOf)) {
                String organisation = !sr.row().organisation().isEmpty() ? sr.row().organisation()
                        : organisationOf(sr.row().trajectId());
                responses.add(new Response(sr.row(), instrument, organisation, sr.srcOrder(), sr.srcLine()));
            }
            return this;
        }

        private String organisationOf(String trajectId) {
            Known k = known.get(trajectId);
            return k == null ? null : k.organisation();
        }

        public EvaluationData build() {
            trajects.sort((a, b) -> a.reg.trajectId().compareTo(b.reg.trajectId()));
            for (int i = 0; i < trajects.size(); i++) {
                trajects.get(i).index = i;
            }
            EvaluationData data = new EvaluationData(job, asOf, trajects, responses, bits);
            data.registrationWarnings = registrationWarnings;
            data.sessionWarnings = sessionWarnings;
            return data;
        }

        /** details.md rule 22, on a stored registration as it stands. */
        static boolean hasWarning(RegistrationRow r) {
            return (r.startedOn() != null && r.startedOn().isBefore(r.registeredOn()))
                    || (r.endedOn() != null && r.startedOn() != null && r.endedOn().isBefore(r.startedOn()))
                    || (r.endedOn() != null && r.endReason() == null);
        }
    }

    /** The component codes any figure asks about: the core components and those named in goals. */
    static Map<String, Integer> componentBits(JobFile job) {
        Map<String, Integer> bits = new LinkedHashMap<>();
        job.intervention().coreComponents().forEach(c -> bits.putIfAbsent(c, bits.size()));
        for (Goal g : job.goals()) {
            for (Criterion c : g.criteria()) {
                if (c instanceof Criterion.ComponentDelivered cd) {
                    bits.putIfAbsent(cd.component(), bits.size());
                } else if (c instanceof Criterion.ComponentsDelivered cds) {
                    cds.all().forEach(code -> bits.putIfAbsent(code, bits.size()));
                }
            }
        }
        if (bits.size() > 64) {
            throw new IllegalStateException("more than 64 component codes in core_components and goals are not supported");
        }
        return bits;
    }

    private static long mask(SessionRow s, Map<String, Integer> bits) {
        long m = 0;
        for (String c : s.components()) {
            Integer b = bits.get(c);
            if (b != null) {
                m |= 1L << b;
            }
        }
        return m;
    }

    long maskOf(List<String> codes) {
        long m = 0;
        for (String c : codes) {
            m |= 1L << componentBits.get(c);
        }
        return m;
    }

    private Map<String, List<Traject>> byOrganisation;
    private Map<String, List<Traject>> byMunicipality;
    private Map<String, List<Response>> byInstrument;

    /** The trajects of T per organisation, in code-point order of the names; grouped once. */
    synchronized Map<String, List<Traject>> byOrganisation() {
        if (byOrganisation == null) {
            byOrganisation = group(t -> t.organisation());
        }
        return byOrganisation;
    }

    synchronized Map<String, List<Traject>> byMunicipality() {
        if (byMunicipality == null) {
            byMunicipality = group(t -> t.municipality());
        }
        return byMunicipality;
    }

    private Map<String, List<Traject>> group(java.util.function.Function<Traject, String> key) {
        Map<String, List<Traject>> out = new java.util.TreeMap<>();
        for (Traject t : trajects) {
            String k = key.apply(t);
            if (k != null) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
            }
        }
        return out;
    }

    List<Traject> trajectsIn(Scope s) {
        return switch (s.scope()) {
            case IndicatorRow.ORGANISATION -> byOrganisation().getOrDefault(s.value(), List.of());
            case IndicatorRow.MUNICIPALITY -> byMunicipality().getOrDefault(s.value(), List.of());
            default -> trajects;
        };
    }

    private final Object tableLock = new Object();
    private TrajectTable trajectTable;

    /** T as a Tablesaw table, built once (on its own lock: families that do not need it are not held up). */
    public TrajectTable trajectTable() {
        synchronized (tableLock) {
            if (trajectTable == null) {
                trajectTable = TrajectTable.of(this);
            }
            return trajectTable;
        }
    }

    /** The organisations of T, in code-point order. */
    List<String> organisations() {
        return new ArrayList<>(byOrganisation().keySet());
    }

    List<String> municipalities() {
        return new ArrayList<>(byMunicipality().keySet());
    }

    List<Response> responsesOf(Instrument.Kind kind) {
        List<Response> out = new ArrayList<>();
        for (Instrument i : job.instrumentsOfKind(kind)) {
            out.addAll(responsesOf(i.id()));
        }
        return out;
    }

    synchronized List<Response> responsesOf(String instrumentId) {
        if (byInstrument == null) {
            byInstrument = new HashMap<>();
            for (Response r : responses) {
                byInstrument.computeIfAbsent(r.instrument().id(), k -> new ArrayList<>()).add(r);
            }
        }
        return byInstrument.getOrDefault(instrumentId, List.of());
    }

}
