package fr.ptce.workbench.ui.exporting;

import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FolderOpener;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The avis export's two dialogs: the checks with the choice to go on, and what was written. */
public final class ExportAvisDialogs {

    private ExportAvisDialogs() {}

    /**
     * Shows the remarks, with the choice to export the other regions' dossiers too when {@code allRegions} names
     * it; the scope chosen, or empty when the user cancels.
     */
    public static Optional<ExportAvis.Scope> proceed(
            Stage owner, Messages messages, String header, List<String> remarks, Optional<String> allRegions) {
        ButtonType proceed = new ButtonType(messages.get("exportAvis.checks.continue"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("exportAvis.checks.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", proceed, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("exportAvis.checks.title"));
        alert.setHeaderText(header);
        VBox content = new VBox(6);
        content.setId("exportChecks");
        for (String remark : remarks) {
            content.getChildren().add(Dialogs.wrapped("• " + remark));
        }
        CheckBox everyRegion = new CheckBox(allRegions.orElse(""));
        everyRegion.setId("exportAllRegions");
        everyRegion.setWrapText(true);
        if (allRegions.isPresent()) {
            content.getChildren().add(everyRegion);
        }
        content.getChildren().add(Dialogs.wrapped(messages.get("exportAvis.checks.question")));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("exportChecksDialog");
        alert.getDialogPane().lookupButton(proceed).setId("exportChecksContinue");
        alert.getDialogPane().lookupButton(cancel).setId("exportChecksCancel");
        return alert.showAndWait()
                .filter(proceed::equals)
                .map(answer -> everyRegion.isSelected() ? ExportAvis.Scope.ALL_REGIONS : ExportAvis.Scope.OWN_REGION);
    }

    /** Says where the workbook is, its rows and checksum, with « Ouvrir le dossier » when the system allows it. */
    public static void done(Stage owner, Messages messages, String text, Path folder, FolderOpener opener) {
        ButtonType close = Dialogs.closeButton(messages);
        ButtonType open = new ButtonType(messages.get("exportAvis.done.openFolder"), ButtonBar.ButtonData.LEFT);
        Alert alert = opener.supported()
                ? new Alert(Alert.AlertType.INFORMATION, "", open, close)
                : new Alert(Alert.AlertType.INFORMATION, "", close);
        alert.initOwner(owner);
        alert.setTitle(messages.get("exportAvis.done.title"));
        alert.setHeaderText(messages.get("exportAvis.done.header"));
        Label content = Dialogs.wrapped(text);
        content.setId("exportDoneText");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setId("exportDoneDialog");
        alert.getDialogPane().lookupButton(close).setId("exportDoneClose");
        if (opener.supported()) {
            alert.getDialogPane().lookupButton(open).setId("exportDoneOpenFolder");
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(open::equals).isPresent()) {
            opener.open(folder);
        }
    }
}
