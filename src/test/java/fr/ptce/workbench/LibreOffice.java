package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice headless for the tests that open our workbooks as another program would; fails, naming it, without it.
 */
public final class LibreOffice {

    /** LibreOffice's csv filter: UTF-8, comma, double quotes, and the last token -1 exports every sheet. */
    public static final String CSV_ALL_SHEETS =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false," + "false,false,-1";

    private LibreOffice() {}

    /**
     * Converts the files into {@code out} (created) with a private profile under {@code folder}, asserts that
     * LibreOffice finished without error, and returns the names of the files written, sorted.
     */
    public static List<String> convert(Path folder, String format, Path out, Path... files)
            throws IOException, InterruptedException {
        Path soffice = ExternalTools.soffice();
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(
                soffice.toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                format,
                "--outdir",
                out.toString()));
        Stream.of(files).map(Path::toString).forEach(command::add);
        Path log = folder.resolve("soffice.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish within 3 minutes");
        assertEquals(0, process.exitValue(), Files.readString(log));
        try (Stream<Path> written = Files.list(out)) {
            return written.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
