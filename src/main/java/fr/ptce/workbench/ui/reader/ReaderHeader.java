package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.check.LegalFormVerdict;
import fr.ptce.workbench.domain.check.LegalFormVerdict.Evidence;
import fr.ptce.workbench.domain.check.LegalFormWords;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import fr.ptce.workbench.ui.fx.Nodes.Tone;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Builds the top of the reader pane: number and project name, the check badges, and the missing champs. */
final class ReaderHeader {

    private final Messages messages;
    private final ReaderText text;

    ReaderHeader(Messages messages, ReaderText text) {
        this.messages = messages;
        this.text = text;
    }

    VBox build(DossierView view) {
        Dossier dossier = view.dossier();
        DossierChecks checks = view.checks();
        Label title = new Label(messages.format("reader.title", dossier.number(), text.orDash(dossier.projectName())));
        title.setId("readerTitle");
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);

        FlowPane badges =
                new FlowPane(8, 6, admissibility(checks), legalForm(checks.legalForm()), siret(checks.siretValid()));
        badges.setId("readerBadges");
        badges.getChildren().add(wave(checks));
        if (view.depositToCheck()) {
            badges.getChildren()
                    .add(Nodes.badge(
                            messages.get("badge.depositToCheck"),
                            "depositToCheckBadge",
                            Tone.WARNING,
                            messages.get("badge.depositToCheck.accessible")));
        }
        if (checks.pessiiAdmissibility() != null) {
            String key = checks.admissibilityDisagreement() ? "badge.pessii.disagrees" : "badge.pessii";
            String said = messages.format(
                    key,
                    checks.pessiiAdmissibility().label(),
                    checks.computedAdmissibility().label());
            badges.getChildren()
                    .add(Nodes.badge(
                            said,
                            "pessiiAdmissibilityBadge",
                            checks.admissibilityDisagreement() ? Tone.WARNING : Tone.NEUTRAL,
                            said));
        }
        if (checks.legalForm().disagrees()) {
            badges.getChildren()
                    .add(Nodes.badge(
                            messages.get("badge.legalForm.disagreement"),
                            "legalFormDisagreementBadge",
                            Tone.WARNING,
                            LegalFormWords.in(messages.locale()).disagreement(checks.legalForm())));
        }
        if (view.alteredBySpreadsheet()) {
            badges.getChildren()
                    .add(Nodes.badge(
                            messages.get("badge.altered"),
                            "alteredBadge",
                            Tone.WARNING,
                            messages.format("badge.altered.accessible", String.join(", ", view.alteredColumns()))));
        }
        if (view.absentFromLastImport()) {
            badges.getChildren()
                    .add(Nodes.badge(
                            messages.get("badge.absent"),
                            "absentBadge",
                            Tone.WARNING,
                            messages.get("badge.absent.accessible")));
        }
        if (!checks.overLimit().isEmpty()) {
            String over = messages.count("badge.overLimit", checks.overLimit().size());
            badges.getChildren().add(Nodes.badge(over, "overLimitBadge", Tone.WARNING, over));
        }
        VBox header = new VBox(8, title, badges);
        if (!checks.missing().isEmpty()) {
            Label missingTitle = new Label(messages.get("reader.missing"));
            missingTitle.getStyleClass().add("field-name");
            VBox missing = new VBox(2);
            missing.setId("missingChamps");
            checks.missing().forEach(label -> missing.getChildren().add(Nodes.text("• " + label)));
            missingTitle.setLabelFor(missing);
            header.getChildren().addAll(missingTitle, missing);
        }
        return header;
    }

    private Label admissibility(DossierChecks checks) {
        Admissibility admissibility = checks.admissibility();
        return Nodes.badge(
                admissibility.label(),
                "admissibilityBadge",
                Nodes.tone(admissibility),
                messages.format("badge.admissibility.accessible", admissibility.label()));
    }

    private Label wave(DossierChecks checks) {
        String said = checks.wave() == null
                ? messages.get("badge.wave.none")
                : checks.wave().rolling()
                        ? messages.format("badge.wave.rolling", checks.wave().name())
                        : messages.format("badge.wave", checks.wave().name());
        if (checks.wave() != null && !checks.wave().rolling()) {
            String deadline = messages.format(
                    "badge.wave.deadline",
                    said,
                    text.parisDateTime(checks.wave().deadline()));
            Label badge = Nodes.badge(said, "waveBadge", Tone.NEUTRAL, deadline);
            badge.setTooltip(new javafx.scene.control.Tooltip(deadline));
            return badge;
        }
        return Nodes.badge(said, "waveBadge", checks.wave() == null ? Tone.BAD : Tone.NEUTRAL, said);
    }

    /** The legal-form verdict; its explanation is what a screen reader says of it. */
    private Label legalForm(LegalFormVerdict verdict) {
        String key = switch (verdict.status()) {
            case ELIGIBLE -> "badge.legalForm.eligible";
            case NOT_ELIGIBLE -> "badge.legalForm.notEligible";
            case ESUS_TO_CHECK -> "badge.legalForm.esusToCheck";
            case UNKNOWN -> verdict.evidence() == Evidence.NONE ? "badge.legalForm.unknown" : "badge.legalForm.flagged";
        };
        Tone tone = switch (verdict.status()) {
            case ELIGIBLE -> Tone.GOOD;
            case NOT_ELIGIBLE -> Tone.BAD;
            case ESUS_TO_CHECK -> Tone.WARNING;
            case UNKNOWN -> Tone.NEUTRAL;
        };
        return Nodes.badge(
                messages.get(key),
                "legalFormBadge",
                tone,
                messages.get(key) + ". " + LegalFormWords.in(messages.locale()).explanation(verdict));
    }

    private Label siret(Boolean valid) {
        String key = valid == null ? "badge.siret.unknown" : valid ? "badge.siret.valid" : "badge.siret.invalid";
        Tone tone = valid == null ? Tone.NEUTRAL : valid ? Tone.GOOD : Tone.BAD;
        return Nodes.badge(messages.get(key), "siretBadge", tone, messages.get(key));
    }
}
