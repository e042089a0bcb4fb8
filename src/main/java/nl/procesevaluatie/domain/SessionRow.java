package nl.procesevaluatie.domain;

import java.time.LocalDate;
import java.util.List;

/** One session of a traject as stored; {@code components} are the session's component codes, each once. */
public record SessionRow(
        String trajectId,
        long sessionNo,
        LocalDate date,
        boolean held,
        boolean attended,
        List<String> components,
        Long durationMin) implements Row {}
