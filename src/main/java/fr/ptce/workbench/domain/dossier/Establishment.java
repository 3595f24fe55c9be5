package fr.ptce.workbench.domain.dossier;

/**
 * A SIRET establishment of a dossier (Etablissements sheet): the applicant's own when {@code champ} is
 * {@code Dossier}, otherwise one named in a SIRET champ.
 *
 * @param legalCategory the INSEE legal category of its enterprise, null when the row gives no code
 */
public record Establishment(
        String dossierNumber, String champ, String siret, String raisonSociale, InseeLegalCategory legalCategory) {

    /** The label DS gives the applicant's own establishment. */
    public static final String APPLICANT = "Dossier";

    public boolean isApplicant() {
        return APPLICANT.equals(champ);
    }
}
