package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.domain.grid.Grid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an expert kit holds: who it is for, the grid, the dossiers with their texts and content versions, and the
 * expert's entries when the kit is exported filled (empty for a new kit).
 */
public record KitContent(
        String kitId,
        String expertName,
        String expertEmail,
        String expertOrganisation,
        OffsetDateTime exportedAt,
        LocalDate deadline,
        boolean pseudonymised,
        Grid grid,
        List<Dossier> dossiers) {

    public KitContent {
        Objects.requireNonNull(kitId, "kitId");
        Objects.requireNonNull(grid, "grid");
        dossiers = List.copyOf(dossiers);
    }

    /** One dossier of the kit: its texts as (heading, text) pairs, content version and the expert's entries. */
    public record Dossier(
            String number,
            String projectName,
            List<Map.Entry<String, String>> texts,
            String contentVersion,
            KitEntries entries) {

        public Dossier {
            texts = List.copyOf(texts);
            entries = entries == null ? KitEntries.EMPTY : entries;
        }
    }
}
