package fr.ptce.workbench.application.kit;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.Euros;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.kit.Pseudonymiser;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.persistence.Repositories;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of a dossier an expert reads in a kit, and its content version: the SHA-256 of those texts without
 * the referent, so that a re-imported DS export that changes what the expert scored is noticed. A phase-1 dossier
 * shows its sections; a phase-2 dossier (« dossier additionnel ») its phase-2 sections, budget lines and third
 * year, the referent being its phase-1 dossier's.
 */
final class KitTexts {

    static final String PROJECT = "Projet";

    private KitTexts() {}

    /** A dossier as a kit shows it: its number, project name, (heading, text) pairs and content version. */
    record KitDossier(String number, String project, List<Map.Entry<String, String>> texts, String version) {}

    /**
     * The dossier of this number, of the phase its number says, as a kit shows it (the referent left out when
     * pseudonymised).
     */
    static KitDossier dossier(Repositories r, String number, boolean pseudonymised) {
        if (Instruction.phaseOf(r, number) == Phase.ONE) {
            Dossier d = Instruction.dossier(r, number);
            return new KitDossier(
                    number,
                    new Pseudonymiser(pseudonymised ? d.referent() : null).apply(d.projectName()),
                    masked(content(d), d.referent(), pseudonymised),
                    version(content(d)));
        }
        Phase2Dossier d = r.phase2().find(number).orElseThrow(() -> Instruction.unknown(number));
        Optional<Dossier> phase1 =
                Optional.ofNullable(d.phase1Number()).flatMap(n -> r.dossiers().find(n));
        Referent referent = phase1.map(Dossier::referent).orElse(null);
        List<Map.Entry<String, String>> content = content(d, phase1);
        return new KitDossier(
                number,
                new Pseudonymiser(pseudonymised ? referent : null).apply(d.projectName()),
                masked(content, referent, pseudonymised),
                version(content));
    }

    /** The (heading, text) pairs of the kit's {@code Dossiers} sheet, the referent left out when pseudonymised. */
    private static List<Map.Entry<String, String>> masked(
            List<Map.Entry<String, String>> content, Referent r, boolean pseudonymised) {
        Pseudonymiser mask = new Pseudonymiser(pseudonymised ? r : null);
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        for (Map.Entry<String, String> t : content) {
            texts.add(entry(t.getKey(), mask.apply(t.getValue())));
        }
        if (!pseudonymised && r != null) {
            texts.add(2, entry("Référent", join(r.name(), r.function(), r.email(), r.phone())));
        }
        return texts;
    }

    private static String version(List<Map.Entry<String, String>> content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> t : content) {
                digest.update((t.getKey() + "\t" + t.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static List<Map.Entry<String, String>> content(Dossier d) {
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        texts.add(entry(PROJECT, d.projectName()));
        texts.add(entry("Structure porteuse", structure(d)));
        texts.add(entry("Région", d.region()));
        for (Section s : Section.values()) {
            texts.add(entry(s.name() + " — " + s.title(), d.sections().text(s)));
        }
        return texts;
    }

    /** A phase-2 dossier's texts: its phase-2 sections, its budget lines and the third year asked. */
    private static List<Map.Entry<String, String>> content(Phase2Dossier d, Optional<Dossier> phase1) {
        List<Map.Entry<String, String>> texts = new ArrayList<>();
        texts.add(entry(PROJECT, d.projectName()));
        texts.add(entry("Structure porteuse", phase1.map(KitTexts::structure).orElse("SIRET " + d.siret())));
        texts.add(entry("Région", phase1.map(Dossier::region).orElse("")));
        texts.add(entry("Dossier de phase 1", d.phase1Number()));
        for (Phase2Champ champ : Phase2Champ.values()) {
            if (champ.type() == Phase2Champ.Type.TEXTAREA) {
                texts.add(entry(champ.order() + ". " + champ.label(), d.text(champ)));
            }
            if (champ == Phase2Champ.BUDGET) {
                texts.add(entry(champ.order() + ". " + champ.label(), budget(d.budget())));
            }
            if (champ == Phase2Champ.THIRD_YEAR) {
                texts.add(entry(
                        champ.order() + ". " + champ.label(),
                        d.thirdYearRequested() == null ? "" : d.thirdYearRequested() ? "Oui" : "Non"));
            }
        }
        return texts;
    }

    private static String budget(List<BudgetLine> lines) {
        List<String> out = new ArrayList<>();
        for (BudgetLine l : lines) {
            out.add(join(
                    l.yearText(),
                    l.postText(),
                    "État\u00a0: " + (l.stateAmount() == null ? "—" : Euros.format(l.stateAmount())),
                    l.otherAmount() == null ? null : "autres financements\u00a0: " + Euros.format(l.otherAmount()),
                    l.description()));
        }
        return String.join("\n", out);
    }

    private static String structure(Dossier d) {
        return d.structure() == null
                ? ""
                : join(d.structure().name(), d.structure().legalForm());
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p.strip());
            }
        }
        return String.join(" — ", present);
    }

    private static Map.Entry<String, String> entry(String heading, String text) {
        return new AbstractMap.SimpleImmutableEntry<>(heading, text == null ? "" : text);
    }
}
