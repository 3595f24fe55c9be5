package fr.ptce.workbench.domain.dossier;

/**
 * The carrier structure (structure porteuse) of a dossier.
 *
 * @param name the name the applicant typed
 * @param address its address as typed or as the BAN label
 * @param legalForm the legal form as exported (an option of the list, or free text for "Autre")
 * @param siret the SIRET of the applicant's establishment (Etablissements sheet or csv block), null if unknown
 * @param raisonSociale the registered name from the SIRET directory, null if unknown
 * @param legalCategory the INSEE legal category of that establishment (Etablissements sheet or csv block), null if
 *     unknown
 */
public record CarrierStructure(
        String name,
        String address,
        String legalForm,
        String siret,
        String raisonSociale,
        InseeLegalCategory legalCategory) {

    /** A structure whose establishment's legal category is unknown. */
    public CarrierStructure(String name, String address, String legalForm, String siret, String raisonSociale) {
        this(name, address, legalForm, siret, raisonSociale, null);
    }

    public CarrierStructure withSiret(String newSiret) {
        return new CarrierStructure(name, address, legalForm, newSiret, raisonSociale, legalCategory);
    }

    public CarrierStructure withLegalCategory(InseeLegalCategory newCategory) {
        return new CarrierStructure(name, address, legalForm, siret, raisonSociale, newCategory);
    }
}
