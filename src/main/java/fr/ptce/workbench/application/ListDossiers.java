package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.persistence.Database;
import java.util.List;

/** Lists the workspace's dossiers for the dossier list, without their texts. */
public final class ListDossiers {

    private final Database database;

    public ListDossiers(Database database) {
        this.database = database;
    }

    public List<DossierSummary> all() {
        return database.inTransaction(r -> r.dossiers().summaries());
    }
}
