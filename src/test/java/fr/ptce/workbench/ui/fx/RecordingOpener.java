package fr.ptce.workbench.ui.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The system's file manager and document handler for a test: records what the window asked to open. It can say it is
 * not there ({@link #supported} false) or that nothing could open a document (the failure callback runs).
 */
public final class RecordingOpener implements FolderOpener {

    private final List<Path> opened = new ArrayList<>();
    private boolean supported = true;
    private boolean opens = true;

    /** Whether the window may offer to open folders and documents (default true). */
    public RecordingOpener supported(boolean there) {
        this.supported = there;
        return this;
    }

    /** Whether a document asked to open finds an application (default true); if not, its failure callback runs. */
    public RecordingOpener opens(boolean found) {
        this.opens = found;
        return this;
    }

    /** What the window asked to open, in order. */
    public List<Path> opened() {
        return opened;
    }

    @Override
    public boolean supported() {
        return supported;
    }

    @Override
    public void open(Path folder) {
        opened.add(folder);
    }

    @Override
    public void open(Path file, Runnable failed) {
        if (opens) {
            opened.add(file);
        } else {
            failed.run();
        }
    }
}
