package nl.procesevaluatie.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A validated job file (data-contract.md, "Every key of the job file"); paths are absolute. */
public record JobFile(
        Path source,
        String evaluation,
        String title,
        String language,
        Path inbox,
        Path output,
        LocalDate asOf,
        LocalDate implementationStart,
        int minCellSize,
        BigDecimal maxRejectShare,
        String database,
        Intervention intervention,
        TargetPopulation targetPopulation,
        Budget budget,
        FileSettings registrations,
        FileSettings sessions,
        List<Instrument> instruments,
        List<Goal> goals,
        Strategies strategies) {

    public JobFile(Path source, String evaluation, String title, String language, Path inbox, Path output, LocalDate asOf,
            LocalDate implementationStart, int minCellSize, BigDecimal maxRejectShare, String database, Intervention intervention,
            TargetPopulation targetPopulation, Budget budget, FileSettings registrations, FileSettings sessions,
            List<Instrument> instruments, List<Goal> goals) {
        this(source, evaluation, title, language, inbox, output, asOf, implementationStart, minCellSize, maxRejectShare, database,
                intervention, targetPopulation, budget, registrations, sessions, instruments, goals, null);
    }

    /** The job file's labels of core components, by code. */
    public java.util.Map<String, String> componentLabels() {
        return intervention.componentLabels();
    }

    /** The job file's labels of determinants, by name (the first item of a determinant that gives one). */
    public java.util.Map<String, String> determinantLabels() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Instrument i : instruments) {
            for (Instrument.Item item : i.items()) {
                if (item.determinant() != null && item.label() != null) {
                    out.putIfAbsent(item.determinant(), item.label());
                }
            }
        }
        return out;
    }

    public Optional<Instrument> instrument(String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<Instrument> instrumentsOfKind(Instrument.Kind kind) {
        return instruments.stream().filter(i -> i.kind() == kind).toList();
    }

    public JobFile withAsOf(LocalDate date) {
        return new JobFile(source, evaluation, title, language, inbox, output, date, implementationStart,
                minCellSize, maxRejectShare, database, intervention, targetPopulation, budget,
                registrations, sessions, instruments, goals, strategies);
    }

    public JobFile withOutput(Path dir) {
        return new JobFile(source, evaluation, title, language, inbox, dir, asOf, implementationStart,
                minCellSize, maxRejectShare, database, intervention, targetPopulation, budget,
                registrations, sessions, instruments, goals, strategies);
    }

    public JobFile withLanguage(String lang) {
        return new JobFile(source, evaluation, title, lang, inbox, output, asOf, implementationStart,
                minCellSize, maxRejectShare, database, intervention, targetPopulation, budget,
                registrations, sessions, instruments, goals, strategies);
    }

    public JobFile withDatabase(String url) {
        return new JobFile(source, evaluation, title, language, inbox, output, asOf, implementationStart,
                minCellSize, maxRejectShare, url, intervention, targetPopulation, budget,
                registrations, sessions, instruments, goals, strategies);
    }
}
