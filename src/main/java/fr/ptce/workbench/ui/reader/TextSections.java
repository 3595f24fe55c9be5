package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.check.LengthLimits;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.search.SearchQuery;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Builds the ten sections S1–S10 of the reader pane: title, length gauge against the call's limit, text. */
final class TextSections {

    private final Messages messages;
    private final ReaderText text;
    private final LengthLimits limits;

    TextSections(Messages messages, ReaderText text, LengthLimits limits) {
        this.messages = messages;
        this.text = text;
        this.limits = limits;
    }

    VBox build(DossierView view, SearchQuery query) {
        VBox all = new VBox(14, Nodes.heading(messages.get("reader.sections"), "sectionsHeading"));
        Sections sections = view.dossier().sections();
        for (Section section : Section.values()) {
            all.getChildren()
                    .add(section(section, sections, view.checks().overLimit().contains(section), query));
        }
        return all;
    }

    private VBox section(Section section, Sections sections, boolean over, SearchQuery query) {
        String id = "section-" + section.name();
        Label title = new Label(section.title());
        title.setId(id + "-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);

        int length = sections.length(section);
        int limit = limits.limit(section);
        ProgressBar gauge = new ProgressBar(Math.min(1.0, (double) length / limit));
        gauge.setPrefWidth(180);
        gauge.setFocusTraversable(false);
        Label count = new Label(text.length(length, limit));
        count.setId(id + "-length");
        gauge.setAccessibleText(messages.format("section.gauge.accessible", section.name(), count.getText()));
        if (over) {
            gauge.getStyleClass().add("over-limit");
            count.getStyleClass().add("flagged");
            count.setText(count.getText() + " — " + messages.get("section.overLimit"));
        }
        HBox gaugeRow = new HBox(8, gauge, count);

        String body = sections.text(section);
        // the words the search box matches stand out in the text
        Node content = body.isBlank() ? Nodes.text(messages.get("section.empty")) : SearchHighlight.text(body, query);
        content.setId(id + "-text");
        content.getStyleClass().add(body.isBlank() ? "section-empty" : "section-text");
        title.setLabelFor(content);

        VBox box = new VBox(4, title, gaugeRow, content);
        box.setId(id);
        box.getStyleClass().add("section");
        return box;
    }
}
