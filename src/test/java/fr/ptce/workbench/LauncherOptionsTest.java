package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The installed launcher's JVM options ({@code installer/jvm-options}, given to jpackage by the build scripts and to
 * the benchmark's whole-process rows): what keeps the import's peak resident memory under issue 21's 320 MB
 * (performance.md, P1m) must stay there.
 */
class LauncherOptionsTest {

    private static List<String> options() throws IOException {
        return Files.readAllLines(Path.of("installer", "jvm-options"), StandardCharsets.UTF_8);
    }

    @Test
    void everyLineIsOneOptionForTheBuildScriptsJoinEveryLine() throws IOException {
        for (String line : options()) {
            assertEquals(line.strip(), line, "spaces around «" + line + "»");
            assertTrue(line.startsWith("-"), "not an option: «" + line + "» (build-linux.sh joins every line)");
        }
    }

    @Test
    void theHeapGrowsOnlyWithWhatIsLiveAndNoCollectorOfItsOwnSizeIsPaid() throws IOException {
        List<String> options = options();
        // the serial collector: no G1 remembered sets (47 MB measured by native memory tracking during an import)
        assertTrue(options.contains("-XX:+UseSerialGC"), options.toString());
        // a small first heap: the default (1/64 of the RAM, capped by -Xmx) was committed whole from the start
        assertTrue(options.contains("-Xms32m"), options.toString());
        assertTrue(options.contains("-XX:MaxHeapFreeRatio=30"), options.toString());
        // and keeps only 10 % free after a full collection: 30 % halved an import's full collections but put the
        // window's resident memory over its budget (P8 408 MB against 377 MB: performance.md, fifth session, end)
        assertTrue(options.contains("-XX:MinHeapFreeRatio=10"), options.toString());
        // no full collection for the metadata of the ~5,800 classes a command loads
        assertTrue(options.contains("-XX:MetaspaceSize=64m"), options.toString());
        // the machine's RAM decides the largest heap, not the launcher
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-Xmx")), options.toString());
    }
}
