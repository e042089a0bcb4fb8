package nl.procesevaluatie.store;

import java.time.LocalDate;
import java.util.List;

public record SessionRow(
        String trajectId,
        long sessionNo,
        LocalDate date,
        boolean held,
        boolean attended,
        List<String> components,
        Long durationMin) {}
