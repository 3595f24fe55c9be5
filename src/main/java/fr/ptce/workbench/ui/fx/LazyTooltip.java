package fr.ptce.workbench.ui.fx;

import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first enters its control. A {@link Tooltip} is a popup window with its own scene:
 * a dozen of them made with the window cost the first frame tens of milliseconds (issue 21, P6), for texts most users
 * never hover. The text is the control's accessible help at once, so that a screen reader reads it as it read the
 * tooltip's; the tooltip itself, made on the first {@code MOUSE_ENTERED}, shows on the moves that follow, as any
 * tooltip does.
 */
public final class LazyTooltip {

    private LazyTooltip() {}

    /** Gives the control a wrapping tooltip of this text, made on the pointer's first visit. */
    public static void install(Control control, String text) {
        Objects.requireNonNull(text, "text");
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(wrapped(text));
                }
            }
        });
    }

    /** A tooltip that wraps a long text instead of running off the screen. */
    public static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        return tooltip;
    }
}
