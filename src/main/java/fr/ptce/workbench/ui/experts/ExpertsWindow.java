package fr.ptce.workbench.ui.experts;

import fr.ptce.workbench.application.kit.ExpertProgress;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.application.kit.KitImportCheck;
import fr.ptce.workbench.ui.fx.ColumnFit;
import fr.ptce.workbench.ui.fx.EscapeCloses;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import fr.ptce.workbench.ui.fx.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The experts window: progress per expert, adding an expert, assigning dossiers (or recording a conflict of
 * interest), exporting and importing kits with a dialog for the decisions a returned kit needs, the dossiers to
 * discuss.
 */
public final class ExpertsWindow {

    private final Stage stage = new Stage();
    private final ExpertsViewModel viewModel;
    private final Messages messages;
    private final TableView<ExpertProgress> table = new TableView<>();

    public ExpertsWindow(Stage owner, ExpertsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("experts.title"));
        table.setId("expertsTable");
        table.setItems(viewModel.experts());
        table.setPlaceholder(new Label(messages.get("experts.none")));
        table.setAccessibleText(messages.get("experts.table.accessible"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("experts.name", p -> p.expert().name(), 160));
        table.getColumns().add(column("experts.email", p -> p.expert().email(), 200));
        table.getColumns().add(column("experts.organisation", p -> p.expert().organisation(), 140));
        table.getColumns().add(column("experts.sent", p -> String.valueOf(p.kitsSent()), 70));
        table.getColumns().add(column("experts.returned", p -> String.valueOf(p.kitsReturned()), 70));
        table.getColumns().add(column("experts.scored", p -> p.scored() + " / " + p.assigned(), 80));
        table.getColumns().add(column("experts.late", p -> p.late() ? messages.get("experts.lateYes") : "", 80));

        TextField name = field("expertName", "experts.name");
        TextField email = field("expertEmail", "experts.email");
        TextField organisation = field("expertOrganisation", "experts.organisation");
        Button add = button(
                "addExpert",
                "experts.add",
                () -> viewModel.addExpert(name.getText(), email.getText(), organisation.getText()));
        TextField numbers = field("assignNumbers", "experts.numbers");
        CheckBox conflict = new CheckBox(messages.get("experts.conflict"));
        conflict.setId("assignConflict");
        Button assign = button(
                "assignDossiers",
                "experts.assign",
                () -> selectedEmail().ifPresent(e -> viewModel.assign(e, numbers.getText(), conflict.isSelected())));
        CheckBox pseudonymise = new CheckBox(messages.get("experts.pseudonymise"));
        pseudonymise.setId("pseudonymise");
        Button export = button(
                "exportKit",
                "experts.export",
                () -> selectedEmail().ifPresent(e -> {
                    FileChooser chooser = chooser();
                    chooser.setInitialFileName(viewModel.kitFileName(
                            table.getSelectionModel().getSelectedItem().expert().name()));
                    File file = chooser.showSaveDialog(stage);
                    if (file != null) {
                        viewModel.exportKit(e, pseudonymise.isSelected(), file.toPath());
                    }
                }));
        Button importKit = button("importKit", "experts.import", () -> {
            File file = chooser().showOpenDialog(stage);
            if (file != null) {
                importKit(file.toPath());
            }
        });
        Label kitPhase = new Label();
        kitPhase.setId("kitPhase");
        // on its own line: beside the kit's buttons, the window's default width cut it
        kitPhase.setWrapText(true);
        kitPhase.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        kitPhase.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> messages.format(
                                "experts.kitPhase",
                                viewModel.phaseProperty().getValue().number()),
                        viewModel.phaseProperty()));
        Label message = new Label();
        message.setId("expertsMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        ListView<String> discuss = new ListView<>(viewModel.toDiscuss());
        discuss.setId("toDiscuss");
        discuss.setPrefHeight(120);
        discuss.setPlaceholder(new Label(messages.get("experts.nothingToDiscuss")));

        Label discussHeading = Nodes.heading(messages.get("experts.toDiscuss"), "toDiscussHeading");
        discussHeading.setLabelFor(discuss);
        VBox root = new VBox(
                8,
                table,
                new HBox(8, name, email, organisation, add),
                new HBox(8, numbers, conflict, assign),
                kitPhase,
                new HBox(8, pseudonymise, export, importKit),
                message,
                discussHeading,
                discuss);
        root.getStyleClass().add("secondary-window");
        root.setSpacing(12);
        VBox.setVgrow(table, Priority.ALWAYS);
        stage.setScene(new Scene(root, 900, 620));
        Theme.style(stage.getScene());
        EscapeCloses.install(stage);
    }

    public void show() {
        viewModel.refresh();
        stage.show();
    }

    /** Imports a returned kit (chosen or dropped on the main window), asking when it needs a decision. */
    public void importKit(Path file) {
        viewModel.importKit(file, KitDecisions.NONE, check -> decide(file, check));
    }

    private void decide(Path file, KitImportCheck check) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle(messages.get("experts.decisionTitle"));
        alert.setHeaderText(messages.get("experts.decisionNeeded"));
        TextArea text = new TextArea(check.describe());
        text.setEditable(false);
        KeyFocus.tabLeaves(text);
        text.setWrapText(true);
        CheckBox valid = new CheckBox(messages.get("experts.acceptValid"));
        CheckBox changed = new CheckBox(messages.get("experts.acceptChanged"));
        CheckBox replace = new CheckBox(messages.get("experts.replace"));
        valid.setVisible(!check.problems().isEmpty());
        changed.setVisible(!check.changedDossiers().isEmpty());
        replace.setVisible(check.secondReturn());
        alert.getDialogPane().setContent(new VBox(8, text, valid, changed, replace));
        alert.showAndWait()
                .filter(b -> b == ButtonType.OK)
                .ifPresent(b -> viewModel.importKit(
                        file,
                        new KitDecisions(valid.isSelected(), changed.isSelected(), replace.isSelected()),
                        again -> decide(file, again)));
    }

    private java.util.Optional<String> selectedEmail() {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .map(p -> p.expert().email());
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("experts.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        return chooser;
    }

    private TextField field(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.setAccessibleText(messages.get(promptKey));
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private TableColumn<ExpertProgress, String> column(
            String key, Function<ExpertProgress, String> value, double width) {
        TableColumn<ExpertProgress, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        ColumnFit.header(column);
        column.setCellFactory(c -> new ColumnFit.TooltipCell<>());
        return column;
    }
}
