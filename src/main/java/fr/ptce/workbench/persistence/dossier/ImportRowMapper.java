package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_CHANGE;
import static fr.ptce.workbench.persistence.generated.Tables.IMPORT_RUN;

import fr.ptce.workbench.domain.dossier.DossierChange;
import fr.ptce.workbench.domain.dossier.ImportRun;
import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.generated.tables.records.ImportRunRecord;
import java.util.Arrays;
import java.util.List;
import org.jooq.Record;

/** Maps import runs and dossier changes to their rows and back; changed field labels are stored one per line. */
final class ImportRowMapper {

    private static final String SEPARATOR = "\n";

    private ImportRowMapper() {}

    static String joinFields(List<String> labels) {
        for (String label : labels) {
            if (label.contains(SEPARATOR)) {
                throw new IllegalArgumentException("A field label cannot hold a line break: " + label);
            }
        }
        return String.join(SEPARATOR, labels);
    }

    static List<String> splitFields(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }

    static ImportRun toRun(ImportRunRecord row) {
        return new ImportRun(
                row.getId(),
                row.getFileName(),
                ParisTime.of(row.getImportedAt()),
                row.getFormat(),
                row.getNewCount(),
                row.getChangedCount(),
                row.getUnchangedCount(),
                row.getAbsentCount());
    }

    /** The change from a record of dossier_change columns joined with the import's date. */
    static DossierChange toChange(Record row) {
        return new DossierChange(
                row.get(DOSSIER_CHANGE.DOSSIER_NUMBER),
                DossierChange.Kind.valueOf(row.get(DOSSIER_CHANGE.KIND)),
                splitFields(row.get(DOSSIER_CHANGE.CHANGED_FIELDS)),
                row.get(DOSSIER_CHANGE.IMPORT_ID),
                ParisTime.of(row.get(IMPORT_RUN.IMPORTED_AT)));
    }
}
