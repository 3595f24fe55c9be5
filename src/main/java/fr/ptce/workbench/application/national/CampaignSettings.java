package fr.ptce.workbench.application.national;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.campaign.CampaignText;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The campaign's data — waves, the phase-2 invitation target, the phase-2 numbers — as PESSII edits it. A version
 * used by a decision is frozen: a change then stores a new version, so every decision keeps the numbers it was made
 * under. Waves apply to the dossiers' checks from the next opening of the workspace.
 */
public final class CampaignSettings {

    private final Database database;
    private final Clock clock;

    public CampaignSettings(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The current campaign: the latest stored version, else the 2021 defaults. */
    public Campaign current() {
        return database.inTransaction(CampaignSettings::current);
    }

    static Campaign current(Repositories r) {
        return r.campaigns().current().orElse(Campaign.DEFAULT);
    }

    /** The current campaign as the text PESSII edits. */
    public String text() {
        return CampaignText.write(current());
    }

    /**
     * Stores the campaign given as text; unchanged text stores nothing.
     *
     * @throws InvalidInputException with the French message naming the line that cannot be read
     */
    public Campaign save(String text) {
        return save(text, ANY_VERSION);
    }

    /** No version check: the campaign saved over whatever is stored (the command line starts from it). */
    public static final long ANY_VERSION = -1;

    /** The stored campaign's stamp, to save over ({@link #save(String, long)}); 0 while none is stored. */
    public long stamp() {
        return database.inTransaction(r -> r.campaigns().stamp().version());
    }

    /**
     * The same over the campaign's stamp the user started from ({@link #stamp()}).
     *
     * @throws ConcurrentChangeException when someone else saved the campaign since, nothing written
     */
    public Campaign save(String text, long base) {
        Campaign parsed;
        try {
            parsed = CampaignText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            Campaign old = current(r);
            String oldText = CampaignText.write(old);
            String newText = CampaignText.write(parsed);
            if (oldText.equals(newText)
                    && (base == ANY_VERSION || base == r.campaigns().stamp().version())) {
                return old;
            }
            boolean frozen = old.version() == 0
                    || r.decisions().usesCampaignVersion(old.version())
                    || r.phase2Decisions().usesCampaignVersion(old.version());
            Campaign saved = parsed.withVersion(frozen ? old.version() + 1 : old.version());
            OffsetDateTime now =
                    OffsetDateTime.now(clock).atZoneSameInstant(PARIS).toOffsetDateTime();
            long current = r.campaigns().stamp().version();
            if ((base != ANY_VERSION && base != current) || !r.campaigns().save(saved, me.signature(), now, current)) {
                throw ConcurrentChangeException.over(
                        ConcurrentChangeException.Subject.CAMPAIGN,
                        "campagne",
                        Optional.of(r.campaigns().stamp()),
                        newText,
                        oldText,
                        base);
            }
            r.audit()
                    .append(
                            now,
                            me.signature(),
                            "campagne",
                            "campagne (version " + saved.version() + ")",
                            oldText,
                            newText);
            return saved;
        });
    }
}
