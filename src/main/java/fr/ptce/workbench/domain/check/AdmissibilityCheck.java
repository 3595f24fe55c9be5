package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.campaign.Wave;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.Dossier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The call's admissibility rule: « Tout dossier incomplet et/ou soumis hors délai ne sera pas recevable pour la
 * première vague. L'AMI étant permanent, en cas de dossier complet remis hors délai, ce dernier sera instruit au fil
 * de l'eau ». Complete means every required champ filled (the statutes included) and the attestation ticked; an
 * incomplete dossier is « incomplet » even when it is also late. A complete dossier belongs to the first wave whose
 * deadline it meets: « recevable » in a dated wave, « hors délai » in the rolling track (instructed there, not
 * refused) or when no wave takes it.
 */
public final class AdmissibilityCheck {

    private AdmissibilityCheck() {}

    /**
     * The verdict, the labels of the missing champs in form order, and the dossier's wave.
     *
     * @param wave the wave the deposit belongs to, empty when it is late for every wave of the campaign
     */
    public record Result(Admissibility admissibility, List<String> missing, Optional<Wave> wave) {

        public Result {
            missing = List.copyOf(missing);
        }

        /** Whether the dossier can be instructed in a wave: complete, and a wave (dated or rolling) takes it. */
        public boolean instructable() {
            return admissibility != Admissibility.INCOMPLET && wave.isPresent();
        }
    }

    public static Result assess(Dossier dossier, Campaign campaign) {
        List<String> missing = missingChamps(dossier);
        Optional<Wave> wave = campaign.waveOf(dossier.tracking().depositedAt());
        if (!missing.isEmpty()) {
            return new Result(Admissibility.INCOMPLET, missing, wave);
        }
        boolean inDatedWave = wave.map(w -> !w.rolling()).orElse(false);
        return new Result(inDatedWave ? Admissibility.RECEVABLE : Admissibility.HORS_DELAI, missing, wave);
    }

    /**
     * The admissibility that counts: PESSII's own (its DS annotation « Recevabilité (PESSII) ») when given, else the
     * computed one.
     */
    public static Admissibility effective(Dossier dossier, Campaign campaign) {
        return pessii(dossier).orElseGet(() -> assess(dossier, campaign).admissibility());
    }

    /** PESSII's annotation, when it names an admissibility. */
    public static Optional<Admissibility> pessii(Dossier dossier) {
        return dossier.annotations() == null
                ? Optional.empty()
                : Admissibility.fromLabel(dossier.annotations().pessiiAdmissibility());
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
