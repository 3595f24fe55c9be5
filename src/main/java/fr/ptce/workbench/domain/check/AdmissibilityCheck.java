package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.Dossier;
import java.util.ArrayList;
import java.util.List;

/**
 * The call's admissibility rule: every required champ filled and the attestation ticked, deposited by the
 * wave's deadline; an incomplete dossier is "incomplet" even when it is also late.
 */
public final class AdmissibilityCheck {

    private AdmissibilityCheck() {
    }

    /** The verdict and the labels of the missing champs, in form order. */
    public record Result(Admissibility admissibility, List<String> missing) {

        public Result {
            missing = List.copyOf(missing);
        }
    }

    public static Result assess(Dossier dossier, Wave wave) {
        List<String> missing = missingChamps(dossier);
        if (!missing.isEmpty()) {
            return new Result(Admissibility.INCOMPLET, missing);
        }
        boolean onTime = wave.onTime(dossier.tracking().depositedAt());
        return new Result(onTime ? Admissibility.RECEVABLE : Admissibility.HORS_DELAI, missing);
    }

    static List<String> missingChamps(Dossier dossier) {
        List<String> missing = new ArrayList<>();
        for (Champ champ : Champ.values()) {
            if (champ.required() && !filled(dossier, champ)) {
                missing.add(champ.label());
            }
        }
        return missing;
    }

    private static boolean filled(Dossier dossier, Champ champ) {
        return switch (champ) {
            case ATTESTATION -> Boolean.TRUE.equals(dossier.attestation());
            default -> !blank(dossier.valueOf(champ));
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
