package fr.ptce.workbench;

import fr.ptce.workbench.cli.WorkbenchCommand;
import fr.ptce.workbench.ui.WorkbenchApp;
import java.util.OptionalInt;

/**
 * Entry point of the jar: a subcommand (or {@code --help}, {@code --version}) runs the command line
 * headless; anything else opens the window. Does not extend {@code Application}, so that the plain
 * classpath launch works.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        OptionalInt status = WorkbenchCommand.runIfCommandLine(args);
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
        WorkbenchApp.start(args);
    }
}
