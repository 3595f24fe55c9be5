package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The jar's entry point decides between the command line and the window with one picocli model built. */
class CommandLineEntryTest {

    @Test
    void windowArgumentsAreLeftToTheWindow() {
        assertEquals(OptionalInt.empty(), WorkbenchCommand.runIfCommandLine(new String[0]));
        assertEquals(OptionalInt.empty(), WorkbenchCommand.runIfCommandLine(new String[] {"--demo"}));
        assertEquals(OptionalInt.empty(), WorkbenchCommand.runIfCommandLine(new String[] {"/un/espace"}));
        assertFalse(WorkbenchCommand.isCommandLine(new String[] {"--demo"}));
    }

    @Test
    void aSubcommandOrAFlagRunsTheCommandLineAndGivesItsStatus() {
        assertTrue(WorkbenchCommand.isCommandLine(new String[] {"import"}));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertEquals(OptionalInt.of(0), WorkbenchCommand.runIfCommandLine(new String[] {"--version"}));
            // a usage error of a subcommand: the command line's status, not the window
            assertEquals(OptionalInt.of(2), WorkbenchCommand.runIfCommandLine(new String[] {"import"}));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("--workspace"), text);
    }
}
