package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.review.AdmissibilityOverride;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** Overrules the computed admissibility of a dossier with a written reason, kept in the audit trail. */
public final class OverrideAdmissibility {

    private final Database database;
    private final DossierChecker checker;
    private final Clock clock;

    public OverrideAdmissibility(Database database, DossierChecker checker, Clock clock) {
        this.database = database;
        this.checker = checker;
        this.clock = clock;
    }

    /** Records the override; a blank reason is refused and nothing is saved. */
    public AdmissibilityOverride apply(String number, Admissibility value, String reason) {
        Objects.requireNonNull(value, "value");
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            Admissibility computed =
                    checker.check(Instruction.dossier(r, number)).admissibility();
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("Dossier n° " + number
                        + "\u00a0: une dérogation à la recevabilité doit être motivée par écrit.");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            Optional<AdmissibilityOverride> previous = r.overrides().find(number);
            AdmissibilityOverride override = new AdmissibilityOverride(number, value, reason, me.name(), now);
            String oldValue = previous.map(p -> p.value().label()).orElse(computed.label());
            if (!oldValue.equals(value.label())) {
                r.audit().append(now, me.signature(), number, "recevabilité", oldValue, value.label());
            }
            String oldReason = previous.map(AdmissibilityOverride::reason).orElse(null);
            if (!override.reason().equals(oldReason)) {
                r.audit().append(now, me.signature(), number, "recevabilité (motif)", oldReason, override.reason());
            }
            r.overrides().save(override);
            return override;
        });
    }
}
