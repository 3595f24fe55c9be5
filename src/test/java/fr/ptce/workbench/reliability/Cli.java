package fr.ptce.workbench.reliability;

import fr.ptce.workbench.cli.WorkbenchCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in the test JVM and captures what it prints. */
record Cli(int status, String out, String err) {

    static synchronized Cli run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int status = WorkbenchCommand.run(args);
            return new Cli(
                    status, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    Cli ok() {
        if (status != 0) {
            throw new AssertionError("exit " + status + "\n" + out + err);
        }
        return this;
    }
}
