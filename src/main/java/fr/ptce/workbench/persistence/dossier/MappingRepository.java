package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.COLUMN_MAPPING;

import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;

/** The column mappings the user gave for renamed export headers, remembered per DS procedure. */
public final class MappingRepository {

    /** The prefix of a phase-2 procedure's mapping, so that a phase-1 reading never meets a phase-2 champ. */
    private static final String PHASE2 = "phase2:";

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

    /** The phase-2 mapping remembered for this procedure (kept apart from phase 1's under {@code phase2:}). */
    public Map<String, Phase2Champ> findPhase2(String procedure) {
        Map<String, Phase2Champ> entries = new LinkedHashMap<>();
        dsl.selectFrom(COLUMN_MAPPING)
                .where(COLUMN_MAPPING.PROCEDURE_PATH.eq(PHASE2 + procedure))
                .orderBy(COLUMN_MAPPING.HEADER)
                .forEach(r -> entries.put(r.getHeader(), Phase2Champ.valueOf(r.getChamp())));
        return entries;
    }

    /** Remembers a phase-2 mapping for this procedure, replacing the entries for the same headers. */
    public void rememberPhase2(String procedure, Map<String, Phase2Champ> mapping) {
        mapping.forEach((header, champ) -> {
            dsl.deleteFrom(COLUMN_MAPPING)
                    .where(COLUMN_MAPPING.PROCEDURE_PATH.eq(PHASE2 + procedure).and(COLUMN_MAPPING.HEADER.eq(header)))
                    .execute();
            dsl.insertInto(COLUMN_MAPPING)
                    .set(COLUMN_MAPPING.PROCEDURE_PATH, PHASE2 + procedure)
                    .set(COLUMN_MAPPING.HEADER, header)
                    .set(COLUMN_MAPPING.CHAMP, champ.name())
                    .execute();
        });
    }
}
