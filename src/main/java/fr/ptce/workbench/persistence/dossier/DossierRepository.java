package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_COMMUNE;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_TEXT;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierOutline;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.persistence.generated.tables.records.DossierRecord;
import fr.ptce.workbench.persistence.generated.tables.records.DossierTextRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The imported dossiers of the workspace, each with its communes, its texts and its raw DS row (stored whole, as
 * one value, in dossier_text beside the small dossier row); lists come in dossier number order (numeric order
 * for DS's numeric numbers).
 */
public final class DossierRepository {

    private static final int SEARCH_PAGE = 200;
    private static final List<Field<?>> OUTLINE_COLUMNS = List.of(
            DOSSIER.NUMBER,
            DOSSIER.PROJECT_NAME,
            DOSSIER.STRUCTURE_NAME,
            DOSSIER.LEGAL_FORM,
            DOSSIER.LEGAL_CATEGORY_CODE,
            DOSSIER.LEGAL_CATEGORY_LABEL,
            DOSSIER.REGION,
            DOSSIER.DEPOSITED_AT,
            DOSSIER.DECLARED_QPV,
            DOSSIER.DECLARED_ZRR,
            DOSSIER.COMMUNES_KNOWN,
            DOSSIER.ADMISSIBILITY);

    private final DSLContext dsl;

    public DossierRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts the dossier or replaces the one with the same number, with its communes and raw row; the dossier
     * is present again (no longer absent), and local work on it (notes) is kept.
     */
    public void save(Dossier dossier) {
        DossierRecord row = DossierRowMapper.toRow(dossier);
        // what the row was last found equal to no longer stands: the import that saves records it again if it does
        row.setRowDigest(null);
        DossierTextRecord texts = DossierRowMapper.toTextRow(dossier);
        // an UPDATE, not a DELETE: the local work hanging off the dossier row must survive a re-import
        int updated = dsl.update(DOSSIER)
                .set(row)
                .where(DOSSIER.NUMBER.eq(dossier.number()))
                .execute();
        if (updated == 0) {
            // a new dossier has no children yet (foreign keys): nothing to delete
            dsl.insertInto(DOSSIER).set(row).execute();
            dsl.insertInto(DOSSIER_TEXT).set(texts).execute();
        } else {
            dsl.update(DOSSIER_TEXT)
                    .set(texts)
                    .where(DOSSIER_TEXT.DOSSIER_NUMBER.eq(dossier.number()))
                    .execute();
            dsl.deleteFrom(DOSSIER_COMMUNE)
                    .where(DOSSIER_COMMUNE.DOSSIER_NUMBER.eq(dossier.number()))
                    .execute();
        }
        insertCommunes(dossier.number(), dossier.territory().communes());
    }

    /** Whether the last import that could list this dossier did not. */
    public boolean isAbsent(String number) {
        return dsl.fetchExists(DOSSIER, DOSSIER.NUMBER.eq(number).and(DOSSIER.ABSENT_SINCE_IMPORT.isNotNull()));
    }

    private void insertCommunes(String number, List<Commune> communes) {
        DossierBatch.insertRows(dsl, DOSSIER_COMMUNE, DossierBatch.communeRows(number, communes));
    }

    /** A batch of bulk writes for an import, in the caller's transaction. */
    public DossierBatch batch() {
        return new DossierBatch(dsl);
    }

    /** The whole dossier with this number: sections, communes and raw cells in source order. */
    public Optional<Dossier> find(String number) {
        Objects.requireNonNull(number, "number");
        return dsl.select()
                .from(DOSSIER)
                .join(DOSSIER_TEXT)
                .on(DOSSIER_TEXT.DOSSIER_NUMBER.eq(DOSSIER.NUMBER))
                .where(DOSSIER.NUMBER.eq(number))
                .fetchOptional()
                .map(row -> DossierRowMapper.toDossier(row.into(DOSSIER), row.into(DOSSIER_TEXT), communes(number)));
    }

    private List<Commune> communes(String number) {
        return dsl.selectFrom(DOSSIER_COMMUNE)
                .where(DOSSIER_COMMUNE.DOSSIER_NUMBER.eq(number))
                .orderBy(DOSSIER_COMMUNE.POSITION)
                .fetch(DossierRowMapper::toCommune);
    }

    /**
     * What an import needs to know of every stored dossier, by number, without loading texts: the fingerprint of
     * its row content (null when saved before fingerprints existed) and the parts later sheets complete. Two
     * queries, whatever the number of dossiers.
     */
    public Map<String, StoredDossier> storedAll() {
        Map<String, List<Commune>> communes = allCommunes();
        Map<String, StoredDossier> stored = new HashMap<>();
        dsl.select(
                        DOSSIER.NUMBER,
                        DOSSIER.CONTENT_HASH,
                        DOSSIER.SIRET,
                        DOSSIER.LEGAL_CATEGORY_CODE,
                        DOSSIER.LEGAL_CATEGORY_LABEL,
                        DOSSIER.COMMUNES_KNOWN,
                        DOSSIER.ROW_DIGEST)
                .from(DOSSIER)
                .forEach(row -> stored.put(
                        row.value1(),
                        new StoredDossier(
                                row.value2(),
                                row.value3(),
                                InseeLegalCategory.of(row.value4(), row.value5()),
                                row.value6(),
                                communes.getOrDefault(row.value1(), List.of()),
                                row.value7())));
        return stored;
    }

    /**
     * Each dossier's number with the searchable text the list does not hold: section texts and commune names,
     * streamed one dossier at a time in number order so that the caller never holds them all.
     */
    public void forEachSearchText(BiConsumer<String, List<String>> consumer) {
        Map<String, StringBuilder> communeNames = new HashMap<>();
        dsl.select(DOSSIER_COMMUNE.DOSSIER_NUMBER, DOSSIER_COMMUNE.NAME, DOSSIER_COMMUNE.EXPORTED_VALUE)
                .from(DOSSIER_COMMUNE)
                .forEach(row -> communeNames
                        .computeIfAbsent(row.value1(), n -> new StringBuilder())
                        .append(row.value2() == null ? row.value3() : row.value2())
                        .append('\n'));
        // pages of a few dossiers by key: H2 keeps a whole result in memory, 5,000 dossiers' texts would not fit
        List<Field<?>> columns = new ArrayList<>(List.of(DOSSIER_TEXT.DOSSIER_NUMBER));
        columns.addAll(DossierRowMapper.textColumns());
        String after = "";
        while (true) {
            List<Record> page = dsl.select(columns)
                    .from(DOSSIER_TEXT)
                    .where(DOSSIER_TEXT.DOSSIER_NUMBER.gt(after))
                    .orderBy(DOSSIER_TEXT.DOSSIER_NUMBER)
                    .limit(SEARCH_PAGE)
                    .fetch();
            for (Record row : page) {
                List<String> texts = new ArrayList<>(12);
                DossierRowMapper.sectionTexts(row, texts);
                StringBuilder names = communeNames.get(row.get(DOSSIER_TEXT.DOSSIER_NUMBER));
                if (names != null) {
                    texts.add(names.toString());
                }
                consumer.accept(row.get(DOSSIER_TEXT.DOSSIER_NUMBER), texts);
                after = row.get(DOSSIER_TEXT.DOSSIER_NUMBER);
            }
            if (page.size() < SEARCH_PAGE) {
                return;
            }
        }
    }

    /** Every dossier, whole, in number order; loads everything in memory, so meant for small workspaces. */
    public List<Dossier> all() {
        Map<String, List<Commune>> communes = allCommunes();
        return dsl.select()
                .from(DOSSIER)
                .join(DOSSIER_TEXT)
                .on(DOSSIER_TEXT.DOSSIER_NUMBER.eq(DOSSIER.NUMBER))
                .orderBy(numberOrder())
                .fetch(row -> DossierRowMapper.toDossier(
                        row.into(DOSSIER),
                        row.into(DOSSIER_TEXT),
                        communes.getOrDefault(row.get(DOSSIER.NUMBER), List.of())));
    }

    private Map<String, List<Commune>> allCommunes() {
        Map<String, List<Commune>> communes = new HashMap<>();
        dsl.selectFrom(DOSSIER_COMMUNE)
                .orderBy(DOSSIER_COMMUNE.DOSSIER_NUMBER, DOSSIER_COMMUNE.POSITION)
                .forEach(row -> communes.computeIfAbsent(row.getDossierNumber(), n -> new ArrayList<>())
                        .add(DossierRowMapper.toCommune(row)));
        return communes;
    }

    /** One line per dossier for the dossier list, without section texts or raw cells, in number order. */
    public List<DossierSummary> summaries() {
        return dsl.select(
                        DOSSIER.NUMBER,
                        DOSSIER.PROJECT_NAME,
                        DOSSIER.STRUCTURE_NAME,
                        DOSSIER.REGION,
                        DOSSIER.STATE,
                        DOSSIER.ABSENT_SINCE_IMPORT,
                        DOSSIER.ADMISSIBILITY,
                        DOSSIER.DEPOSITED_AT)
                .from(DOSSIER)
                .orderBy(numberOrder())
                .fetch(DossierRowMapper::toSummary);
    }

    /** One dossier's outline (identity, territory, recorded admissibility): no text read. */
    public Optional<DossierOutline> outline(String number) {
        return dsl.select(OUTLINE_COLUMNS)
                .from(DOSSIER)
                .where(DOSSIER.NUMBER.eq(number))
                .fetchOptional()
                .map(row -> DossierRowMapper.toOutline(row, communes(number)));
    }

    /**
     * Every dossier's outline (identity, territory, recorded admissibility), in number order: two queries and no
     * text, for the avis workbook of a whole workspace.
     */
    public List<DossierOutline> outlines() {
        return OutlineRows.all(dsl, OUTLINE_COLUMNS, numberOrder());
    }

    /** The numbers of every dossier of the workspace, in number order. */
    public Set<String> numbers() {
        List<String> numbers =
                dsl.select(DOSSIER.NUMBER).from(DOSSIER).orderBy(numberOrder()).fetch(DOSSIER.NUMBER);
        return Collections.unmodifiableSet(new LinkedHashSet<>(numbers));
    }

    /** How many dossiers the workspace holds. */
    public int count() {
        return dsl.fetchCount(DOSSIER);
    }

    /** Records where each of these dossiers' kept deposit date came from: an export made before 2021-12-06 or not. */
    public void markDepositSource(Collection<String> numbers, boolean fromOldExport) {
        if (!numbers.isEmpty()) {
            dsl.update(DOSSIER)
                    .set(DOSSIER.DEPOSIT_FROM_OLD_EXPORT, fromOldExport)
                    .where(DOSSIER.NUMBER.in(numbers))
                    .execute();
        }
    }

    /**
     * Records the columns a spreadsheet program altered in each dossier the import listed: those of {@code altered}
     * are flagged with their headers, every other listed dossier is cleared.
     */
    public void markAltered(Collection<String> listed, Map<String, List<String>> altered) {
        Set<String> flagged = alteredNumbers();
        List<String> cleared = listed.stream()
                .filter(n -> flagged.contains(n) && !altered.containsKey(n))
                .toList();
        if (!cleared.isEmpty()) {
            dsl.update(DOSSIER)
                    .setNull(DOSSIER.ALTERED_COLUMNS)
                    .where(DOSSIER.NUMBER.in(cleared))
                    .execute();
        }
        altered.forEach((number, columns) -> dsl.update(DOSSIER)
                .set(DOSSIER.ALTERED_COLUMNS, String.join("\n", columns))
                .where(DOSSIER.NUMBER.eq(number))
                .execute());
    }

    /** The headers of the dossier's columns a spreadsheet program altered, empty when none. */
    public List<String> alteredColumns(String number) {
        String columns = dsl.select(DOSSIER.ALTERED_COLUMNS)
                .from(DOSSIER)
                .where(DOSSIER.NUMBER.eq(number))
                .fetchOne(DOSSIER.ALTERED_COLUMNS);
        return columns == null || columns.isEmpty() ? List.of() : List.of(columns.split("\n", -1));
    }

    /** The numbers of the dossiers a spreadsheet program altered. */
    public Set<String> alteredNumbers() {
        return new LinkedHashSet<>(dsl.select(DOSSIER.NUMBER)
                .from(DOSSIER)
                .where(DOSSIER.ALTERED_COLUMNS.isNotNull())
                .fetch(DOSSIER.NUMBER));
    }

    /** Whether the dossier's kept deposit date came from an export made before 2021-12-06. */
    public boolean depositFromOldExport(String number) {
        return dsl.fetchExists(DOSSIER, DOSSIER.NUMBER.eq(number).and(DOSSIER.DEPOSIT_FROM_OLD_EXPORT.isTrue()));
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
        dsl.update(DOSSIER)
                .set(DOSSIER.ADMISSIBILITY, admissibility.name())
                .where(DOSSIER.NUMBER.eq(number))
                .execute();
    }

    private static OrderField<?>[] numberOrder() {
        // DS numbers are digits: shorter first gives numeric order without casting
        return new OrderField<?>[] {DSL.charLength(DOSSIER.NUMBER), DOSSIER.NUMBER};
    }
}
