package fr.ptce.workbench.persistence;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_COMMUNE;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.persistence.generated.tables.records.DossierRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.impl.DSL;

/**
 * The imported dossiers of the workspace, each with its communes and its raw DS row (stored whole, as one value); lists come in dossier number
 * order (numeric order for DS's numeric numbers).
 */
public final class DossierRepository {

    private final DSLContext dsl;

    DossierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts the dossier or replaces the one with the same number, with its communes and raw row; the dossier
     * is present again (no longer absent), and local work on it (notes) is kept.
     */
    public void save(Dossier dossier) {
        DossierRecord row = DossierRowMapper.toRow(dossier);
        // an UPDATE, not a DELETE: the local work hanging off the dossier row must survive a re-import
        int updated = dsl.update(DOSSIER).set(row).where(DOSSIER.NUMBER.eq(dossier.number())).execute();
        if (updated == 0) {
            // a new dossier has no children yet (foreign keys): nothing to delete
            dsl.insertInto(DOSSIER).set(row).execute();
        } else {
            dsl.deleteFrom(DOSSIER_COMMUNE).where(DOSSIER_COMMUNE.DOSSIER_NUMBER.eq(dossier.number())).execute();
        }
        insertCommunes(dossier.number(), dossier.territory().communes());
    }

    /**
     * Replaces the communes of a dossier's perimeter, which DS exports on their own sheet; the dossier then has a
     * known perimeter.
     */
    public void replaceCommunes(String number, List<Commune> communes) {
        dsl.deleteFrom(DOSSIER_COMMUNE).where(DOSSIER_COMMUNE.DOSSIER_NUMBER.eq(number)).execute();
        dsl.update(DOSSIER).set(DOSSIER.COMMUNES_KNOWN, true).where(DOSSIER.NUMBER.eq(number)).execute();
        insertCommunes(number, communes);
    }

    /** Sets the SIRET of the carrier's establishment, which DS exports on the Etablissements sheet. */
    public void updateSiret(String number, String siret) {
        dsl.update(DOSSIER).set(DOSSIER.SIRET, siret).where(DOSSIER.NUMBER.eq(number)).execute();
    }

    /** Whether the last import that could list this dossier did not. */
    public boolean isAbsent(String number) {
        return dsl.fetchExists(DOSSIER, DOSSIER.NUMBER.eq(number).and(DOSSIER.ABSENT_SINCE_IMPORT.isNotNull()));
    }

    private void insertCommunes(String number, List<Commune> communes) {
        if (communes.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.insertInto(DOSSIER_COMMUNE,
                        DOSSIER_COMMUNE.DOSSIER_NUMBER, DOSSIER_COMMUNE.POSITION, DOSSIER_COMMUNE.INSEE,
                        DOSSIER_COMMUNE.NAME, DOSSIER_COMMUNE.EXPORTED_VALUE)
                .values((String) null, (Integer) null, (String) null, (String) null, (String) null));
        for (int position = 0; position < communes.size(); position++) {
            Commune commune = communes.get(position);
            batch = batch.bind(number, position, commune.insee(), commune.name(), commune.exportedValue());
        }
        batch.execute();
    }

    /** The whole dossier with this number: sections, communes and raw cells in source order. */
    public Optional<Dossier> find(String number) {
        Objects.requireNonNull(number, "number");
        return dsl.selectFrom(DOSSIER).where(DOSSIER.NUMBER.eq(number)).fetchOptional()
                .map(row -> DossierRowMapper.toDossier(row,
                        dsl.selectFrom(DOSSIER_COMMUNE).where(DOSSIER_COMMUNE.DOSSIER_NUMBER.eq(number))
                                .orderBy(DOSSIER_COMMUNE.POSITION).fetch(DossierRowMapper::toCommune)));
    }

    /** Every dossier, whole, in number order; loads everything in memory, so meant for small workspaces. */
    public List<Dossier> all() {
        Map<String, List<Commune>> communes = new HashMap<>();
        dsl.selectFrom(DOSSIER_COMMUNE).orderBy(DOSSIER_COMMUNE.DOSSIER_NUMBER, DOSSIER_COMMUNE.POSITION)
                .forEach(row -> communes.computeIfAbsent(row.getDossierNumber(), n -> new ArrayList<>())
                        .add(DossierRowMapper.toCommune(row)));
        return dsl.selectFrom(DOSSIER).orderBy(numberOrder())
                .fetch(row -> DossierRowMapper.toDossier(row,
                        communes.getOrDefault(row.getNumber(), List.of())));
    }

    /** One line per dossier for the dossier list, without section texts or raw cells, in number order. */
    public List<DossierSummary> summaries() {
        return dsl.select(DOSSIER.NUMBER, DOSSIER.PROJECT_NAME, DOSSIER.STRUCTURE_NAME, DOSSIER.REGION,
                        DOSSIER.STATE, DOSSIER.ABSENT_SINCE_IMPORT, DOSSIER.ADMISSIBILITY)
                .from(DOSSIER)
                .orderBy(numberOrder())
                .fetch(DossierRowMapper::toSummary);
    }

    /** The numbers of every dossier of the workspace, in number order. */
    public Set<String> numbers() {
        List<String> numbers = dsl.select(DOSSIER.NUMBER).from(DOSSIER).orderBy(numberOrder()).fetch(DOSSIER.NUMBER);
        return Collections.unmodifiableSet(new LinkedHashSet<>(numbers));
    }

    /** How many dossiers the workspace holds. */
    public int count() {
        return dsl.fetchCount(DOSSIER);
    }

    /**
     * Records that an import no longer lists this dossier; its data stays. A dossier already absent keeps the
     * import it went missing at. The next {@link #save} makes it present again.
     *
     * @throws IllegalArgumentException when no dossier has this number
     */
    public void markAbsent(String number, long importId) {
        int updated = dsl.update(DOSSIER)
                .set(DOSSIER.ABSENT_SINCE_IMPORT, DSL.coalesce(DOSSIER.ABSENT_SINCE_IMPORT, DSL.val(importId)))
                .where(DOSSIER.NUMBER.eq(number))
                .execute();
        if (updated == 0) {
            throw new IllegalArgumentException("No dossier " + number + " in the workspace");
        }
    }

    /** Records the admissibility computed for the dossier, shown in the dossier list. */
    public void recordAdmissibility(String number, Admissibility admissibility) {
        dsl.update(DOSSIER).set(DOSSIER.ADMISSIBILITY, admissibility.name()).where(DOSSIER.NUMBER.eq(number))
                .execute();
    }

    /** Records that the latest import lists this dossier again (a save does it too). */
    public void markPresent(String number) {
        dsl.update(DOSSIER).setNull(DOSSIER.ABSENT_SINCE_IMPORT)
                .where(DOSSIER.NUMBER.eq(number).and(DOSSIER.ABSENT_SINCE_IMPORT.isNotNull()))
                .execute();
    }

    private static OrderField<?>[] numberOrder() {
        // DS numbers are digits: shorter first gives numeric order without casting
        return new OrderField<?>[] {DSL.charLength(DOSSIER.NUMBER), DOSSIER.NUMBER};
    }
}
