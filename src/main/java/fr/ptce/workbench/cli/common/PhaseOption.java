package fr.ptce.workbench.cli.common;

import fr.ptce.workbench.domain.campaign.Phase;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --phase 1|2} option of the instruction's commands ({@code score}, {@code avis}, {@code export-avis},
 * {@code consolidate}): optional where the dossier's number or the workbook says the phase (then checked against
 * it), else phase 1 by default.
 */
public final class PhaseOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(
            names = "--phase",
            paramLabel = "1|2",
            description = "Phase\u00a0: 1 (dossiers de l'appel) ou 2 (dossiers additionnels)\u00a0; par défaut, celle"
                    + " que disent le numéro du dossier ou le classeur, sinon 1.")
    private Integer phase;

    /**
     * The phase asked, null when the option is absent.
     *
     * @throws CommandLine.ParameterException when it is neither 1 nor 2
     */
    public Phase asked() {
        if (phase == null) {
            return null;
        }
        if (phase != 1 && phase != 2) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--phase vaut 1 ou 2.");
        }
        return Phase.of(phase);
    }

    /** The phase asked, phase 1 when the option is absent. */
    public Phase orFirst() {
        Phase asked = asked();
        return asked == null ? Phase.ONE : asked;
    }
}
