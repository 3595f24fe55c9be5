package fr.ptce.workbench.ui;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window: menu bar, dossier list and reader pane side by side, status bar. Built from its view
 * model, so that a test can show it on an in-memory workspace with any task runner.
 */
public final class MainWindow {

    private static final String STYLESHEET = "workbench.css";

    private final Stage stage;

    public MainWindow(Stage stage, MainViewModel viewModel, Messages messages) {
        this.stage = stage;
        DossierListView list = new DossierListView(viewModel, messages);
        ReaderPane reader = new ReaderPane(viewModel.reader(), messages);
        SplitPane split = new SplitPane(list, reader);
        split.setId("mainSplit");
        split.setDividerPositions(0.45);

        BorderPane root = new BorderPane(split);
        root.setId("mainWindow");
        root.setTop(new WorkbenchMenu(stage, viewModel, messages));
        root.setBottom(new StatusBar(viewModel, messages));

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), list::focusFilter);

        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(1100);
        stage.setMinHeight(700);
        viewModel.lastImportProperty().addListener((o, old, report) -> {
            if (report != null) {
                ImportReportDialog.show(stage, messages, report);
            }
        });
        viewModel.mappingRequestProperty().addListener((o, old, request) -> {
            if (request != null) {
                ColumnMappingDialog.show(stage, messages, request, accepted -> {
                    if (accepted) {
                        viewModel.acceptMapping();
                    } else {
                        viewModel.cancelMapping();
                    }
                });
            }
        });
    }

    /** Shows the window, the keyboard focus in the dossier list (the filter's prompt stays visible). */
    public void show() {
        stage.show();
        stage.getScene().lookup("#dossierTable").requestFocus();
    }
}
