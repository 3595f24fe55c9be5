package fr.ptce.workbench.ui.national;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.ui.common.ChangeConflictDialog;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Required;
import java.time.LocalDate;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.util.Pair;

/**
 * The national view's questions: the cabinet's decision, the written reason of an override, and a decision changed by
 * someone else meanwhile.
 */
final class NationalDialogs {

    private NationalDialogs() {}

    /** Asks who decided and on which day, then records the cabinet's decision on every current proposal. */
    static void confirm(Stage stage, Messages messages, NationalViewModel model) {
        Dialog<Pair<Pair<String, LocalDate>, Boolean>> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("national.confirm.title"));
        dialog.setHeaderText(messages.get("national.confirm.header"));
        TextField by = new TextField(messages.get("national.confirm.by"));
        by.setId("confirmBy");
        DatePicker on = new DatePicker(LocalDate.now());
        on.setId("confirmOn");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("national.confirm.byLabel")), by);
        form.addRow(1, new Label(messages.get("national.confirm.onLabel")), on);
        CheckBox others = new CheckBox(messages.get("letters.confirm.notRetained"));
        others.setId("confirmNotRetained");
        form.add(others, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b ->
                b == ButtonType.OK ? new Pair<>(new Pair<>(by.getText(), on.getValue()), others.isSelected()) : null);
        dialog.showAndWait()
                .ifPresent(p -> model.confirm(p.getKey().getKey(), p.getKey().getValue(), p.getValue()));
    }

    /** Offers to override a refused proposal with a written reason, which the audit trail and workbook keep. */
    static void override(
            Stage stage, Messages messages, NationalViewModel model, NationalViewModel.OverrideRequest request) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("national.override.title"));
        dialog.setHeaderText(request.refusal());
        dialog.setContentText(messages.get("national.override.reason"));
        dialog.getEditor().setId("overrideReason");
        Required.validate(
                dialog.getDialogPane().lookupButton(ButtonType.OK),
                validation -> validation.registerValidator(
                        dialog.getEditor(), Required.text(messages.get("national.override.reasonRequired"))));
        dialog.showAndWait()
                .filter(reason -> !reason.isBlank())
                .ifPresentOrElse(
                        reason -> model.override(request, reason),
                        () -> model.overrideRequestProperty().set(null));
    }

    /** Shows a decision refused over someone else's newer one beside theirs: keep mine saves it again over theirs. */
    static void conflict(Stage stage, Messages messages, NationalViewModel model) {
        ConcurrentChangeException open = model.conflict().openProperty().get();
        if (open == null) {
            return;
        }
        ChangeConflictDialog.answer(
                stage, messages, model.conflict(), words(messages, open.theirs()), words(messages, open.mine()));
    }

    /** A decision in words, the tie-break order as written. */
    private static String words(Messages messages, Object version) {
        return version instanceof NationalDecision decision
                ? words(messages, decision)
                : version == null ? "" : version.toString();
    }

    /** « Lauréat phase 1 : oui / Invité phase 2 : non ». */
    static String words(Messages messages, NationalDecision decision) {
        return decision == null
                ? ""
                : messages.format(
                        "conflict.decision",
                        messages.get(decision.laureate() ? "conflict.yes" : "conflict.no"),
                        messages.get(decision.invited() ? "conflict.yes" : "conflict.no"));
    }
}
