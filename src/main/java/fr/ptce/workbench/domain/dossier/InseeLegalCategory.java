package fr.ptce.workbench.domain.dossier;

import java.util.Objects;

/**
 * The INSEE legal category (catégorie juridique, level III) of the applicant's SIRET establishment, as DS exported
 * it with the establishment ({@code Entreprise forme juridique code} and {@code Entreprise forme juridique}).
 *
 * @param code the four-digit code, never blank
 * @param label the label DS exported beside it, null when the export gave none
 */
public record InseeLegalCategory(String code, String label) {

    public InseeLegalCategory {
        Objects.requireNonNull(code, "code");
        code = code.strip();
        if (code.isEmpty()) {
            throw new IllegalArgumentException("empty INSEE legal category code");
        }
        label = label == null || label.isBlank() ? null : label.strip();
    }

    /** The category of an export's two cells, null when the code cell is empty. */
    public static InseeLegalCategory of(String code, String label) {
        return code == null || code.isBlank() ? null : new InseeLegalCategory(code, label);
    }
}
