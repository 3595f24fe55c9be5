package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.CAMPAIGN_VERSION;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.campaign.CampaignText;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

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
}
