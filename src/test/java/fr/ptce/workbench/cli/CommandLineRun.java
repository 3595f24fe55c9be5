package fr.ptce.workbench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in the test JVM and captures what it prints. */
public record CommandLineRun(int status, String out, String err) {

    /** The correspondent the command-line tests make the workspace's user. */
    public static final String CORRESPONDENT = "Maëlle Kerjean";

    public static final String CORRESPONDENT_EMAIL = "maelle@example.fr";

    /** The PESSII agent the command-line tests make the workspace's user. */
    public static final String PESSII = "Claire Dumont";

    public static final String PESSII_EMAIL = "claire.dumont@example.org";

    /** Imports the October 2021 sample into a new workspace under {@code folder}; returns the workspace path. */
    public static String workspaceWithOctoberSample(java.nio.file.Path folder) {
        String workspace = folder.resolve("w").toString();
        java.nio.file.Path xlsx =
                fr.ptce.workbench.SampleFiles.copy(fr.ptce.workbench.SampleFiles.OCTOBER_2021_XLSX, folder);
        CommandLineRun imported = of("import", "--workspace", workspace, xlsx.toString());
        if (imported.status() != 0) {
            throw new IllegalStateException("sample import failed: " + imported.err());
        }
        return workspace;
    }

    /** Makes {@link #CORRESPONDENT}, correspondent of {@code region}, the workspace's user. */
    public static CommandLineRun correspondent(String workspace, String region) {
        return user(workspace, CORRESPONDENT, CORRESPONDENT_EMAIL, "correspondant", "--region", region);
    }

    /** Makes {@link #CORRESPONDENT}, a correspondent whose region is not given, the workspace's user. */
    public static CommandLineRun correspondent(String workspace) {
        return user(workspace, CORRESPONDENT, CORRESPONDENT_EMAIL, "correspondant");
    }

    /** Makes {@link #PESSII} the workspace's user. */
    public static CommandLineRun pessii(String workspace) {
        return user(workspace, PESSII, PESSII_EMAIL, "pessii");
    }

    private static CommandLineRun user(String workspace, String name, String email, String role, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(
                java.util.List.of("user", "--workspace", workspace, "--name", name, "--email", email, "--role", role));
        args.addAll(java.util.List.of(more));
        return of(args.toArray(String[]::new)).ok();
    }

    public static synchronized CommandLineRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int status = WorkbenchCommand.run(args);
            return new CommandLineRun(
                    status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** This run, if it exited with 0; else fails the test with what it printed. */
    public CommandLineRun ok() {
        if (status != 0) {
            throw new AssertionError("exit " + status + "\n" + out + err);
        }
        return this;
    }
}
