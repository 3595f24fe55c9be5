package fr.ptce.workbench.ui.importing;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.FileKind;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.national.ConsolidationReport;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Files dropped on the window: each is recognised ({@link FileKind}) and handed to what takes that kind: a DS export
 * is imported, avis workbooks are consolidated (PESSII), expert kits go to whoever {@link #onKind registered} for
 * them (the window opens the Experts window on the returned kit).
 */
public final class DropViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final Runnable afterConsolidation;
    private final Map<FileKind, Consumer<List<Path>>> handlers = new EnumMap<>(FileKind.class);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    public DropViewModel(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            Consumer<Path> importFile,
            Runnable afterConsolidation) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.afterConsolidation = afterConsolidation;
        handlers.put(FileKind.DS_EXPORT, files -> files.forEach(importFile));
        handlers.put(FileKind.AVIS_WORKBOOK, this::consolidate);
    }

    /** Who takes the dropped files of this kind (replaces the default handler, if any). */
    public void onKind(FileKind kind, Consumer<List<Path>> handler) {
        handlers.put(kind, handler);
    }

    /** Whether a drop of these files can be taken: a workspace is open and every file has a known extension. */
    public boolean accepts(List<Path> files) {
        return state.current().isPresent()
                && !files.isEmpty()
                && files.stream().allMatch(f -> {
                    String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                    return name.endsWith(".xlsx")
                            || name.endsWith(".ods")
                            || name.endsWith(".csv")
                            || name.endsWith(".zip");
                });
    }

    /** Recognises the dropped files away from the screen, then hands each kind to its handler. */
    public void drop(List<Path> files) {
        if (!accepts(files)) {
            outcome.set(messages.get("drop.refused"));
            return;
        }
        runner.run(
                messages.get("status.recognising"),
                p -> {
                    Map<FileKind, List<Path>> byKind = new EnumMap<>(FileKind.class);
                    files.forEach(f -> byKind.computeIfAbsent(FileKind.of(f), k -> new ArrayList<>())
                            .add(f));
                    return byKind;
                },
                byKind -> byKind.forEach((kind, list) -> Optional.ofNullable(handlers.get(kind))
                        .ifPresentOrElse(
                                h -> h.accept(list), () -> outcome.set(messages.format("drop.unknown", names(list))))));
    }

    private void consolidate(List<Path> files) {
        state.current()
                .ifPresent((Workspace w) -> runner.run(
                        messages.count("status.consolidating", files.size()),
                        p -> w.consolidateAvis().importFiles(files, p),
                        report -> {
                            outcome.set(summary(report));
                            afterConsolidation.run();
                        }));
    }

    private String summary(ConsolidationReport report) {
        return report.files().stream().map(FileOutcome::message).collect(Collectors.joining("\n"));
    }

    private static String names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
    }

    /** What the last drop gave, for a dialog: the consolidation's messages, or why files were not taken. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
