package fr.ptce.workbench.ui.fx;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text the user is typing (a comment, a note, the avis motivation) and its last saved value: the view edits
 * {@link #textProperty()}, {@link #commit()} saves it only when it differs, so that nothing typed is lost and
 * nothing unchanged is written twice.
 */
public final class DraftText {

    private final StringProperty text = new SimpleStringProperty("");
    private final Consumer<String> saver;
    private String saved = "";

    /** @param saver writes the text through the workspace (away from the screen) */
    public DraftText(Consumer<String> saver) {
        this.saver = saver;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get() == null ? "" : text.get();
    }

    /** Shows a value read from the workspace, without saving it. */
    public void load(String value) {
        saved = value == null ? "" : value;
        text.set(saved);
    }

    /** Whether the text differs from what was saved. */
    public boolean dirty() {
        return !Objects.equals(saved, text());
    }

    /** Saves the text if it changed since the last save or load. */
    public void commit() {
        if (dirty()) {
            saved = text();
            saver.accept(saved);
        }
    }
}
