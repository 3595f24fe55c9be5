package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.check.LegalFormVerdict;
import fr.ptce.workbench.domain.check.LegalFormWords;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Territory;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Builds the identity grid of the reader pane: structure, DS tracking, referent and territory. */
final class IdentitySection {

    private final Messages messages;
    private final ReaderText text;

    IdentitySection(Messages messages, ReaderText text) {
        this.messages = messages;
        this.text = text;
    }

    VBox build(DossierView view) {
        Dossier dossier = view.dossier();
        CarrierStructure structure = dossier.structure();
        Referent referent = dossier.referent();
        Territory territory = dossier.territory();
        DossierChecks checks = view.checks();
        GridPane grid = new GridPane();
        grid.setId("identityGrid");
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);

        Rows rows = new Rows(grid);
        rows.add("identity.structure", text.orDash(structure.name()), false);
        LegalFormVerdict legalForm = checks.legalForm();
        boolean notEligible = legalForm.status() == LegalFormVerdict.Status.NOT_ELIGIBLE;
        rows.add("identity.legalForm", text.orDash(structure.legalForm()), notEligible);
        rows.add("identity.inseeCategory", category(legalForm.category()), false);
        LegalFormWords words = LegalFormWords.in(messages.locale());
        rows.add(
                "identity.legalFormCheck",
                words.status(legalForm.status()) + " — " + words.explanation(legalForm),
                notEligible || legalForm.status() == LegalFormVerdict.Status.ESUS_TO_CHECK);
        if (legalForm.disagrees()) {
            rows.add("identity.legalFormDisagreement", words.disagreement(legalForm), true);
        }
        rows.add("identity.siret", text.orDash(structure.siret()), Boolean.FALSE.equals(checks.siretValid()));
        rows.add("identity.raisonSociale", text.orDash(structure.raisonSociale()), false);
        rows.add("identity.address", text.orDash(structure.address()), false);
        rows.add("identity.region", text.orDash(dossier.region()), false);
        rows.add("identity.group", text.orDash(dossier.tracking().instructorGroup()), false);
        rows.add(
                "identity.state",
                dossier.tracking().state() == null
                        ? text.orDash(null)
                        : dossier.tracking().state().label(),
                false);
        rows.add("identity.depositedAt", text.depositTime(dossier.tracking().depositedAt()), false);
        rows.add("identity.referentName", text.orDash(referent.name()), false);
        rows.add("identity.referentFunction", text.orDash(referent.function()), false);
        rows.add("identity.referentEmail", text.orDash(referent.email()), false);
        rows.add("identity.referentPhone", text.orDash(referent.phone()), false);
        boolean qpvMismatch = checks.qpvMismatch(territory.declaredQpv());
        rows.add(
                "identity.qpv",
                text.declaredDetected(territory.declaredQpv(), checks.qpvDetected())
                        + (qpvMismatch ? " — " + messages.get("identity.mismatch") : ""),
                qpvMismatch);
        boolean zrrMismatch = checks.zrrMismatch(territory.declaredZrr());
        rows.add(
                "identity.zrr",
                text.declaredDetected(territory.declaredZrr(), checks.zrrDetected())
                        + (zrrMismatch ? " — " + messages.get("identity.mismatch") : ""),
                zrrMismatch);
        rows.add("identity.communes", text.communes(territory), false);
        return new VBox(6, Nodes.heading(messages.get("reader.identity"), "identityHeading"), grid);
    }

    /** An INSEE legal category as code — label, or why it is unknown. */
    private String category(InseeLegalCategory category) {
        if (category == null) {
            return messages.get("identity.inseeCategory.unknown");
        }
        return category.label() == null ? category.code() : category.code() + " — " + category.label();
    }

    /** Appends name/value rows to the grid, the name label pointing at its value for screen readers. */
    private final class Rows {

        private final GridPane grid;
        private int row;

        Rows(GridPane grid) {
            this.grid = grid;
        }

        void add(String key, String value, boolean flagged) {
            Label name = new Label(messages.get(key));
            name.getStyleClass().add("field-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label shown = Nodes.text(value);
            shown.setId(key.replace("identity.", "identity-"));
            if (flagged) {
                shown.getStyleClass().add("flagged");
            }
            name.setLabelFor(shown);
            grid.addRow(row++, name, shown);
        }
    }
}
