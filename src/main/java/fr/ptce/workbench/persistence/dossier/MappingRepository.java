package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.COLUMN_MAPPING;

import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** The column mappings the user gave for renamed export headers, remembered per DS procedure. */
public final class MappingRepository {

    private final DSLContext dsl;

    public MappingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The mapping remembered for this procedure; {@link ColumnMapping#NONE} when there is none. */
    public ColumnMapping find(String procedure) {
        Map<String, Champ> entries = new LinkedHashMap<>();
        dsl.selectFrom(COLUMN_MAPPING)
                .where(COLUMN_MAPPING.PROCEDURE_PATH.eq(procedure))
                .orderBy(COLUMN_MAPPING.HEADER)
                .forEach(r -> entries.put(r.getHeader(), Champ.valueOf(r.getChamp())));
        return entries.isEmpty() ? ColumnMapping.NONE : ColumnMapping.of(entries);
    }

    /** Remembers a mapping for this procedure, replacing the entries for the same headers. */
    public void remember(String procedure, ColumnMapping mapping) {
        mapping.entries().forEach((header, champ) -> {
            dsl.deleteFrom(COLUMN_MAPPING)
                    .where(COLUMN_MAPPING.PROCEDURE_PATH.eq(procedure).and(COLUMN_MAPPING.HEADER.eq(header)))
                    .execute();
            dsl.insertInto(COLUMN_MAPPING)
                    .set(COLUMN_MAPPING.PROCEDURE_PATH, procedure)
                    .set(COLUMN_MAPPING.HEADER, header)
                    .set(COLUMN_MAPPING.CHAMP, champ.name())
                    .execute();
        });
    }
}
