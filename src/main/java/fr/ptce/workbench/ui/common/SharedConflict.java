package fr.ptce.workbench.ui.common;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A view model's open conflict on a shared row (a decision, a setting…): the refused save's exception, which carries
 * both versions, and how to save « mine » again from the version stored now. The window shows it side by side
 * ({@code ChangeConflictDialog}) and answers with {@link #keepMine()} or {@link #keepTheirs()}; the view has then
 * been read again, so « theirs » is already what it shows.
 */
public final class SharedConflict {

    private final ReadOnlyObjectWrapper<ConcurrentChangeException> open = new ReadOnlyObjectWrapper<>();
    private LongConsumer saveMineFrom = v -> {};

    /** Opens the conflict; {@code saveMineFrom} saves the user's version again over the version it is given. */
    public void open(ConcurrentChangeException conflict, LongConsumer saveMineFrom) {
        this.saveMineFrom = saveMineFrom;
        open.set(conflict);
    }

    /** The open conflict, null when none. */
    public ReadOnlyObjectProperty<ConcurrentChangeException> openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Saves the user's version over the one stored now (which they have seen side by side). */
    public void keepMine() {
        ConcurrentChangeException conflict = open.get();
        if (conflict != null) {
            open.set(null);
            saveMineFrom.accept(conflict.currentVersion());
        }
    }

    /** Keeps the stored version: nothing is saved. */
    public void keepTheirs() {
        open.set(null);
    }

    /**
     * « Claire Dumont a modifié cette décision à 10:42 (dossier n° 12345)… » in the window's language, at Paris
     * time as the command line says it.
     */
    public static String header(Messages messages, ConcurrentChangeException conflict) {
        return messages.format(
                "conflict.header",
                conflict.who(),
                messages.get("conflict.subject." + conflict.subject().name()),
                ConcurrentChangeException.time(conflict.at()),
                conflict.about());
    }
}
