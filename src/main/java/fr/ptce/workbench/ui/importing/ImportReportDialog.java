package fr.ptce.workbench.ui.importing;

import fr.ptce.workbench.application.importing.ImportReport;
import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The report shown after an import: counts by kind, the changed dossiers with their changed fields, the
 * dossiers absent from the file, remarks on the file, and the row problems.
 */
public final class ImportReportDialog {

    private ImportReportDialog() {}

    public static void show(Stage owner, Messages messages, ImportReport report) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.get("report.title"));
        dialog.setHeaderText(messages.count("report.header", report.dossierCount(), report.fileName()));
        // fixed size: GTK (under openbox) first shows a resizable dialog at a few pixels, cutting its Fermer button
        dialog.setResizable(false);

        GridPane counts = new GridPane();
        counts.setId("reportCounts");
        counts.setHgap(12);
        counts.setVgap(4);
        addCount(counts, 0, messages.get("report.new"), report.newDossiers().size(), "reportNew", messages);
        addCount(counts, 1, messages.get("report.changed"), report.changed().size(), "reportChanged", messages);
        addCount(counts, 2, messages.get("report.unchanged"), report.unchanged().size(), "reportUnchanged", messages);
        addCount(counts, 3, messages.get("report.absent"), report.absent().size(), "reportAbsent", messages);

        VBox content = new VBox(10, counts);
        for (String note : report.notes()) {
            Label label = Nodes.text(note);
            label.getStyleClass().add("report-note");
            content.getChildren().add(label);
        }
        if (!report.changed().isEmpty()) {
            addList(
                    content,
                    messages.get("report.changedList"),
                    "reportChangedList",
                    report.changed().stream()
                            .map(c -> messages.format("report.changedItem", c.number(), String.join(", ", c.fields())))
                            .toList());
        }
        if (!report.absent().isEmpty()) {
            addList(
                    content,
                    messages.get("report.absentList"),
                    "reportAbsentList",
                    report.absent().stream()
                            .map(number -> messages.format("report.absentItem", number))
                            .toList());
        }
        Label problemsTitle =
                new Label(messages.count("report.problems", report.problems().size()));
        problemsTitle.getStyleClass().add("field-name");
        content.getChildren().add(problemsTitle);
        if (!report.problems().isEmpty()) {
            ListView<String> problems = new ListView<>();
            problems.setId("reportProblems");
            problems.getItems()
                    .setAll(report.problems().stream().map(RowProblem::describe).toList());
            problems.setPrefHeight(Math.min(240, 28 * report.problems().size() + 4));
            problemsTitle.setLabelFor(problems);
            content.getChildren().add(problems);
        }
        content.setPrefWidth(620);
        content.setMinHeight(Region.USE_PREF_SIZE);

        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setId("importReport");
        dialog.getDialogPane().setContent(content);
        ButtonType close = Dialogs.closeButton(messages);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().lookupButton(close).setId("importReportClose");
        dialog.show();
    }

    /** A titled list of lines, as high as its lines up to a limit, the title naming it for screen readers. */
    private static void addList(VBox content, String title, String id, List<String> lines) {
        Label label = new Label(title);
        label.getStyleClass().add("field-name");
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.getItems().setAll(lines);
        list.setPrefHeight(Math.min(150, 28 * lines.size() + 4));
        list.setAccessibleText(title);
        label.setLabelFor(list);
        content.getChildren().addAll(label, list);
    }

    private static void addCount(GridPane grid, int row, String name, int count, String id, Messages messages) {
        Label label = new Label(name);
        Label value = new Label(messages.number(count));
        value.setId(id);
        label.setLabelFor(value);
        grid.addRow(row, label, value);
    }
}
