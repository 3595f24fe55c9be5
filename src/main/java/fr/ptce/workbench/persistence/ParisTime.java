package fr.ptce.workbench.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Gives every instant read from the store the Europe/Paris offset of that instant, whatever the database kept. */
final class ParisTime {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ParisTime() {
    }

    static OffsetDateTime of(OffsetDateTime stored) {
        if (stored == null) {
            return null;
        }
        // PostgreSQL hands back UTC; H2 keeps the written offset: both become Paris time here
        return stored.withOffsetSameInstant(PARIS.getRules().getOffset(stored.toInstant()));
    }
}
