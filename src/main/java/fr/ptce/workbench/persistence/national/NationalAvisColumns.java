package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_AVIS;

import fr.ptce.workbench.domain.national.AvisSource;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import java.util.List;
import org.jooq.Field;

/** The columns of a national row as {@link NationalAvisRepository#save} inserts them, and a row's values. */
final class NationalAvisColumns {

    static final List<Field<?>> FIELDS = List.of(
            NATIONAL_AVIS.SOURCE_FILE,
            NATIONAL_AVIS.REGION,
            NATIONAL_AVIS.WORKSPACE_ID,
            NATIONAL_AVIS.EXPORTED_AT,
            NATIONAL_AVIS.SHA256,
            NATIONAL_AVIS.DOSSIER_NUMBER,
            NATIONAL_AVIS.PROJECT,
            NATIONAL_AVIS.STRUCTURE,
            NATIONAL_AVIS.DOSSIER_REGION,
            NATIONAL_AVIS.ADMISSIBILITY,
            NATIONAL_AVIS.ELIGIBILITY_MET,
            NATIONAL_AVIS.MATURITY,
            NATIONAL_AVIS.TARGET_B,
            NATIONAL_AVIS.TARGET_C,
            NATIONAL_AVIS.TOTAL,
            NATIONAL_AVIS.REVIEW_COUNT,
            NATIONAL_AVIS.SPREAD,
            NATIONAL_AVIS.RECOMMENDATION,
            NATIONAL_AVIS.PROPOSED_PHASE2,
            NATIONAL_AVIS.MOTIVATION,
            NATIONAL_AVIS.STRENGTHS,
            NATIONAL_AVIS.ATTENTION_POINTS,
            NATIONAL_AVIS.CORRESPONDENT,
            NATIONAL_AVIS.AVIS_DATE,
            NATIONAL_AVIS.LEGAL_FORM,
            NATIONAL_AVIS.DEPOSITED_AT,
            NATIONAL_AVIS.QPV_DECLARED,
            NATIONAL_AVIS.QPV_DETECTED,
            NATIONAL_AVIS.ZRR_DECLARED,
            NATIONAL_AVIS.ZRR_DETECTED,
            NATIONAL_AVIS.WAVE);

    private NationalAvisColumns() {}

    /** The values of {@link #FIELDS} for a region's row. */
    static Object[] values(AvisSource source, RegionalAvisRow row) {
        return new Object[] {
            source.file(),
            source.region(),
            source.workspaceId(),
            source.exportedAt(),
            source.sha256(),
            row.dossierNumber(),
            row.project(),
            row.structure(),
            row.region(),
            row.admissibility(),
            row.eligibilityMet(),
            row.maturity(),
            row.targetB(),
            row.targetC(),
            row.total(),
            row.reviewCount(),
            row.spread(),
            row.recommendation(),
            row.proposedForPhase2(),
            row.motivation(),
            row.strengths(),
            row.attentionPoints(),
            row.correspondent(),
            row.avisDate(),
            row.legalForm(),
            row.depositedAt(),
            row.qpvDeclared(),
            row.qpvDetected(),
            row.zrrDeclared(),
            row.zrrDetected(),
            row.wave()
        };
    }
}
