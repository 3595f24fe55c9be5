package fr.ptce.workbench.persistence.review;

import static fr.ptce.workbench.persistence.generated.Tables.REGION_AVIS;
import static fr.ptce.workbench.persistence.generated.Tables.REGION_AVIS_SCORE;

import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.generated.tables.records.RegionAvisRecord;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** The region's avis, one per dossier, with its consolidated scores (not the DS expert opinions). */
public final class RegionAvisRepository {

    private final DSLContext dsl;

    public RegionAvisRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a dossier's avis, replacing the previous one whatever its version; returns the new version. */
    public long save(Avis avis) {
        long saved = row(avis.dossierNumber()).overwrite(values(avis));
        replaceScores(avis);
        return saved;
    }

    /**
     * Stores a dossier's avis over the version {@code expected} (0: none stored yet), incrementing it; returns the
     * new version, or -1 with nothing written when the stored avis is no longer at that version (someone else saved
     * in between: the row is checked and written in one statement, so that two saves cannot both pass).
     */
    public long save(Avis avis, long expected) {
        long saved = row(avis.dossierNumber()).write(expected, values(avis));
        if (saved != VersionedRow.STALE) {
            replaceScores(avis);
        }
        return saved;
    }

    private VersionedRow<RegionAvisRecord> row(String number) {
        return new VersionedRow<>(dsl, REGION_AVIS, REGION_AVIS.DOSSIER_NUMBER.eq(number), REGION_AVIS.ROW_VERSION);
    }

    private static Map<Field<?>, Object> values(Avis avis) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(REGION_AVIS.DOSSIER_NUMBER, avis.dossierNumber());
        values.put(REGION_AVIS.RECOMMENDATION, avis.recommendation().name());
        values.put(REGION_AVIS.PROPOSED_PHASE2, avis.proposedForPhase2());
        values.put(REGION_AVIS.MOTIVATION, avis.motivation());
        values.put(REGION_AVIS.STRENGTHS, avis.strengths());
        values.put(REGION_AVIS.ATTENTION_POINTS, avis.attentionPoints());
        values.put(REGION_AVIS.SCORE_CHANGE_REASON, avis.scoreChangeReason());
        values.put(REGION_AVIS.AUTHOR, avis.author());
        values.put(REGION_AVIS.WRITTEN_AT, avis.at());
        return values;
    }

    private void replaceScores(Avis avis) {
        dsl.deleteFrom(REGION_AVIS_SCORE)
                .where(REGION_AVIS_SCORE.DOSSIER_NUMBER.eq(avis.dossierNumber()))
                .execute();
        saveScores(avis);
    }

    private void saveScores(Avis avis) {
        String number = avis.dossierNumber();
        avis.consolidatedScores()
                .forEach((criterion, value) -> dsl.insertInto(REGION_AVIS_SCORE)
                        .set(REGION_AVIS_SCORE.DOSSIER_NUMBER, number)
                        .set(REGION_AVIS_SCORE.CRITERION, criterion)
                        .set(REGION_AVIS_SCORE.SCORE_VALUE, value)
                        .execute());
    }

    /** A dossier's avis, if written. */
    public Optional<Avis> find(String number) {
        return read(REGION_AVIS.DOSSIER_NUMBER.eq(number)).stream().findFirst();
    }

    /** Every avis of the workspace, by dossier number. */
    public List<Avis> all() {
        return read(REGION_AVIS.DOSSIER_NUMBER.isNotNull());
    }

    private List<Avis> read(Condition condition) {
        List<RegionAvisRecord> rows = dsl.selectFrom(REGION_AVIS)
                .where(condition)
                .orderBy(REGION_AVIS.DOSSIER_NUMBER)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
        dsl.selectFrom(REGION_AVIS_SCORE)
                .where(REGION_AVIS_SCORE.DOSSIER_NUMBER.in(
                        rows.stream().map(RegionAvisRecord::getDossierNumber).toList()))
                .orderBy(REGION_AVIS_SCORE.DOSSIER_NUMBER, REGION_AVIS_SCORE.CRITERION)
                .forEach(s -> scores.computeIfAbsent(s.getDossierNumber(), k -> new LinkedHashMap<>())
                        .put(s.getCriterion(), Scale.normalize(s.getScoreValue())));
        return rows.stream()
                .map(r -> new Avis(
                        r.getDossierNumber(),
                        Recommendation.valueOf(r.getRecommendation()),
                        r.getProposedPhase2(),
                        r.getMotivation(),
                        r.getStrengths(),
                        r.getAttentionPoints(),
                        scores.getOrDefault(r.getDossierNumber(), Map.of()),
                        r.getScoreChangeReason(),
                        r.getAuthor(),
                        ParisTime.of(r.getWrittenAt()),
                        r.getRowVersion()))
                .toList();
    }
}
