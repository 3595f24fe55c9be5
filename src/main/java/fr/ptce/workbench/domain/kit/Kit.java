package fr.ptce.workbench.domain.kit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A kit sent to an expert: its id, the dossiers, the grid, the deadline, and when it came back (if it did). */
public record Kit(
        String kitId,
        String expertEmail,
        List<String> dossiers,
        String gridId,
        int gridVersion,
        boolean pseudonymised,
        OffsetDateTime exportedAt,
        LocalDate deadline,
        Optional<OffsetDateTime> returnedAt,
        int returns) {

    public Kit {
        Objects.requireNonNull(kitId, "kitId");
        Objects.requireNonNull(expertEmail, "expertEmail");
        dossiers = List.copyOf(dossiers);
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(deadline, "deadline");
        returnedAt = returnedAt == null ? Optional.empty() : returnedAt;
    }

    /** Whether the kit is past its deadline without having come back. */
    public boolean late(LocalDate today) {
        return returnedAt.isEmpty() && today.isAfter(deadline);
    }
}
