package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.CAMPAIGN_VERSION;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.campaign.CampaignText;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.generated.tables.records.CampaignVersionRecord;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The campaign's stored versions, as CampaignText; the latest is the current one. */
public final class CampaignRepository {

    private final DSLContext dsl;

    public CampaignRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The latest stored version, empty while the workspace keeps the 2021 defaults. */
    public Optional<Campaign> current() {
        return dsl.selectFrom(CAMPAIGN_VERSION)
                .orderBy(CAMPAIGN_VERSION.VERSION.desc())
                .limit(1)
                .fetchOptional()
                .map(r -> CampaignText.parse(r.getContent()).withVersion(r.getVersion()));
    }

    /** Stores the campaign as the given version, replacing that version's row when it exists. */
    public void save(Campaign campaign, String who, OffsetDateTime at) {
        String content = CampaignText.write(campaign);
        int updated = dsl.update(CAMPAIGN_VERSION)
                .set(CAMPAIGN_VERSION.CONTENT, content)
                .set(CAMPAIGN_VERSION.SAVED_BY, who)
                .set(CAMPAIGN_VERSION.SAVED_AT, at)
                .where(CAMPAIGN_VERSION.VERSION.eq(campaign.version()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(CAMPAIGN_VERSION)
                    .set(CAMPAIGN_VERSION.VERSION, campaign.version())
                    .set(CAMPAIGN_VERSION.CONTENT, content)
                    .set(CAMPAIGN_VERSION.SAVED_BY, who)
                    .set(CAMPAIGN_VERSION.SAVED_AT, at)
                    .execute();
        }
    }

    /**
     * The campaign's stamp: the sum of its rows' {@code row_version} (0 with none stored), changed by every save
     * (V035), with who saved the latest version and when.
     */
    public VersionedRow.Stamp stamp() {
        long sum = dsl.select(DSL.coalesce(DSL.sum(CAMPAIGN_VERSION.ROW_VERSION), java.math.BigDecimal.ZERO))
                .from(CAMPAIGN_VERSION)
                .fetchOne(0, Long.class);
        return dsl.select(CAMPAIGN_VERSION.SAVED_BY, CAMPAIGN_VERSION.SAVED_AT)
                .from(CAMPAIGN_VERSION)
                .orderBy(CAMPAIGN_VERSION.VERSION.desc())
                .limit(1)
                .fetchOptional()
                .map(r -> new VersionedRow.Stamp(
                        sum, r.value1(), fr.ptce.workbench.persistence.common.ParisTime.of(r.value2())))
                .orElse(new VersionedRow.Stamp(0, null, null));
    }

    /**
     * Stores the campaign as the given version over the stamp {@code expected} ({@link #stamp()}): the latest row
     * updated only at the row_version read, a new version inserted only if no one inserted it meanwhile, in the same
     * statement (VersionedRow); false with nothing written when the stored campaign changed since.
     */
    public boolean save(Campaign campaign, String who, OffsetDateTime at, long expected) {
        if (stamp().version() != expected) {
            return false;
        }
        VersionedRow<CampaignVersionRecord> row = new VersionedRow<>(
                dsl, CAMPAIGN_VERSION, CAMPAIGN_VERSION.VERSION.eq(campaign.version()), CAMPAIGN_VERSION.ROW_VERSION);
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(CAMPAIGN_VERSION.VERSION, campaign.version());
        values.put(CAMPAIGN_VERSION.CONTENT, CampaignText.write(campaign));
        values.put(CAMPAIGN_VERSION.SAVED_BY, who);
        values.put(CAMPAIGN_VERSION.SAVED_AT, at);
        return row.write(row.current(), values) != VersionedRow.STALE;
    }
}
