package fr.ptce.workbench.application.kit;

import java.util.List;

/** What a kit import saved: the expert, the dossiers scored, those skipped (why), the conflicts declared. */
public record KitImportReport(
        String expert, List<String> saved, List<String> skipped, List<String> conflicts, KitImportCheck check) {

    public KitImportReport {
        saved = List.copyOf(saved);
        skipped = List.copyOf(skipped);
        conflicts = List.copyOf(conflicts);
    }
}
