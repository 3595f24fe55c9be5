package fr.ptce.workbench.ui.national;

import fr.ptce.workbench.application.national.GenerateLetters;
import fr.ptce.workbench.domain.letters.Letter;
import fr.ptce.workbench.domain.letters.LetterKind;
import fr.ptce.workbench.ui.fx.EscapeCloses;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import fr.ptce.workbench.ui.fx.Theme;
import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * The « Courriers » window, opened from the national view: the kind and template choosers on top, the letters of
 * the recorded decisions on the left, the chosen one's text on the right, and « Générer les courriers… » with
 * progress and Annuler at the bottom. Sends nothing.
 */
public final class LettersWindow {

    private final Stage stage = new Stage();
    private final LettersViewModel model;
    private final TaskRunner runner;
    private final Messages messages;

    private LettersWindow(Stage owner, LettersViewModel model, TaskRunner runner, Messages messages) {
        this.model = model;
        this.runner = runner;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("letters.title"));
        // top, list and preview, bottom: the Tab order follows the children's order
        BorderPane root = new BorderPane();
        root.setTop(top());
        root.setCenter(center());
        root.setBottom(bottom());
        root.setId("lettersView");
        root.getStyleClass().add("secondary-window");
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, Math.max(980, owner.getWidth() * 0.85), Math.max(640, owner.getHeight() * 0.85));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        Theme.style(scene);
        stage.setScene(scene);
        EscapeCloses.install(stage);
    }

    /** Opens the « Courriers » window and reads the letters of the chosen kind. */
    public static void show(Stage owner, LettersViewModel model, TaskRunner runner, Messages messages) {
        new LettersWindow(owner, model, runner, messages).stage.show();
        model.refresh();
    }

    private VBox top() {
        ComboBox<LetterKind> kind = new ComboBox<>(model.kinds());
        kind.setId("lettersKind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(LetterKind value) {
                return value == null ? "" : messages.get("letters.kind." + value.key());
            }

            @Override
            public LetterKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        Label templateName = new Label();
        templateName.setId("lettersTemplateName");
        templateName.textProperty().bind(model.templateNameProperty());
        Button choose = button("lettersChooseTemplate", "letters.template.choose", () -> {
            FileChooser chooser = docxChooser();
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                model.useTemplate(file.toPath());
            }
        });
        Button byDefault = button("lettersDefaultTemplate", "letters.template.useDefault", model::useDefaultTemplate);
        byDefault.disableProperty().bind(model.templateProperty().isNull());
        Button save = button("lettersSaveTemplate", "letters.template.save", () -> {
            FileChooser chooser = docxChooser();
            chooser.setInitialFileName(
                    GenerateLetters.defaultTemplate(model.kindProperty().get()));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                model.saveDefaultTemplate(file.toPath());
            }
        });
        HBox kindRow = new HBox(8, new Label(messages.get("letters.kind")), kind);
        kindRow.setAlignment(Pos.CENTER_LEFT);
        HBox templateRow =
                new HBox(8, new Label(messages.get("letters.template")), templateName, choose, byDefault, save);
        templateRow.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("lettersCount");
        count.textProperty().bind(model.countProperty());
        VBox top = new VBox(8, kindRow, templateRow, count);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private SplitPane center() {
        ListView<Letter> list = new ListView<>(model.letters());
        list.setId("lettersList");
        list.setAccessibleText(messages.get("letters.list.accessible"));
        list.setPlaceholder(new Label(messages.get("letters.list.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Letter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.describe(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        TextArea preview = new TextArea();
        preview.setId("lettersPreview");
        preview.setAccessibleText(messages.get("letters.preview.accessible"));
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        KeyFocus.tabLeaves(preview);
        VBox right = new VBox(4, new Label(messages.get("letters.preview")), preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.38);
        return split;
    }

    private VBox bottom() {
        Button generate = button("lettersGenerate", "letters.generate", () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("letters.generate.title"));
            File folder = chooser.showDialog(stage);
            if (folder != null) {
                model.generate(folder.toPath());
            }
        });
        generate.disableProperty()
                .bind(runner.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.letters())));
        ProgressBar progress = new ProgressBar();
        progress.setId("lettersProgress");
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.busyProperty());
        Button cancel = button("lettersCancel", "letters.cancel", runner::cancel);
        cancel.visibleProperty().bind(runner.busyProperty());
        HBox actions = new HBox(8, generate, progress, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getChildren().stream()
                .filter(n -> n instanceof Button)
                .forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        TextArea outcome = new TextArea();
        outcome.setId("lettersMessage");
        outcome.setAccessibleText(messages.get("letters.message.accessible"));
        outcome.setEditable(false);
        outcome.setWrapText(true);
        outcome.setPrefRowCount(3);
        outcome.textProperty().bind(model.messageProperty());
        KeyFocus.tabLeaves(outcome);
        Label never = new Label(messages.get("letters.noMail"));
        VBox bottom = new VBox(8, actions, outcome, never);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        return bottom;
    }

    private FileChooser docxChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(messages.get("letters.template.filter"), "*.docx"));
        return chooser;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
