package fr.ptce.workbench.ui;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.util.Duration;

/**
 * The status line's last message does not stay for ever: it gives way to the resting text (the count of dossiers)
 * some seconds after it appeared, or at the user's next key or click once it has been read for a moment. Nothing
 * expires while work runs: its message is the running work's.
 */
final class StatusExpiry {

    /** How long a message stays, unless the user acts. */
    static final Duration SHOWN = Duration.seconds(8);
    /** How long a message stays at least, even when the user acts. */
    static final Duration READ = Duration.seconds(2);

    private final ObservableBooleanValue busy;
    private final Runnable clear;
    private final PauseTransition pause;
    private final long readNanos;
    private long shownAt = System.nanoTime();

    /** Clears the status with {@code clear} after {@code shown}, or at an action after {@code read}. */
    StatusExpiry(
            ObservableStringValue status, ObservableBooleanValue busy, Runnable clear, Duration shown, Duration read) {
        this.busy = busy;
        this.clear = clear;
        this.readNanos = (long) (read.toMillis() * 1_000_000);
        pause = new PauseTransition(shown);
        pause.setOnFinished(e -> expire());
        status.addListener((o, old, now) -> restart());
        busy.addListener((o, was, now) -> restart());
    }

    private void restart() {
        shownAt = System.nanoTime();
        pause.stop();
        if (!busy.get()) {
            pause.playFromStart();
        }
    }

    private void expire() {
        if (!busy.get()) {
            clear.run();
        }
    }

    /** The user pressed a key or clicked: a message read long enough gives way. */
    void userActed() {
        if (!busy.get()
                && System.nanoTime() - shownAt >= readNanos
                && pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            pause.stop();
            clear.run();
        }
    }
}
