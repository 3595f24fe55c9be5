package fr.ptce.workbench.domain.check;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A wave of the call: a name and the deadline a deposit must meet, compared in Europe/Paris ("délai de
 * rigueur"). Waves are data; the first one is the 2021 default.
 */
public record Wave(String name, OffsetDateTime deadline) {

    /** Wave 1: Wednesday 23 June 2021 at midnight, Paris time (the last on-time second is 23:59:59). */
    public static final Wave FIRST = new Wave("Vague 1",
            LocalDateTime.of(2021, 6, 23, 23, 59, 59).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime());

    /** Whether a deposit at this instant meets the deadline; an unknown deposit time is not judged late. */
    public boolean onTime(OffsetDateTime depositedAt) {
        return depositedAt == null || !depositedAt.toInstant().isAfter(deadline.toInstant());
    }
}
