package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.dossier.DsAvis;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Builds the reader pane's section of expert opinions requested on démarches-simplifiées (the Avis sheet). */
final class ExpertOpinions {

    private final Messages messages;
    private final ReaderText text;

    ExpertOpinions(Messages messages, ReaderText text) {
        this.messages = messages;
        this.text = text;
    }

    /** The section, or nothing when DS holds no expert opinion on the dossier. */
    Optional<VBox> build(DossierView view) {
        List<DsAvis> opinions = view.expertOpinions();
        if (opinions.isEmpty()) {
            return Optional.empty();
        }
        VBox list = new VBox(12);
        list.setId("expertOpinions");
        for (int i = 0; i < opinions.size(); i++) {
            list.getChildren().add(opinion(opinions.get(i), "expertOpinion-" + i));
        }
        return Optional.of(
                new VBox(8, Nodes.heading(messages.get("reader.expertOpinions"), "expertOpinionsHeading"), list));
    }

    private VBox opinion(DsAvis avis, String id) {
        String expert = text.orDash(avis.expert());
        Label who = new Label(expert);
        who.setId(id + "-expert");
        who.getStyleClass().add("field-name");
        String date = text.date(avis.createdAt());
        Label requested = Nodes.text(
                blank(avis.claimant())
                        ? messages.format("expert.requested", date)
                        : messages.format("expert.requestedBy", date, avis.claimant()));
        requested.setId(id + "-requested");

        VBox box = new VBox(3, who, requested);
        box.setId(id);
        box.getStyleClass().add("expert-opinion");
        box.setAccessibleText(messages.format("expert.accessible", expert));
        if (!blank(avis.introduction())) {
            box.getChildren()
                    .addAll(
                            name(messages.get("expert.introduction")),
                            value(avis.introduction(), id + "-introduction"));
        }
        if (!blank(avis.question())) {
            box.getChildren().addAll(name(messages.get("expert.question")), value(avis.question(), id + "-question"));
        }
        box.getChildren()
                .add(name(
                        avis.answeredAt() == null || blank(avis.answer())
                                ? messages.get("expert.answer")
                                : messages.format("expert.answeredAt", text.date(avis.answeredAt()))));
        Label answer = value(blank(avis.answer()) ? messages.get("expert.noAnswer") : avis.answer(), id + "-answer");
        if (blank(avis.answer())) {
            answer.getStyleClass().add("section-empty");
        }
        box.getChildren().add(answer);
        if (avis.answerYesNo() != null) {
            box.getChildren()
                    .add(value(messages.format("expert.yesNo", text.yesNo(avis.answerYesNo())), id + "-yesNo"));
        }
        return box;
    }

    private static Label name(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("field-name");
        return label;
    }

    private static Label value(String value, String id) {
        Label label = Nodes.text(value);
        label.setId(id);
        return label;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
