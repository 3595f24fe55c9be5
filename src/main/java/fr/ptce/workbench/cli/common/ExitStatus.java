package fr.ptce.workbench.cli.common;

/** The exit statuses of the command line besides 0 (done) and picocli's 2 (usage error). */
public final class ExitStatus {

    /** An input file or workspace was refused. */
    public static final int REFUSED = 1;
    /** The workspace is open in another instance (window or command line). */
    public static final int WORKSPACE_IN_USE = 3;

    private ExitStatus() {}
}
