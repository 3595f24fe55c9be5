package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_DECISION;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_SETTING;

import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.persistence.generated.tables.records.NationalDecisionRecord;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * PESSII's proposals per dossier number (laureate, invited, overrides' reasons), the cabinet's decision, and the
 * national view's settings.
 */
public final class NationalDecisionRepository {

    private final DSLContext dsl;

    public NationalDecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every decision, by dossier number. */
    public Map<String, NationalDecision> all() {
        Map<String, NationalDecision> decisions = new LinkedHashMap<>();
        dsl.selectFrom(NATIONAL_DECISION)
                .orderBy(NATIONAL_DECISION.DOSSIER_NUMBER)
                .forEach(d -> decisions.put(d.getDossierNumber(), decision(d)));
        return decisions;
    }

    private static NationalDecision decision(NationalDecisionRecord d) {
        CabinetDecision decided = d.getDecidedOn() == null
                ? null
                : new CabinetDecision(
                        Boolean.TRUE.equals(d.getDecidedLaureate()), Boolean.TRUE.equals(d.getDecidedInvited()),
                        d.getDecidedBy(), d.getDecidedOn());
        return new NationalDecision(
                d.getDossierNumber(),
                d.getLaureate(),
                d.getInvited(),
                d.getLaureateOverride(),
                d.getInviteOverride(),
                decided);
    }

    /** The decision on a dossier (none yet: neither proposed nor decided). */
    public NationalDecision find(String dossierNumber) {
        return Optional.ofNullable(dsl.selectFrom(NATIONAL_DECISION)
                        .where(NATIONAL_DECISION.DOSSIER_NUMBER.eq(dossierNumber))
                        .fetchOne())
                .map(NationalDecisionRepository::decision)
                .orElseGet(() -> NationalDecision.none(dossierNumber));
    }

    /** Stores a decision made under a campaign version, replacing the previous one. */
    public void save(NationalDecision decision, int campaignVersion, String who, OffsetDateTime at) {
        CabinetDecision decided = decision.decided();
        NationalDecisionRecord row = dsl.newRecord(NATIONAL_DECISION);
        row.setDossierNumber(decision.dossierNumber());
        row.setLaureate(decision.laureate());
        row.setInvited(decision.invited());
        row.setLaureateOverride(decision.laureateOverride());
        row.setInviteOverride(decision.inviteOverride());
        row.setCampaignVersion(campaignVersion);
        row.setDecidedLaureate(decided == null ? null : decided.laureate());
        row.setDecidedInvited(decided == null ? null : decided.invited());
        row.setDecidedBy(decided == null ? null : decided.by());
        row.setDecidedOn(decided == null ? null : decided.on());
        row.setUpdatedBy(who);
        row.setUpdatedAt(at);
        int updated = dsl.update(NATIONAL_DECISION)
                .set(row)
                .where(NATIONAL_DECISION.DOSSIER_NUMBER.eq(decision.dossierNumber()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(NATIONAL_DECISION).set(row).execute();
        }
    }

    /** Whether a decision was made under this campaign version (which is then frozen). */
    public boolean usesCampaignVersion(int version) {
        return dsl.fetchExists(NATIONAL_DECISION, NATIONAL_DECISION.CAMPAIGN_VERSION.eq(version));
    }

    /** A setting's value, if set. */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(dsl.select(NATIONAL_SETTING.SETTING_VALUE)
                .from(NATIONAL_SETTING)
                .where(NATIONAL_SETTING.NAME.eq(name))
                .fetchOne(NATIONAL_SETTING.SETTING_VALUE));
    }

    public void setSetting(String name, String value) {
        int updated = dsl.update(NATIONAL_SETTING)
                .set(NATIONAL_SETTING.SETTING_VALUE, value)
                .where(NATIONAL_SETTING.NAME.eq(name))
                .execute();
        if (updated == 0) {
            dsl.insertInto(NATIONAL_SETTING)
                    .set(NATIONAL_SETTING.NAME, name)
                    .set(NATIONAL_SETTING.SETTING_VALUE, value)
                    .execute();
        }
    }
}
