package fr.ptce.workbench.persistence;

import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_DECISION;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_SETTING;

import fr.ptce.workbench.domain.national.NationalDecision;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** PESSII's decisions per dossier number (laureate, invited) and the national view's settings. */
public final class NationalDecisionRepository {

    private final DSLContext dsl;

    NationalDecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every decision, by dossier number. */
    public Map<String, NationalDecision> all() {
        Map<String, NationalDecision> decisions = new LinkedHashMap<>();
        dsl.selectFrom(NATIONAL_DECISION).orderBy(NATIONAL_DECISION.DOSSIER_NUMBER).forEach(d -> decisions.put(
                d.getDossierNumber(), new NationalDecision(d.getDossierNumber(), d.getLaureate(), d.getInvited())));
        return decisions;
    }

    /** The decision on a dossier (none yet: neither laureate nor invited). */
    public NationalDecision find(String dossierNumber) {
        return Optional.ofNullable(all().get(dossierNumber)).orElseGet(() -> NationalDecision.none(dossierNumber));
    }

    /** Stores a decision, replacing the previous one. */
    public void save(NationalDecision decision, String who, OffsetDateTime at) {
        int updated = dsl.update(NATIONAL_DECISION).set(NATIONAL_DECISION.LAUREATE, decision.laureate())
                .set(NATIONAL_DECISION.INVITED, decision.invited()).set(NATIONAL_DECISION.UPDATED_BY, who)
                .set(NATIONAL_DECISION.UPDATED_AT, at)
                .where(NATIONAL_DECISION.DOSSIER_NUMBER.eq(decision.dossierNumber())).execute();
        if (updated == 0) {
            dsl.insertInto(NATIONAL_DECISION).set(NATIONAL_DECISION.DOSSIER_NUMBER, decision.dossierNumber())
                    .set(NATIONAL_DECISION.LAUREATE, decision.laureate())
                    .set(NATIONAL_DECISION.INVITED, decision.invited()).set(NATIONAL_DECISION.UPDATED_BY, who)
                    .set(NATIONAL_DECISION.UPDATED_AT, at).execute();
        }
    }

    /** A setting's value, if set. */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(dsl.select(NATIONAL_SETTING.SETTING_VALUE).from(NATIONAL_SETTING)
                .where(NATIONAL_SETTING.NAME.eq(name)).fetchOne(NATIONAL_SETTING.SETTING_VALUE));
    }

    public void setSetting(String name, String value) {
        int updated = dsl.update(NATIONAL_SETTING).set(NATIONAL_SETTING.SETTING_VALUE, value)
                .where(NATIONAL_SETTING.NAME.eq(name)).execute();
        if (updated == 0) {
            dsl.insertInto(NATIONAL_SETTING).set(NATIONAL_SETTING.NAME, name)
                    .set(NATIONAL_SETTING.SETTING_VALUE, value).execute();
        }
    }
}
