package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.application.review.ConcurrentAvisChangeException;
import fr.ptce.workbench.domain.CallTime;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * « Ghislaine Morel a modifié cet avis à 10:42 »: the stored avis and the one typed here side by side, field by
 * field, to keep mine, keep theirs or merge the texts. Closed without a choice, the typed avis stays in the form,
 * unsaved.
 */
final class AvisConflictDialog {

    private AvisConflictDialog() {}

    static Optional<AvisViewModel.ConflictChoice> ask(
            Window owner, Messages messages, ConcurrentAvisChangeException conflict) {
        ButtonType mine = new ButtonType(messages.get("avis.conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType theirs = new ButtonType(messages.get("avis.conflict.keepTheirs"), ButtonBar.ButtonData.NO);
        ButtonType merge = new ButtonType(messages.get("avis.conflict.merge"), ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType(messages.get("avis.conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<AvisViewModel.ConflictChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("avis.conflict.title"));
        Avis stored = conflict.theirs();
        // worded by the window, at the window's time like every « enregistré par … le … » of it
        dialog.setHeaderText(AvisVersions.changedBy(messages, stored));
        Avis typed = conflict.mine();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(
                0,
                new Label(),
                bold(messages.format(
                        "avis.conflict.theirs", stored.author(), Formats.dateTime(stored.at(), CallTime.PARIS))),
                bold(messages.get("avis.conflict.mine")));
        int row = 1;
        List<Field> fields = List.of(
                new Field(
                        "avis.recommendation",
                        "Recommendation",
                        a -> a.recommendation().label(),
                        false),
                new Field(
                        "avis.phase2",
                        "Phase2",
                        a -> messages.get(a.proposedForPhase2() ? "avis.conflict.yes" : "avis.conflict.no"),
                        false),
                new Field("avis.motivation", "Motivation", Avis::motivation, true),
                new Field("avis.strengths", "Strengths", Avis::strengths, true),
                new Field("avis.attention", "Attention", Avis::attentionPoints, true));
        for (Field field : fields) {
            grid.addRow(
                    row++,
                    fieldLabel(messages.get(field.key())),
                    value("avisConflictTheirs" + field.id(), field.value().apply(stored), field.long_()),
                    value("avisConflictMine" + field.id(), field.value().apply(typed), field.long_()));
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("avisConflictDialog");
        dialog.getDialogPane().getButtonTypes().addAll(mine, theirs, merge, later);
        dialog.getDialogPane().lookupButton(mine).setId("avisConflictKeepMine");
        dialog.getDialogPane().lookupButton(theirs).setId("avisConflictKeepTheirs");
        dialog.getDialogPane().lookupButton(merge).setId("avisConflictMerge");
        dialog.getDialogPane().lookupButton(later).setId("avisConflictLater");
        for (ButtonType button : List.of(mine, theirs, merge, later)) {
            // the buttons' whole words: the bar widens the dialog rather than cutting them
            ((Region) dialog.getDialogPane().lookupButton(button)).setMinWidth(Region.USE_PREF_SIZE);
        }
        dialog.setResultConverter(button -> button == mine
                ? AvisViewModel.ConflictChoice.KEEP_MINE
                : button == theirs
                        ? AvisViewModel.ConflictChoice.KEEP_THEIRS
                        : button == merge ? AvisViewModel.ConflictChoice.MERGE : null);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }

    private record Field(String key, String id, Function<Avis, String> value, boolean long_) {}

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Region value(String id, String text, boolean long_) {
        if (!long_) {
            Label label = new Label(text == null ? "" : text);
            label.setId(id);
            return label;
        }
        TextArea area = new TextArea(text == null ? "" : text);
        area.setId(id);
        area.setEditable(false);
        KeyFocus.tabLeaves(area);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(26);
        GridPane.setHgrow(area, Priority.ALWAYS);
        return area;
    }
}
