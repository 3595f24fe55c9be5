package fr.ptce.workbench.application.national;

import fr.ptce.workbench.application.common.FileOutcome;
import java.util.List;

/** The outcome of consolidating avis workbooks, one per file in the order given. */
public record ConsolidationReport(List<FileOutcome> files) {

    public ConsolidationReport {
        files = List.copyOf(files);
    }

    /** Whether at least one file was refused. */
    public boolean anyRefused() {
        return files.stream().anyMatch(FileOutcome::refused);
    }

    /** Each file's outcome on a line, its open conflicts indented below it. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (FileOutcome file : files) {
            text.append(text.length() == 0 ? "" : "\n").append(file.message());
            file.conflicts().forEach(c -> text.append("\n  ").append(c));
        }
        return text.toString();
    }
}
