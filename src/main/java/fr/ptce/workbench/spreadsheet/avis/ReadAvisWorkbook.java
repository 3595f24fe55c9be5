package fr.ptce.workbench.spreadsheet.avis;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.national.GridSheet;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an avis workbook holds for PESSII: its {@code Métadonnées} as text, its {@code Grille} and its {@code Avis}
 * rows (each with its {@code Évaluations} rows), typed back.
 */
public record ReadAvisWorkbook(Map<String, String> metadata, GridSheet grid, List<RegionalAvisRow> rows) {

    public ReadAvisWorkbook {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metadata, "metadata")));
        Objects.requireNonNull(grid, "grid");
        rows = List.copyOf(rows);
    }

    /**
     * The phase of the avis: 2 when the metadata say {@code phase = 2}, 1 when they say {@code 1} or nothing of it,
     * null when they name another phase.
     */
    public Integer phase() {
        String phase = metadata.get(AvisFormat.KEY_PHASE);
        if (phase == null || phase.isBlank() || phase.strip().equals("1")) {
            return 1;
        }
        return phase.strip().equals("2") ? 2 : null;
    }

    /**
     * The phase of the avis, checked against the phase asked; refused, naming the file and its metadata sheet, when
     * the metadata name a phase that does not exist or the workbook is of another phase than the one asked.
     *
     * @param file the workbook's file name, for the refusal
     * @param asked the phase asked ({@code consolidate --phase}), null to take the workbook's own
     * @throws InputRefusedException when the phase is neither 1 nor 2, or not the one asked
     */
    public Phase phase(String file, Phase asked) {
        Location metadataSheet = Location.sheet(file, AvisFormat.METADATA_SHEET);
        Integer number = phase();
        if (number == null) {
            throw new InputRefusedException(
                    metadataSheet,
                    "la phase «\u00a0" + metadata.get(AvisFormat.KEY_PHASE) + "\u00a0» n'existe pas (1 ou 2).");
        }
        Phase phase = Phase.of(number);
        if (asked != null && asked != phase) {
            throw new InputRefusedException(
                    metadataSheet,
                    "c'est un classeur d'avis de phase " + phase.number() + ", pas de phase " + asked.number() + ".");
        }
        return phase;
    }

    /** The exporting region. */
    public String region() {
        return metadata.get(AvisFormat.KEY_REGION);
    }

    /** The export time with its offset, null when absent. */
    public OffsetDateTime exportedAt() {
        String at = metadata.get(AvisFormat.KEY_EXPORTED_AT);
        return at == null || at.isEmpty() ? null : OffsetDateTime.parse(at);
    }
}
