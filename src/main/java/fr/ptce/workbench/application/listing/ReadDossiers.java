package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import java.util.List;
import java.util.Optional;

/** Reads dossiers with the call's checks and what the last import changed, for the reader and the CLI. */
public final class ReadDossiers {

    private final Database database;
    private final DossierChecker checker;

    public ReadDossiers(Database database, DossierChecker checker) {
        this.database = database;
        this.checker = checker;
    }

    public Optional<DossierView> byNumber(String number) {
        return database.inTransaction(r -> r.dossiers().find(number).map(d -> view(r, d)));
    }

    /** Every dossier, ordered by number. */
    public List<DossierView> all() {
        return database.inTransaction(
                r -> r.dossiers().all().stream().map(d -> view(r, d)).toList());
    }

    private DossierView view(Repositories r, Dossier dossier) {
        return new DossierView(
                dossier,
                checker.check(dossier),
                r.imports().lastChanges(dossier.number()),
                r.dossiers().isAbsent(dossier.number()),
                r.notes().find(dossier.number()),
                r.avis().find(dossier.number()),
                depositToCheck(r, dossier),
                r.dossiers().alteredColumns(dossier.number()));
    }

    private boolean depositToCheck(Repositories r, Dossier dossier) {
        return !checker.campaign().firstWave().onTime(dossier.tracking().depositedAt())
                && r.dossiers().depositFromOldExport(dossier.number());
    }
}
