package fr.ptce.workbench.persistence.offline;

import static fr.ptce.workbench.persistence.generated.Tables.ADMISSIBILITY_OVERRIDE;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_NOTE;
import static fr.ptce.workbench.persistence.generated.Tables.REGION_AVIS;
import static fr.ptce.workbench.persistence.generated.Tables.REGION_AVIS_SCORE;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_BLOCK_COMMENT;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_ELIGIBILITY;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_SCORE;

import fr.ptce.workbench.domain.offline.OfflineUnitKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The shared units a check-in sends back, on either engine: which exist in a store, their content as canonical
 * lines (the same on H2 and PostgreSQL: no ids, instants, plain decimals), whose SHA-256 tells what changed, and
 * the laptop's version written over the server's ({@link #apply}).
 */
public final class SharedUnits {

    private SharedUnits() {}

    /** Every unit this store holds, in a stable order. */
    public static Set<SharedUnit> list(DSLContext dsl) {
        Set<SharedUnit> units = new TreeSet<>();
        dsl.select(REVIEW.DOSSIER_NUMBER, REVIEW.REVIEWER_EMAIL)
                .from(REVIEW)
                .forEach(r -> units.add(new SharedUnit(OfflineUnitKind.REVIEW, r.value1(), r.value2())));
        dsl.select(REGION_AVIS.DOSSIER_NUMBER)
                .from(REGION_AVIS)
                .forEach(r -> units.add(new SharedUnit(OfflineUnitKind.AVIS, r.value1(), "")));
        dsl.select(DOSSIER_NOTE.DOSSIER_NUMBER)
                .from(DOSSIER_NOTE)
                .forEach(r -> units.add(new SharedUnit(OfflineUnitKind.NOTE, r.value1(), "")));
        dsl.select(ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER)
                .from(ADMISSIBILITY_OVERRIDE)
                .forEach(r -> units.add(new SharedUnit(OfflineUnitKind.OVERRIDE, r.value1(), "")));
        return units;
    }

    /** The unit's content as canonical lines; empty when the store does not hold it. */
    public static List<String> content(DSLContext dsl, SharedUnit unit) {
        List<String> lines = new ArrayList<>();
        switch (unit.kind()) {
            case REVIEW -> {
                Record review = dsl.selectFrom(REVIEW).where(reviewOf(unit)).fetchOne();
                if (review == null) {
                    return lines;
                }
                Long id = review.get(REVIEW.ID);
                lines.add(UnitLines.line(review, Set.of(REVIEW.ID)));
                rows(dsl, REVIEW_SCORE, REVIEW_SCORE.REVIEW_ID.eq(id), REVIEW_SCORE.REVIEW_ID, lines);
                rows(dsl, REVIEW_ELIGIBILITY, REVIEW_ELIGIBILITY.REVIEW_ID.eq(id), REVIEW_ELIGIBILITY.REVIEW_ID, lines);
                rows(dsl, REVIEW_BLOCK_COMMENT, blockCommentsOf(unit), REVIEW_BLOCK_COMMENT.DOSSIER_NUMBER, lines);
            }
            case AVIS -> {
                Record avis = dsl.selectFrom(REGION_AVIS)
                        .where(REGION_AVIS.DOSSIER_NUMBER.eq(unit.dossier()))
                        .fetchOne();
                if (avis == null) {
                    return lines;
                }
                lines.add(UnitLines.line(avis, Set.of(REGION_AVIS.DOSSIER_NUMBER, REGION_AVIS.ROW_VERSION)));
                rows(
                        dsl,
                        REGION_AVIS_SCORE,
                        REGION_AVIS_SCORE.DOSSIER_NUMBER.eq(unit.dossier()),
                        REGION_AVIS_SCORE.DOSSIER_NUMBER,
                        lines);
            }
            case NOTE ->
                rows(
                        dsl,
                        DOSSIER_NOTE,
                        DOSSIER_NOTE.DOSSIER_NUMBER.eq(unit.dossier()),
                        DOSSIER_NOTE.DOSSIER_NUMBER,
                        lines);
            case OVERRIDE ->
                rows(
                        dsl,
                        ADMISSIBILITY_OVERRIDE,
                        ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER.eq(unit.dossier()),
                        ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER,
                        lines);
        }
        return lines;
    }

    /** The SHA-256 of the unit's content ({@link #content}). */
    public static String digest(DSLContext dsl, SharedUnit unit) {
        return UnitLines.digest(content(dsl, unit));
    }

    /** The unit's row_version or time of last change as stored, for the reports; null when absent. */
    public static String version(DSLContext dsl, SharedUnit unit) {
        Object version = switch (unit.kind()) {
            case REVIEW ->
                dsl.select(REVIEW.UPDATED_AT).from(REVIEW).where(reviewOf(unit)).fetchOne(0);
            case AVIS ->
                dsl.select(REGION_AVIS.ROW_VERSION)
                        .from(REGION_AVIS)
                        .where(REGION_AVIS.DOSSIER_NUMBER.eq(unit.dossier()))
                        .fetchOne(0);
            case NOTE ->
                dsl.select(DOSSIER_NOTE.UPDATED_AT)
                        .from(DOSSIER_NOTE)
                        .where(DOSSIER_NOTE.DOSSIER_NUMBER.eq(unit.dossier()))
                        .fetchOne(0);
            case OVERRIDE ->
                dsl.select(ADMISSIBILITY_OVERRIDE.DECIDED_AT)
                        .from(ADMISSIBILITY_OVERRIDE)
                        .where(ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER.eq(unit.dossier()))
                        .fetchOne(0);
        };
        return version == null ? null : UnitLines.value(version);
    }

    /** Writes the laptop's version of the unit over the server's (deleting it where the laptop deleted it). */
    public static void apply(DSLContext local, DSLContext server, SharedUnit unit) {
        switch (unit.kind()) {
            case REVIEW -> UnitWriter.review(local, server, unit);
            case AVIS -> UnitWriter.avis(local, server, unit);
            case NOTE -> UnitWriter.replace(local, server, DOSSIER_NOTE, DOSSIER_NOTE.DOSSIER_NUMBER, unit);
            case OVERRIDE ->
                UnitWriter.replace(local, server, ADMISSIBILITY_OVERRIDE, ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER, unit);
        }
    }

    static Condition reviewOf(SharedUnit unit) {
        return REVIEW.DOSSIER_NUMBER.eq(unit.dossier()).and(REVIEW.REVIEWER_EMAIL.eq(unit.key()));
    }

    static Condition blockCommentsOf(SharedUnit unit) {
        return REVIEW_BLOCK_COMMENT
                .DOSSIER_NUMBER
                .eq(unit.dossier())
                .and(REVIEW_BLOCK_COMMENT.REVIEWER_EMAIL.eq(unit.key()));
    }

    private static void rows(DSLContext dsl, Table<?> table, Condition where, Field<?> skipped, List<String> lines) {
        Set<Field<?>> skip = Set.of(skipped);
        List<String> found = new ArrayList<>();
        for (Record row : dsl.selectFrom(table).where(where).fetch()) {
            found.add(table.getName().toLowerCase() + ": " + UnitLines.line(row, skip));
        }
        found.sort(Comparator.naturalOrder());
        lines.addAll(found);
    }
}
