package fr.ptce.workbench.domain.campaign;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A wave of the call: its name, the deadline a deposit must meet and the day its instruction starts. The deadline is
 * the first late instant, compared in Europe/Paris (« minuit, délai de rigueur »: 23:59:59.999 on the last day is on
 * time). A wave without deadline is the rolling track (« au fil de l'eau »): it takes every complete dossier filed
 * after the dated waves.
 *
 * @param deadline the first instant that is late for this wave, null for the rolling track
 * @param instructionStart the day the instruction of the wave's dossiers starts, null when not set
 */
public record Wave(String name, OffsetDateTime deadline, LocalDate instructionStart) {

    public Wave {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A wave needs a name");
        }
        name = name.strip();
    }

    /** A wave whose deadline is the midnight ending {@code lastDay}, Paris time. */
    public static Wave untilMidnight(String name, LocalDate lastDay, LocalDate instructionStart) {
        return new Wave(name, lastDay.plusDays(1).atStartOfDay(PARIS).toOffsetDateTime(), instructionStart);
    }

    /** The rolling track, instructed from {@code instructionStart}. */
    public static Wave rolling(String name, LocalDate instructionStart) {
        return new Wave(name, null, instructionStart);
    }

    /** Whether this is the rolling track (no deadline). */
    public boolean rolling() {
        return deadline == null;
    }

    /** Whether a deposit at this instant meets the deadline; an unknown deposit time is not judged late. */
    public boolean onTime(OffsetDateTime depositedAt) {
        return rolling() || depositedAt == null || depositedAt.toInstant().isBefore(deadline.toInstant());
    }

    /** The deadline as the call words it, Paris wall clock: the last day (« 23/06/2021 minuit »), or null. */
    public LocalDateTime deadlineInParis() {
        return deadline == null ? null : deadline.atZoneSameInstant(PARIS).toLocalDateTime();
    }
}
