package fr.ptce.workbench.ui.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.national.GenerateLetters;
import fr.ptce.workbench.domain.letters.Letter;
import fr.ptce.workbench.domain.letters.LetterKind;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The « Courriers » view: the kind of letter, the template (the bundled one or PESSII's .docx), the letters the
 * cabinet's recorded decisions call for, the chosen dossier's letter as text, and « Générer les courriers… » in the
 * background (progress and Annuler). Every read and write goes through the task runner.
 */
public final class LettersViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ObservableList<LetterKind> kinds = FXCollections.observableArrayList(LetterKind.values());
    private final ObjectProperty<LetterKind> kind = new SimpleObjectProperty<>(LetterKind.PHASE1);
    private final ObjectProperty<Path> template = new SimpleObjectProperty<>();
    private final StringProperty templateName = new SimpleStringProperty("");
    private final ObservableList<Letter> letters = FXCollections.observableArrayList();
    private final ObjectProperty<Letter> selected = new SimpleObjectProperty<>();
    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    LettersViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        kind.addListener((o, was, now) -> {
            showTemplateName();
            refresh();
        });
        template.addListener((o, was, now) -> {
            showTemplateName();
            showPreview();
        });
        selected.addListener((o, was, now) -> showPreview());
        showTemplateName();
    }

    /** Reads the letters of the chosen kind again, keeping the chosen dossier when it still has one. */
    void refresh() {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty() || kind.get() == null) {
            return;
        }
        LetterKind wanted = kind.get();
        String keep = selected.get() == null ? null : selected.get().dossierNumber();
        runner.run(
                messages.get("letters.status.reading"),
                progress -> workspace.get().generateLetters().letters(wanted),
                read -> {
                    if (wanted != kind.get()) {
                        return;
                    }
                    letters.setAll(read);
                    count.set(
                            read.isEmpty()
                                    ? messages.get("letters.none." + wanted.key())
                                    : messages.count("letters.count", read.size()));
                    selected.set(read.stream()
                            .filter(l -> l.dossierNumber().equals(keep))
                            .findFirst()
                            .orElse(read.isEmpty() ? null : read.get(0)));
                    showPreview();
                });
    }

    private void showTemplateName() {
        templateName.set(
                template.get() == null
                        ? messages.format("letters.template.default", GenerateLetters.defaultTemplate(kind.get()))
                        : String.valueOf(template.get().getFileName()));
    }

    private void showPreview() {
        Optional<Workspace> workspace = state.current();
        Letter letter = selected.get();
        if (workspace.isEmpty() || letter == null || letter.kind() != kind.get()) {
            preview.set("");
            return;
        }
        LetterKind wanted = kind.get();
        Path file = template.get();
        runner.run(
                messages.get("letters.status.preview"),
                progress -> workspace
                        .get()
                        .generateLetters()
                        .preview(wanted, Optional.ofNullable(file), letter.dossierNumber()),
                paragraphs -> {
                    if (letter.equals(selected.get()) && Objects.equals(file, template.get())) {
                        preview.set(String.join(
                                "\n\n",
                                paragraphs.stream().filter(p -> !p.isBlank()).toList()));
                        message.set("");
                    }
                },
                error -> {
                    preview.set("");
                    message.set(text(error));
                });
    }

    /** PESSII's own template from now on (checked at once: a refusal shows in the message). */
    void useTemplate(Path file) {
        template.set(file);
    }

    /** The bundled template of the kind from now on. */
    void useDefaultTemplate() {
        template.set(null);
    }

    /** Writes the bundled template of the kind to {@code target}, to edit in Word or LibreOffice. */
    void saveDefaultTemplate(Path target) {
        LetterKind wanted = kind.get();
        runner.run(
                messages.get("letters.status.saving"),
                progress -> {
                    GenerateLetters.saveDefaultTemplate(wanted, target);
                    return target;
                },
                saved -> message.set(messages.format("letters.template.saved", saved.toAbsolutePath())),
                error -> message.set(text(error)));
    }

    /** Writes every letter of the kind and the mail-merge workbook into {@code folder}, in the background. */
    void generate(Path folder) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        LetterKind wanted = kind.get();
        Path file = template.get();
        message.set("");
        runner.run(
                messages.get("letters.status.generating"),
                progress ->
                        workspace.get().generateLetters().toFolder(wanted, Optional.ofNullable(file), folder, progress),
                report -> {
                    StringBuilder text = new StringBuilder(messages.count(
                            "letters.generated",
                            report.letters().size(),
                            report.folder().toAbsolutePath()));
                    text.append('\n')
                            .append(messages.format(
                                    "letters.workbook", report.workbook().getFileName()));
                    if (report.withoutEmail() > 0) {
                        text.append('\n').append(messages.count("letters.withoutEmail", report.withoutEmail()));
                    }
                    text.append('\n').append(messages.get("letters.noMail"));
                    message.set(text.toString());
                },
                error -> message.set(
                        error instanceof fr.ptce.workbench.domain.CancelledException
                                ? messages.get("letters.cancelled")
                                : text(error)));
    }

    private static String text(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    ObservableList<LetterKind> kinds() {
        return kinds;
    }

    ObjectProperty<LetterKind> kindProperty() {
        return kind;
    }

    ObjectProperty<Path> templateProperty() {
        return template;
    }

    StringProperty templateNameProperty() {
        return templateName;
    }

    ObservableList<Letter> letters() {
        return letters;
    }

    ObjectProperty<Letter> selectedProperty() {
        return selected;
    }

    StringProperty previewProperty() {
        return preview;
    }

    StringProperty countProperty() {
        return count;
    }

    StringProperty messageProperty() {
        return message;
    }

    /** The list's line for a letter: number, project, decision, and what to complete. */
    String describe(Letter letter) {
        String decision = letter.kind() == LetterKind.INVITATION
                ? messages.get("letters.invited")
                : letter.accepted() ? messages.get("letters.laureate") : messages.get("letters.notRetained");
        String line = letter.dossierNumber() + " — " + letter.value(fr.ptce.workbench.domain.letters.LetterField.PROJET)
                + " — " + decision;
        return letter.recipient().email() == null ? line + " — " + messages.get("letters.emailMissing") : line;
    }
}
