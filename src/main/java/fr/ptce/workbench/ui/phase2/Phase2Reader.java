package fr.ptce.workbench.ui.phase2;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.ui.fx.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The reader of a phase-2 dossier: its link to the phase-1 dossier (followed by a click), its checks — alerts in
 * red —, its budget lines and its texts with their length against the limit.
 */
final class Phase2Reader extends ScrollPane {

    private final Phase2ViewModel viewModel;
    private final Messages messages;
    private final VBox content = new VBox(14);

    Phase2Reader(Phase2ViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("phase2Reader");
        setFitToWidth(true);
        setAccessibleText(messages.get("phase2.reader.accessible"));
        content.setPadding(new Insets(16));
        content.getStyleClass().add("reader");
        setContent(content);
        viewModel.selectedProperty().addListener((o, old, view) -> render(view));
        render(viewModel.selectedProperty().get());
    }

    private void render(Phase2View view) {
        if (view == null) {
            Label placeholder = new Label(messages.get("phase2.reader.placeholder"));
            placeholder.getStyleClass().add("placeholder");
            content.getChildren().setAll(placeholder);
            return;
        }
        Phase2Dossier d = view.dossier();
        Label title = new Label(
                messages.format("phase2.reader.title", d.number(), d.projectName() == null ? "" : d.projectName()));
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        content.getChildren().setAll(title, phase1Link(view), checks(), new Separator(), budget(d), new Separator());
        for (Phase2Champ champ : Phase2Champ.values()) {
            if (champ.type() == Phase2Champ.Type.TEXTAREA) {
                content.getChildren().add(section(champ, d.text(champ)));
            }
        }
        setVvalue(0);
    }

    private Node phase1Link(Phase2View view) {
        String number = view.dossier().phase1Number();
        if (view.link().found()) {
            Hyperlink link = new Hyperlink(messages.format("phase2.reader.toPhase1", number));
            link.setId("phase1Link");
            link.setOnAction(e -> viewModel.openPhase1());
            return link;
        }
        Label none = new Label(messages.format("phase2.reader.noPhase1", number == null ? "—" : number));
        none.setId("phase1Link");
        none.getStyleClass().add("flagged");
        return none;
    }

    private Node checks() {
        GridPane grid = new GridPane();
        grid.setId("phase2Checks");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setMinWidth(80);
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        int row = 0;
        for (Phase2CheckLine line : viewModel.checkLines()) {
            Label name = new Label(line.name());
            name.getStyleClass().add("field-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(line.value());
            value.setId(line.id());
            value.setWrapText(true);
            if (line.alert()) {
                value.getStyleClass().add("flagged");
            }
            value.setAccessibleText(line.name() + "\u00a0: " + line.value());
            grid.addRow(row++, name, value);
        }
        return grid;
    }

    private Node budget(Phase2Dossier d) {
        VBox box = new VBox(6);
        Label title = new Label(Phase2Champ.BUDGET.label());
        title.getStyleClass().add("section-title");
        box.getChildren().add(title);
        if (!d.budgetKnown() || d.budget().isEmpty()) {
            Label none =
                    new Label(messages.get(d.budgetKnown() ? "phase2.reader.noBudget" : "phase2.check.budget.unknown"));
            none.getStyleClass().add("section-empty");
            box.getChildren().add(none);
            return box;
        }
        GridPane grid = new GridPane();
        grid.setId("phase2Budget");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.addRow(
                0,
                header("phase2.budget.post"),
                header("phase2.budget.year"),
                header("phase2.budget.state"),
                header("phase2.budget.other"),
                header("phase2.budget.description"));
        // the post and the description wrap; the year and the amounts always show whole
        for (int c = 0; c < 5; c++) {
            ColumnConstraints column = new ColumnConstraints();
            boolean wraps = c == 0 || c == 4;
            column.setMinWidth(wraps ? 80 : Region.USE_PREF_SIZE);
            column.setHgrow(wraps ? javafx.scene.layout.Priority.SOMETIMES : javafx.scene.layout.Priority.NEVER);
            grid.getColumnConstraints().add(column);
        }
        int row = 1;
        for (BudgetLine line : d.budget()) {
            Label post = wrapped(line.postText());
            if (line.post() == fr.ptce.workbench.domain.phase2.BudgetPost.DEPRECIABLE_ASSETS) {
                post.getStyleClass().add("flagged");
            }
            grid.addRow(
                    row++,
                    post,
                    new Label(line.yearText()),
                    new Label(Phase2CheckLine.euros(line.stateAmount())),
                    new Label(Phase2CheckLine.euros(line.otherAmount())),
                    wrapped(line.description() == null ? "" : line.description()));
        }
        box.getChildren().add(grid);
        return box;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-name");
        return label;
    }

    private Node section(Phase2Champ champ, String text) {
        Label title = new Label(champ.label());
        title.getStyleClass().add("section-title");
        int length = text.codePointCount(0, text.length());
        Label count = new Label(messages.format("phase2.reader.length", length, champ.limit()));
        if (length > champ.limit()) {
            count.getStyleClass().add("flagged");
        }
        Label body = new Label(text.isBlank() ? messages.get("phase2.reader.emptyText") : text);
        body.setWrapText(true);
        body.getStyleClass().add(text.isBlank() ? "section-empty" : "section-text");
        VBox box = new VBox(4, title, count, body);
        box.getStyleClass().add("section");
        return box;
    }
}
