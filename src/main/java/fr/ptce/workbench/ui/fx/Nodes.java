package fr.ptce.workbench.ui.fx;

import fr.ptce.workbench.domain.dossier.Admissibility;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small builders for the labels the reader pane repeats: headings, wrapped read-only text, badges. */
public final class Nodes {

    private Nodes() {}

    /** A heading of the reader pane, announced as such by screen readers. */
    public static Label heading(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("reader-heading");
        label.setWrapText(true);
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setAccessibleText(text);
        return label;
    }

    /** Read-only text that wraps to the pane's width and never shows an ellipsis. */
    public static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A coloured badge; its accessible text says what the colour means. */
    public static Label badge(String text, String id, Tone tone, String accessibleText) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().addAll("badge", tone.styleClass);
        label.setAccessibleText(accessibleText);
        return label;
    }

    /** The colour of an admissibility: green recevable, orange incomplet, red hors délai. */
    public static Tone tone(Admissibility admissibility) {
        return switch (admissibility) {
            case RECEVABLE -> Tone.GOOD;
            case INCOMPLET -> Tone.WARNING;
            case HORS_DELAI -> Tone.BAD;
        };
    }

    /** The colours of badges. */
    public enum Tone {
        GOOD("badge-good"),
        WARNING("badge-warning"),
        BAD("badge-bad"),
        NEUTRAL("badge-neutral");

        private final String styleClass;

        Tone(String styleClass) {
            this.styleClass = styleClass;
        }
    }
}
