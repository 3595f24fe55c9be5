package fr.ptce.workbench.domain.offline;

import java.util.Map;
import java.util.Optional;

/**
 * The user's choices for the conflicts of a check-in: one for every dossier ({@code --keep local}) and some per
 * dossier ({@code --keep 123=server}), the dossier's own winning.
 */
public record CheckinChoices(Optional<Keep> all, Map<String, Keep> perDossier) {

    /** No choice: every conflict stays unresolved and nothing is sent. */
    public static final CheckinChoices NONE = new CheckinChoices(Optional.empty(), Map.of());

    public CheckinChoices {
        perDossier = Map.copyOf(perDossier);
    }

    /** The choice for this dossier, if any. */
    public Optional<Keep> forDossier(String dossier) {
        Keep own = perDossier.get(dossier);
        return own != null ? Optional.of(own) : all;
    }

    /** These choices with one more per dossier. */
    public CheckinChoices with(String dossier, Keep keep) {
        Map<String, Keep> more = new java.util.HashMap<>(perDossier);
        more.put(dossier, keep);
        return new CheckinChoices(all, more);
    }
}
