package fr.ptce.workbench.ui.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user at the system's file choosers, scripted for a test: saves under the proposed name in a folder, opens a
 * given file, picks a given folder, or cancels (the default for each). Records the names proposed and the types asked.
 */
public final class ScriptedFiles implements FileAsker {

    private Path saveIn;
    private Path toOpen;
    private Path folder;
    private final List<String> proposedNames = new ArrayList<>();
    private final List<String> openedPatterns = new ArrayList<>();

    /** Every save is accepted under its proposed name in {@code into}. */
    public ScriptedFiles savingIn(Path into) {
        this.saveIn = into;
        return this;
    }

    /** Every open answers {@code file}. */
    public ScriptedFiles opening(Path file) {
        this.toOpen = file;
        return this;
    }

    /** Every folder asked answers {@code picked}. */
    public ScriptedFiles pickingFolder(Path picked) {
        this.folder = picked;
        return this;
    }

    /** The names the window proposed for the files it saved, in order. */
    public List<String> proposedNames() {
        return proposedNames;
    }

    /** The file patterns the window asked to open, in order. */
    public List<String> openedPatterns() {
        return openedPatterns;
    }

    @Override
    public Optional<Path> save(String title, String initialName, String filter, String pattern) {
        proposedNames.add(initialName);
        return Optional.ofNullable(saveIn).map(in -> in.resolve(initialName));
    }

    @Override
    public Optional<Path> open(String title, String filter, String pattern) {
        openedPatterns.add(pattern);
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> folder(String title) {
        return Optional.ofNullable(folder);
    }
}
