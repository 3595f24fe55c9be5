package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_COMMUNE;
import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_TEXT;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.persistence.generated.tables.records.DossierRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The bulk writes of one import, as JDBC batches of one prepared statement each: the new dossiers (dossier row with
 * its admissibility, texts and communes, buffered and written a few hundred at a time so that the texts of a large
 * export are never all in memory), then the SIRETs, legal categories and perimeters the later sheets bring, and the
 * presence of the listed dossiers. Runs inside the caller's transaction; {@link #flush()} before reading what was
 * added.
 */
public final class DossierBatch {

    /** New dossiers buffered before one batch is sent: a few MB of texts at most. */
    static final int BUFFER = 200;

    private final DSLContext dsl;
    private final List<Object[]> rows = new ArrayList<>();
    private final List<Object[]> texts = new ArrayList<>();
    private final List<Object[]> communes = new ArrayList<>();

    DossierBatch(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Adds a dossier the workspace does not hold yet, with the admissibility computed for it; written later.
     *
     * @param rowDigest the digest of the row it comes from, or null (see {@link #setRowDigests})
     */
    public void insert(Dossier dossier, Admissibility admissibility, String rowDigest) {
        Objects.requireNonNull(admissibility, "admissibility");
        DossierRecord row = DossierRowMapper.toRow(dossier);
        row.setAdmissibility(admissibility.name());
        row.setRowDigest(rowDigest);
        rows.add(row.intoArray());
        texts.add(DossierRowMapper.toTextRow(dossier).intoArray());
        communes.addAll(communeRows(dossier.number(), dossier.territory().communes()));
        if (rows.size() >= BUFFER) {
            flush();
        }
    }

    /** Writes the buffered new dossiers. */
    public void flush() {
        insertRows(dsl, DOSSIER, rows);
        insertRows(dsl, DOSSIER_TEXT, texts);
        insertRows(dsl, DOSSIER_COMMUNE, communes);
        rows.clear();
        texts.clear();
        communes.clear();
    }

    /** Sets the SIRET of each dossier (number to SIRET, null to clear it). */
    public void updateSirets(Map<String, String> sirets) {
        if (sirets.isEmpty()) {
            return;
        }
        flush();
        BatchBindStep batch = dsl.batch(
                dsl.update(DOSSIER).set(DOSSIER.SIRET, (String) null).where(DOSSIER.NUMBER.eq((String) null)));
        sirets.forEach((number, siret) -> batch.bind(siret, number));
        batch.execute();
    }

    /**
     * Sets the INSEE legal category of each dossier's establishment (number to category, null to clear it), code and
     * label.
     */
    public void updateLegalCategories(Map<String, InseeLegalCategory> categories) {
        if (categories.isEmpty()) {
            return;
        }
        flush();
        BatchBindStep batch = dsl.batch(dsl.update(DOSSIER)
                .set(DOSSIER.LEGAL_CATEGORY_CODE, (String) null)
                .set(DOSSIER.LEGAL_CATEGORY_LABEL, (String) null)
                .where(DOSSIER.NUMBER.eq((String) null)));
        categories.forEach((number, category) -> batch.bind(
                category == null ? null : category.code(), category == null ? null : category.label(), number));
        batch.execute();
    }

    /** Replaces the perimeter of each dossier (number to communes, in source order); each then has a known one. */
    public void replaceCommunes(Map<String, List<Commune>> perimeters) {
        if (perimeters.isEmpty()) {
            return;
        }
        flush();
        BatchBindStep delete =
                dsl.batch(dsl.deleteFrom(DOSSIER_COMMUNE).where(DOSSIER_COMMUNE.DOSSIER_NUMBER.eq((String) null)));
        BatchBindStep known = dsl.batch(dsl.update(DOSSIER)
                .set(DOSSIER.COMMUNES_KNOWN, DSL.inline(true))
                .where(DOSSIER.NUMBER.eq((String) null)));
        List<Object[]> inserts = new ArrayList<>();
        perimeters.forEach((number, list) -> {
            delete.bind(number);
            known.bind(number);
            inserts.addAll(communeRows(number, list));
        });
        delete.execute();
        known.execute();
        insertRows(dsl, DOSSIER_COMMUNE, inserts);
    }

    /** Sets the row digest of each dossier (number to digest, null to clear it). */
    public void setRowDigests(Map<String, String> digests) {
        flush();
        if (digests.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(
                dsl.update(DOSSIER).set(DOSSIER.ROW_DIGEST, (String) null).where(DOSSIER.NUMBER.eq((String) null)));
        digests.forEach((number, digest) -> batch.bind(digest, number));
        batch.execute();
    }

    /** Records that the latest import lists these dossiers again: only those marked absent are written. */
    public void markPresent(Collection<String> numbers) {
        flush();
        Set<String> listed = new HashSet<>(numbers);
        List<String> absent = dsl
                .select(DOSSIER.NUMBER)
                .from(DOSSIER)
                .where(DOSSIER.ABSENT_SINCE_IMPORT.isNotNull())
                .fetch(DOSSIER.NUMBER)
                .stream()
                .filter(listed::contains)
                .toList();
        if (absent.isEmpty()) {
            return;
        }
        BatchBindStep batch = dsl.batch(dsl.update(DOSSIER)
                .set(DOSSIER.ABSENT_SINCE_IMPORT, DSL.inline(null, DOSSIER.ABSENT_SINCE_IMPORT))
                .where(DOSSIER.NUMBER.eq((String) null)));
        absent.forEach(batch::bind);
        batch.execute();
    }

    /** The dossier_commune rows of a perimeter, every column in the table's order. */
    static List<Object[]> communeRows(String number, List<Commune> list) {
        List<Object[]> result = new ArrayList<>(list.size());
        for (int position = 0; position < list.size(); position++) {
            Commune commune = list.get(position);
            result.add(new Object[] {number, position, commune.insee(), commune.name(), commune.exportedValue()});
        }
        return result;
    }

    /** Inserts rows of every column of a table, in the table's column order, as one batch. */
    static void insertRows(DSLContext dsl, Table<?> table, List<Object[]> values) {
        if (values.isEmpty()) {
            return;
        }
        Query insert =
                dsl.insertInto(table).columns(table.fields()).values(Arrays.asList(new Object[table.fields().length]));
        BatchBindStep batch = dsl.batch(insert);
        values.forEach(batch::bind);
        batch.execute();
    }
}
