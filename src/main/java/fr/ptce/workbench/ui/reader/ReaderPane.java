package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.check.LengthLimits;
import fr.ptce.workbench.ui.fx.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

/** The reader pane: the selected dossier, read-only, rebuilt from the reader view model when it changes. */
public final class ReaderPane extends ScrollPane {

    private final Messages messages;
    private final VBox content = new VBox(16);
    private final ReaderHeader header;
    private final IdentitySection identity;
    private final TextSections sections;
    private final ExtraFields extra;
    private final ExpertOpinions opinions;
    private final AttachmentsSection attachments;
    private final ReaderViewModel viewModel;

    public ReaderPane(ReaderViewModel viewModel, Messages messages) {
        this.messages = messages;
        this.viewModel = viewModel;
        ReaderText text = new ReaderText(messages);
        this.header = new ReaderHeader(messages, text);
        this.identity = new IdentitySection(messages, text);
        this.sections = new TextSections(messages, text, LengthLimits.defaults());
        this.extra = new ExtraFields(messages, text);
        this.opinions = new ExpertOpinions(messages, text);
        this.attachments = new AttachmentsSection(messages, viewModel.attachments());
        setId("readerPane");
        setFitToWidth(true);
        setAccessibleText(messages.get("reader.accessible"));
        content.setPadding(new Insets(16));
        content.getStyleClass().add("reader");
        setContent(content);
        viewModel.viewProperty().addListener((o, old, view) -> render(view));
        viewModel.highlightProperty().addListener((o, old, query) -> render(viewModel.getView()));
        render(viewModel.getView());
    }

    private void render(DossierView view) {
        if (view == null) {
            Label placeholder = new Label(messages.get("reader.placeholder"));
            placeholder.setId("readerPlaceholder");
            placeholder.getStyleClass().add("placeholder");
            content.getChildren().setAll(placeholder);
            return;
        }
        content.getChildren()
                .setAll(
                        header.build(view),
                        new Separator(),
                        identity.build(view),
                        new Separator(),
                        sections.build(view, viewModel.highlightProperty().get()),
                        new Separator());
        opinions.build(view).ifPresent(section -> content.getChildren().addAll(section, new Separator()));
        content.getChildren().addAll(attachments.node(), new Separator());
        content.getChildren().addAll(extra.otherFields(view), extra.lastChanges(view));
        setVvalue(0);
    }
}
