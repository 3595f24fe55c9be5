package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.DossierChange;
import java.util.ArrayList;
import java.util.List;

/** The per-kind lists an import builds up before they become an {@link ImportReport}. */
final class ImportOutcome {

    final List<String> added = new ArrayList<>();
    final List<ImportReport.ChangedDossier> changed = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final List<String> absent = new ArrayList<>();

    void add(String number, DossierChange.Kind kind, List<String> fields) {
        switch (kind) {
            case NEW -> added.add(number);
            case CHANGED -> changed.add(new ImportReport.ChangedDossier(number, fields));
            case UNCHANGED -> unchanged.add(number);
            case ABSENT -> absent.add(number);
        }
    }
}
