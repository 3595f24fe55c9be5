package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_AVIS;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_AVIS_SCORE;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_CONFLICT;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_FILE;

import fr.ptce.workbench.domain.national.AvisConflict;
import fr.ptce.workbench.domain.national.AvisSource;
import fr.ptce.workbench.domain.national.NationalDossier;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.domain.national.RegionalReview;
import fr.ptce.workbench.persistence.generated.tables.records.NationalAvisRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** PESSII's national store: the avis workbooks imported, their rows per region and the conflicts found. */
public final class NationalAvisRepository {

    private static final String CRITERION = "C";
    private static final String BLOCK = "B";

    private final DSLContext dsl;
    private final NationalReviews reviews;

    public NationalAvisRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.reviews = new NationalReviews(dsl);
    }

    /** Whether a workbook with this checksum was already imported. */
    public boolean fileImported(String sha256) {
        return dsl.fetchExists(NATIONAL_FILE, NATIONAL_FILE.SHA256.eq(sha256));
    }

    /** Records an imported phase-1 workbook, so that importing it again changes nothing. */
    public void recordFile(AvisSource source, int rowCount, OffsetDateTime at) {
        recordFile(source, rowCount, at, 1);
    }

    /** Records an imported workbook of a phase (1 or 2), so that importing it again changes nothing. */
    public void recordFile(AvisSource source, int rowCount, OffsetDateTime at, int phase) {
        dsl.insertInto(NATIONAL_FILE)
                .set(NATIONAL_FILE.PHASE, phase)
                .set(NATIONAL_FILE.SOURCE_FILE, source.file())
                .set(NATIONAL_FILE.SHA256, source.sha256())
                .set(NATIONAL_FILE.REGION, source.region())
                .set(NATIONAL_FILE.WORKSPACE_ID, source.workspaceId())
                .set(NATIONAL_FILE.EXPORTED_AT, source.exportedAt())
                .set(NATIONAL_FILE.IMPORTED_AT, at)
                .set(NATIONAL_FILE.ROW_COUNT, rowCount)
                .execute();
    }

    /**
     * Stores a region's rows; no (region, dossier number) may be stored yet. The rows, then their scores, go in
     * JDBC batches (one statement rendered each); only the reviews, whose ids are needed, are inserted one by one.
     */
    public void save(AvisSource source, List<RegionalAvisRow> rows) {
        save(source, rows, 1);
    }

    /**
     * Stores a region's rows of a phase (1 or 2: a phase-2 workbook's rows are keyed by the phase-2 dossiers' own
     * numbers), as {@link #save(AvisSource, List)}.
     */
    public void save(AvisSource source, List<RegionalAvisRow> rows, int phase) {
        if (rows.isEmpty()) {
            return;
        }
        PlainBatch batch = new PlainBatch(dsl, NATIONAL_AVIS, NationalAvisColumns.FIELDS);
        rows.forEach(row -> batch.add(NationalAvisColumns.values(source, row)));
        batch.execute();
        if (phase != 1) {
            // the rows just inserted are this workbook's: the only ones with its checksum
            dsl.update(NATIONAL_AVIS)
                    .set(NATIONAL_AVIS.PHASE, phase)
                    .where(NATIONAL_AVIS.SHA256.eq(source.sha256()))
                    .execute();
        }
        Map<String, Long> ids = new HashMap<>();
        dsl.select(NATIONAL_AVIS.DOSSIER_NUMBER, NATIONAL_AVIS.ID)
                .from(NATIONAL_AVIS)
                .where(NATIONAL_AVIS.REGION.eq(source.region()))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        ScoreBatch scores = new ScoreBatch(dsl);
        for (RegionalAvisRow row : rows) {
            Long id = ids.get(row.dossierNumber());
            scores.avis(id, CRITERION, row.scores());
            scores.avis(id, BLOCK, row.subtotals());
            reviews.save(id, row.reviews(), scores);
        }
        scores.execute();
    }

    /** The row a region gave for a dossier, if stored. */
    public Optional<RegionalAvisRow> find(String region, String dossierNumber) {
        return read(NATIONAL_AVIS.REGION.eq(region).and(NATIONAL_AVIS.DOSSIER_NUMBER.eq(dossierNumber))).stream()
                .findFirst()
                .map(NationalDossier::row);
    }

    /** For each dossier number stored, the regions that gave a row for it, in region order. */
    public Map<String, List<String>> regionsByDossier() {
        Map<String, List<String>> regions = new HashMap<>();
        dsl.select(NATIONAL_AVIS.DOSSIER_NUMBER, NATIONAL_AVIS.REGION)
                .from(NATIONAL_AVIS)
                .orderBy(NATIONAL_AVIS.DOSSIER_NUMBER, NATIONAL_AVIS.REGION)
                .forEach(r -> regions.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(r.value2()));
        return regions;
    }

    /** Every stored phase-1 row, by exporting region then dossier number (set-aside rows included). */
    public List<RegionalAvisRow> all() {
        return all(1);
    }

    /** Every stored row of a phase (1 or 2), by exporting region then dossier number (set-aside rows included). */
    public List<RegionalAvisRow> all(int phase) {
        return read(NATIONAL_AVIS.PHASE.eq(phase)).stream()
                .map(NationalDossier::row)
                .toList();
    }

    /** The phase-1 rows that count nationally (not set aside), each with its source and whether a conflict is open. */
    public List<NationalDossier> dossiers() {
        return dossiers(1);
    }

    /** The rows of a phase (1 or 2) that count nationally (not set aside), as {@link #dossiers()}. */
    public List<NationalDossier> dossiers(int phase) {
        return read(NATIONAL_AVIS.SET_ASIDE.isFalse().and(NATIONAL_AVIS.PHASE.eq(phase)));
    }

    /**
     * Resolves the open conflicts about a dossier number: the row of {@code keptRegion} counts, the other regions'
     * rows are set aside (kept, not deleted), the conflicts marked resolved. Returns the conflicts resolved.
     */
    public int resolve(String dossierNumber, String keptRegion, String who, OffsetDateTime at) {
        dsl.update(NATIONAL_AVIS)
                .set(NATIONAL_AVIS.SET_ASIDE, NATIONAL_AVIS.REGION.ne(keptRegion))
                .where(NATIONAL_AVIS.DOSSIER_NUMBER.eq(dossierNumber))
                .execute();
        return dsl.update(NATIONAL_CONFLICT)
                .set(NATIONAL_CONFLICT.KEPT_REGION, keptRegion)
                .set(NATIONAL_CONFLICT.RESOLVED_BY, who)
                .set(NATIONAL_CONFLICT.RESOLVED_AT, at)
                .where(NATIONAL_CONFLICT.DOSSIER_NUMBER.eq(dossierNumber))
                .and(NATIONAL_CONFLICT.RESOLVED_AT.isNull())
                .execute();
    }

    /** The regions whose row for the dossier is stored (set aside or not). */
    public List<String> regionsOf(String dossierNumber) {
        return dsl.select(NATIONAL_AVIS.REGION)
                .from(NATIONAL_AVIS)
                .where(NATIONAL_AVIS.DOSSIER_NUMBER.eq(dossierNumber))
                .orderBy(NATIONAL_AVIS.REGION)
                .fetch(NATIONAL_AVIS.REGION);
    }

    /** Records a conflict found while importing the workbook of {@code source}. */
    public void recordConflict(AvisConflict conflict, String sha256, OffsetDateTime at) {
        dsl.insertInto(NATIONAL_CONFLICT)
                .set(NATIONAL_CONFLICT.DOSSIER_NUMBER, conflict.dossierNumber())
                .set(NATIONAL_CONFLICT.REGION, conflict.region())
                .set(NATIONAL_CONFLICT.STORED_REGION, conflict.storedRegion())
                .set(NATIONAL_CONFLICT.SOURCE_FILE, conflict.file())
                .set(NATIONAL_CONFLICT.SHA256, sha256)
                .set(NATIONAL_CONFLICT.DETECTED_AT, at)
                .execute();
    }

    /** Every conflict recorded, oldest first. */
    public List<AvisConflict> conflicts() {
        return conflicts(NATIONAL_CONFLICT.ID.isNotNull());
    }

    /** The conflicts not resolved yet, oldest first. */
    public List<AvisConflict> openConflicts() {
        return conflicts(NATIONAL_CONFLICT.RESOLVED_AT.isNull());
    }

    private List<AvisConflict> conflicts(Condition condition) {
        return dsl.selectFrom(NATIONAL_CONFLICT)
                .where(condition)
                .orderBy(NATIONAL_CONFLICT.ID)
                .fetch(c ->
                        new AvisConflict(c.getDossierNumber(), c.getRegion(), c.getStoredRegion(), c.getSourceFile()));
    }

    private List<NationalDossier> read(Condition condition) {
        List<NationalAvisRecord> rows = dsl.selectFrom(NATIONAL_AVIS)
                .where(condition)
                .orderBy(NATIONAL_AVIS.REGION, NATIONAL_AVIS.DOSSIER_NUMBER)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(NationalAvisRecord::getId).toList();
        Map<Long, Map<String, Map<String, BigDecimal>>> values = new HashMap<>();
        dsl.selectFrom(NATIONAL_AVIS_SCORE)
                .where(NATIONAL_AVIS_SCORE.AVIS_ID.in(ids))
                .orderBy(NATIONAL_AVIS_SCORE.AVIS_ID, NATIONAL_AVIS_SCORE.KIND, NATIONAL_AVIS_SCORE.SORT_ORDER)
                .forEach(s -> values.computeIfAbsent(s.getAvisId(), k -> new HashMap<>())
                        .computeIfAbsent(s.getKind(), k -> new LinkedHashMap<>())
                        .put(s.getCode(), s.getScoreValue()));
        Map<Long, String> numbers = new HashMap<>();
        rows.forEach(r -> numbers.put(r.getId(), r.getDossierNumber()));
        Map<Long, List<RegionalReview>> ownReviews = reviews.of(ids, numbers);
        Set<String> conflicted = new HashSet<>(dsl.selectDistinct(NATIONAL_CONFLICT.DOSSIER_NUMBER)
                .from(NATIONAL_CONFLICT)
                .where(NATIONAL_CONFLICT.RESOLVED_AT.isNull())
                .fetch(NATIONAL_CONFLICT.DOSSIER_NUMBER));
        return rows.stream()
                .map(r -> {
                    Map<String, Map<String, BigDecimal>> own = values.getOrDefault(r.getId(), Map.of());
                    RegionalAvisRow row = new RegionalAvisRow(
                            r.getDossierNumber(),
                            r.getProject(),
                            r.getStructure(),
                            r.getLegalForm(),
                            r.getDossierRegion(),
                            r.getDepositedAt(),
                            r.getAdmissibility(),
                            r.getWave(),
                            r.getEligibilityMet(),
                            r.getMaturity(),
                            r.getTargetB(),
                            r.getTargetC(),
                            r.getQpvDeclared(),
                            r.getQpvDetected(),
                            r.getZrrDeclared(),
                            r.getZrrDetected(),
                            own.getOrDefault(CRITERION, Map.of()),
                            own.getOrDefault(BLOCK, Map.of()),
                            r.getTotal(),
                            r.getReviewCount(),
                            r.getSpread(),
                            r.getRecommendation(),
                            r.getProposedPhase2(),
                            r.getMotivation(),
                            r.getStrengths(),
                            r.getAttentionPoints(),
                            r.getCorrespondent(),
                            r.getAvisDate(),
                            ownReviews.getOrDefault(r.getId(), List.of()));
                    return new NationalDossier(
                            row, r.getRegion(), r.getSourceFile(), conflicted.contains(r.getDossierNumber()));
                })
                .toList();
    }
}
