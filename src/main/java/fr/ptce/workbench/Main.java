package fr.ptce.workbench;

import fr.ptce.workbench.cli.WorkbenchCommand;
import fr.ptce.workbench.ui.WorkbenchApp;

/**
 * Entry point of the jar: a subcommand (or {@code --help}, {@code --version}) runs the command line
 * headless; anything else opens the window. Does not extend {@code Application}, so that the plain
 * classpath launch works.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        if (WorkbenchCommand.isCommandLine(args)) {
            System.exit(WorkbenchCommand.run(args));
        }
        WorkbenchApp.start(args);
    }
}
