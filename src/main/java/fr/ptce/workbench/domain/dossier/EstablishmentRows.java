package fr.ptce.workbench.domain.dossier;

import java.util.List;
import java.util.Optional;

/** Reads the {@code Etablissements} sheet, joined to the dossiers on {@code Dossier ID}. */
public final class EstablishmentRows extends LinkedRow {

    private final int champColumn;
    private final int siretColumn;
    private final int nameColumn;
    private final int legalFormColumn;
    private final int legalFormCodeColumn;

    public EstablishmentRows(List<String> headers) {
        super(headers);
        this.champColumn = indexOf("Champ");
        this.siretColumn = indexOf("Établissement SIRET");
        this.nameColumn = indexOf("Entreprise raison sociale");
        this.legalFormColumn = indexOf(FixedColumn.ENTERPRISE_LEGAL_FORM.header());
        this.legalFormCodeColumn = indexOf(FixedColumn.ENTERPRISE_LEGAL_FORM_CODE.header());
    }

    public boolean usable() {
        return linked() && siretColumn >= 0;
    }

    public Optional<Establishment> read(List<String> values) {
        String number = dossierNumber(values);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Establishment(
                number,
                value(values, champColumn).strip(),
                emptyToNull(value(values, siretColumn).strip()),
                emptyToNull(value(values, nameColumn)),
                InseeLegalCategory.of(value(values, legalFormCodeColumn), value(values, legalFormColumn))));
    }
}
