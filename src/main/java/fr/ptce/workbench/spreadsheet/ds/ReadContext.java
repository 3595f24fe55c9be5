package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.Progress;
import java.nio.file.Path;

/**
 * What every part of one export's reading shares: the file, where its rows go, the progress to report, how
 * the export is dated, and the row problems met so far.
 */
record ReadContext(
        Path file, String fileName, DsExportSink sink, Progress progress, ExportDating dating, ProblemList problems) {}
