package fr.ptce.workbench.persistence.common;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.time.OffsetDateTime;

/** Gives every instant read from the store the Europe/Paris offset of that instant, whatever the database kept. */
public final class ParisTime {

    private ParisTime() {}

    public static OffsetDateTime of(OffsetDateTime stored) {
        if (stored == null) {
            return null;
        }
        // PostgreSQL hands back UTC; H2 keeps the written offset: both become Paris time here
        return stored.withOffsetSameInstant(PARIS.getRules().getOffset(stored.toInstant()));
    }
}
