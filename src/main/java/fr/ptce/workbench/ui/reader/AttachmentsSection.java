package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.domain.check.StatutesCheck;
import fr.ptce.workbench.domain.dossier.DossierAttachment;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Builds the reader pane's section of the dossier's files (from DS zip exports): the statutes' check, then each file
 * with its size and type and « Ouvrir ».
 */
final class AttachmentsSection {

    private final Messages messages;
    private final AttachmentsViewModel viewModel;
    private final VBox box = new VBox(8);
    private final Label message = new Label();

    AttachmentsSection(Messages messages, AttachmentsViewModel viewModel) {
        this.messages = messages;
        this.viewModel = viewModel;
        box.setId("attachments");
        message.setId("attachmentMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        viewModel.files().addListener((javafx.collections.ListChangeListener<DossierAttachment>) c -> rebuild());
        viewModel.statutesProperty().addListener((o, old, verdict) -> rebuild());
        rebuild();
    }

    /** The section, kept up to date with the view model. */
    VBox node() {
        return box;
    }

    private void rebuild() {
        List<DossierAttachment> files = viewModel.files();
        box.getChildren().clear();
        box.getChildren()
                .add(Nodes.heading(
                        files.isEmpty()
                                ? messages.get("attachments.heading")
                                : messages.format("attachments.headingCount", files.size()),
                        "attachmentsHeading"));
        statutes(viewModel.statutesProperty().get());
        if (files.isEmpty()) {
            Label none = Nodes.text(messages.get("attachments.none"));
            none.setId("attachmentsNone");
            none.getStyleClass().add("section-empty");
            box.getChildren().add(none);
        }
        for (int i = 0; i < files.size(); i++) {
            box.getChildren().add(row(files.get(i), i));
        }
        box.getChildren().add(message);
    }

    private void statutes(StatutesCheck.Verdict verdict) {
        if (verdict.found() == null) {
            return;
        }
        String text = verdict.found()
                ? messages.format(
                        "attachments.statutesFound",
                        verdict.file().map(DossierAttachment::fileName).orElse(""))
                : messages.get("attachments.statutesMissing");
        Label badge = Nodes.badge(text, "statutesCheck", verdict.found() ? Nodes.Tone.GOOD : Nodes.Tone.WARNING, text);
        box.getChildren().add(badge);
    }

    private HBox row(DossierAttachment file, int index) {
        Label name = new Label(file.path());
        name.setId("attachment-" + index + "-name");
        name.getStyleClass().add("field-name");
        name.setWrapText(true);
        name.setMinWidth(0);
        Label details = new Label(size(file.size()) + " · " + type(file));
        details.setId("attachment-" + index + "-details");
        details.setMinWidth(Region.USE_PREF_SIZE);
        Button open = new Button(messages.get("attachments.open"));
        open.setId("openAttachment-" + index);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setAccessibleText(messages.format("attachments.openAccessible", file.fileName()));
        open.setOnAction(e -> viewModel.open(file));
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(12, name, details, open);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("attachment-" + index);
        return row;
    }

    /** A size as people read it: « 812 o », « 34 Ko », « 2,4 Mo ». */
    String size(long bytes) {
        if (bytes < 1024) {
            return messages.format("attachments.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return messages.format("attachments.kilobytes", Math.round(bytes / 1024.0));
        }
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setMaximumFractionDigits(1);
        return messages.format("attachments.megabytes", format.format(bytes / (1024.0 * 1024.0)));
    }

    /** The type as a short word: the known kinds by name, else the file's extension, else the media type. */
    private String type(DossierAttachment file) {
        String known = messages.get("attachments.type." + file.mediaType());
        if (!known.startsWith("!")) {
            return known;
        }
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).toUpperCase(Locale.ROOT) : file.mediaType();
    }
}
