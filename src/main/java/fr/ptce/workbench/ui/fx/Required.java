package fr.ptce.workbench.ui.fx;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * The validation of the dialogs, through ControlsFX's {@link ValidationSupport}: a wrong field is marked (the
 * {@code :invalid} pseudo-class of workbench.css), its tooltip and its accessible help say why, and the dialog's OK
 * button stays disabled until every field is right. The marks are ours rather than ControlsFX's graphic decorations,
 * which wrap the scene's root in a pane of their own: a JavaFX dialog's pane must stay its scene's root.
 */
public final class Required {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private Required() {}

    /** Some text, not only blanks. */
    public static Validator<String> text(String message) {
        return Validator.createPredicateValidator(v -> v != null && !v.isBlank(), message, Severity.ERROR);
    }

    /** Registers the dialog's validators and keeps {@code ok} disabled while any field is wrong. */
    public static void validate(Node ok, Consumer<ValidationSupport> validators) {
        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new Marks());
        validators.accept(validation);
        ok.disableProperty().bind(validation.invalidProperty());
    }

    /** The mark of a wrong field: the pseudo-class, the tooltip and the accessible help. */
    private static final class Marks implements ValidationDecoration {

        @Override
        public void removeDecorations(Control target) {
            target.pseudoClassStateChanged(INVALID, false);
            target.setTooltip(null);
            target.setAccessibleHelp(null);
        }

        @Override
        public void applyValidationDecoration(ValidationMessage message) {
            Control target = message.getTarget();
            target.pseudoClassStateChanged(INVALID, true);
            target.setTooltip(new Tooltip(message.getText()));
            target.setAccessibleHelp(message.getText());
        }

        @Override
        public void applyRequiredDecoration(Control target) {
            // a required field is marked only once it is wrong
        }
    }
}
