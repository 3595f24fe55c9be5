package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.domain.grid.Grid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an expert kit holds: who it is for, the phase and grid, the dossiers with their texts and content versions,
 * and the expert's entries when the kit is exported filled (empty for a new kit).
 *
 * @param phase 1 (the call's dossiers) or 2 (the « dossiers additionnels », on the phase-2 grid)
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
        List<Dossier> dossiers,
        int phase) {

    public KitContent {
        Objects.requireNonNull(kitId, "kitId");
        Objects.requireNonNull(grid, "grid");
        dossiers = List.copyOf(dossiers);
        if (phase != 1 && phase != 2) {
            throw new IllegalArgumentException("No phase " + phase);
        }
    }

    /** A phase-1 kit. */
    public KitContent(
            String kitId,
            String expertName,
            String expertEmail,
            String expertOrganisation,
            OffsetDateTime exportedAt,
            LocalDate deadline,
            boolean pseudonymised,
            Grid grid,
            List<Dossier> dossiers) {
        this(
                kitId,
                expertName,
                expertEmail,
                expertOrganisation,
                exportedAt,
                deadline,
                pseudonymised,
                grid,
                dossiers,
                1);
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
