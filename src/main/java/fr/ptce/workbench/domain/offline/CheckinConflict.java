package fr.ptce.workbench.domain.offline;

/**
 * A shared unit changed both on the laptop and on the server since the checkout, differently: both versions, as
 * readable lines ({@code champ : valeur}), and when the server's was saved.
 *
 * @param key the reviewer's e-mail for a review, else empty
 * @param local the laptop's version, empty when deleted there
 * @param server the server's version, empty when deleted there
 * @param serverVersion the server's row_version or time of change, as stored
 */
public record CheckinConflict(
        OfflineUnitKind kind, String dossier, String key, String local, String server, String serverVersion) {

    /** The unit in French: « évaluation de odile@example.org », « avis de la région »… */
    public String unit() {
        return key.isEmpty() ? kind.label() : kind.label() + " de " + key;
    }
}
