package fr.ptce.workbench.persistence.review;

import static fr.ptce.workbench.persistence.generated.Tables.ADMISSIBILITY_OVERRIDE;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.review.AdmissibilityOverride;
import fr.ptce.workbench.persistence.common.ParisTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The current admissibility override of each dossier (earlier ones live in the audit trail). */
public final class OverrideRepository {

    private final DSLContext dsl;

    public OverrideRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a dossier's override, replacing the previous one. */
    public void save(AdmissibilityOverride o) {
        int updated = dsl.update(ADMISSIBILITY_OVERRIDE)
                .set(ADMISSIBILITY_OVERRIDE.ADMISSIBILITY, o.value().name())
                .set(ADMISSIBILITY_OVERRIDE.REASON, o.reason())
                .set(ADMISSIBILITY_OVERRIDE.AUTHOR, o.author())
                .set(ADMISSIBILITY_OVERRIDE.DECIDED_AT, o.at())
                .where(ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER.eq(o.dossierNumber()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(ADMISSIBILITY_OVERRIDE)
                    .set(ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER, o.dossierNumber())
                    .set(ADMISSIBILITY_OVERRIDE.ADMISSIBILITY, o.value().name())
                    .set(ADMISSIBILITY_OVERRIDE.REASON, o.reason())
                    .set(ADMISSIBILITY_OVERRIDE.AUTHOR, o.author())
                    .set(ADMISSIBILITY_OVERRIDE.DECIDED_AT, o.at())
                    .execute();
        }
    }

    /** A dossier's override, if a reviewer overruled its admissibility. */
    public Optional<AdmissibilityOverride> find(String number) {
        return dsl.selectFrom(ADMISSIBILITY_OVERRIDE)
                .where(ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER.eq(number))
                .fetchOptional(r -> new AdmissibilityOverride(
                        r.getDossierNumber(),
                        Admissibility.valueOf(r.getAdmissibility()),
                        r.getReason(),
                        r.getAuthor(),
                        ParisTime.of(r.getDecidedAt())));
    }

    /** Every override, for the dossier list. */
    public List<AdmissibilityOverride> all() {
        return dsl.selectFrom(ADMISSIBILITY_OVERRIDE)
                .orderBy(ADMISSIBILITY_OVERRIDE.DOSSIER_NUMBER)
                .fetch(r -> new AdmissibilityOverride(
                        r.getDossierNumber(),
                        Admissibility.valueOf(r.getAdmissibility()),
                        r.getReason(),
                        r.getAuthor(),
                        ParisTime.of(r.getDecidedAt())));
    }
}
