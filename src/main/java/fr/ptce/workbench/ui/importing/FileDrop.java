package fr.ptce.workbench.ui.importing;

import fr.ptce.workbench.ui.fx.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/** Files dragged from the desktop onto the window: DS exports are imported, avis workbooks consolidated. */
public final class FileDrop {

    private FileDrop() {}

    public static void install(Stage stage, Scene scene, DropViewModel viewModel, Messages messages) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && viewModel.accepts(paths(e))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean taken = e.getDragboard().hasFiles();
            if (taken) {
                viewModel.drop(paths(e));
            }
            e.setDropCompleted(taken);
            e.consume();
        });
        viewModel.outcomeProperty().addListener((o, old, text) -> {
            if (text != null && !text.isBlank()) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
                alert.initOwner(stage);
                alert.setTitle(messages.get("drop.title"));
                alert.setHeaderText(messages.get("drop.header"));
                alert.getDialogPane().setId("dropOutcome");
                alert.show();
            }
        });
    }

    private static List<Path> paths(DragEvent e) {
        return e.getDragboard().getFiles().stream().map(File::toPath).toList();
    }
}
