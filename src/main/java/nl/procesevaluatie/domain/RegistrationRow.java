package nl.procesevaluatie.domain;

import java.time.LocalDate;

/** One traject as stored; {@code clientHash} is the keyed pseudonym, never the raw client number. */
public record RegistrationRow(
        String trajectId,
        String clientHash,
        String organisation,
        String municipality,
        String professionalId,
        String groupId,
        String referralSource,
        LocalDate registeredOn,
        LocalDate startedOn,
        LocalDate endedOn,
        String endReason,
        Long age,
        String gender) implements Row {}
