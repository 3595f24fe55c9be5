package fr.ptce.workbench.ui.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.national.GateRefusedException;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.domain.national.AvisConflict;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.ui.common.SharedConflict;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * PESSII's national view: every consolidated dossier ranked, filters (region, avis, proposed for phase 2, targets),
 * the decisions, the live counters, the tie-break order, the open conflicts, and the import of avis workbooks in
 * the background. Work runs on the task runner; results come back on the calling (JavaFX) thread.
 */
public final class NationalViewModel {

    /** The filter value meaning "any". */
    static final String ANY = "";

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ObservableList<RankedDossier> rows = FXCollections.observableArrayList();
    private final FilteredList<RankedDossier> filtered = new FilteredList<>(rows);
    private final ObservableList<String> regions = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> avis = FXCollections.observableArrayList(ANY);
    private final ObservableList<AvisConflict> conflicts = FXCollections.observableArrayList();
    private final StringProperty region = new SimpleStringProperty(ANY);
    private final StringProperty avisFilter = new SimpleStringProperty(ANY);
    private final BooleanProperty proposedOnly = new SimpleBooleanProperty();
    private final BooleanProperty targetsOnly = new SimpleBooleanProperty();
    private final StringProperty invitedText = new SimpleStringProperty("");
    private final StringProperty laureatesText = new SimpleStringProperty("");
    private final ObjectProperty<OverrideRequest> overrideRequest = new SimpleObjectProperty<>();
    private final BooleanProperty invitedOffTarget = new SimpleBooleanProperty();
    private final StringProperty order = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<NationalView> view = new SimpleObjectProperty<>();
    private final LettersViewModel letters;
    private final Phase2DecisionsViewModel phase2;
    private final SharedConflict conflict = new SharedConflict();
    private final NationalSaves saves;

    public NationalViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.letters = new LettersViewModel(runner, state, messages);
        this.phase2 = new Phase2DecisionsViewModel(runner, state, messages);
        this.saves =
                new NationalSaves(runner, state, messages, conflict, message, view::get, this::show, this::refresh);
        region.addListener((o, was, now) -> filter());
        avisFilter.addListener((o, was, now) -> filter());
        proposedOnly.addListener((o, was, now) -> filter());
        targetsOnly.addListener((o, was, now) -> filter());
    }

    private void filter() {
        String wantedRegion = Objects.requireNonNullElse(region.get(), ANY);
        String wantedAvis = Objects.requireNonNullElse(avisFilter.get(), ANY);
        filtered.setPredicate(
                r -> (wantedRegion.isEmpty() || wantedRegion.equals(r.dossier().exportingRegion()))
                        && (wantedAvis.isEmpty() || wantedAvis.equals(avisOf(r.row())))
                        && (!proposedOnly.get() || Boolean.TRUE.equals(r.row().proposedForPhase2()))
                        && (!targetsOnly.get() || r.row().meetsPhase2Target()));
    }

    private String avisOf(RegionalAvisRow row) {
        return row.recommendation() == null ? messages.get("national.avis.none") : row.recommendation();
    }

    /** The phase-2 part of the national view: phase-2 laureates, third years, the envelope. */
    public Phase2DecisionsViewModel phase2() {
        return phase2;
    }

    /** A decision refused over someone else's newer one, awaiting the user's choice (see NationalWindow). */
    SharedConflict conflict() {
        return conflict;
    }

    /** The « Courriers » view of the cabinet's recorded decisions. */
    public LettersViewModel letters() {
        return letters;
    }

    /** Reads the national view again. */
    void refresh() {
        call(messages.get("national.status.reading"), w -> w.nationalDecisions().view());
    }

    /** Reads the national view again if it was shown: someone else changed a decision. */
    public void liveRefresh() {
        if (view.get() != null) {
            refresh();
        }
    }

    /** Imports avis workbooks in the background (cancellable), then shows each file's outcome. */
    void importFiles(List<Path> files) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty() || files.isEmpty()) {
            return;
        }
        runner.run(
                messages.count("national.status.importing", files.size()),
                progress -> workspace.get().consolidateAvis().importFiles(files, progress),
                report -> {
                    message.set(report.describe());
                    refresh();
                },
                error -> refresh());
    }

    /** Proposes a phase-1 laureate or not; a refusal shows its reasons and asks for an override's reason. */
    void setLaureate(RankedDossier dossier, boolean laureate) {
        setLaureate(dossier, laureate, null);
    }

    void setLaureate(RankedDossier dossier, boolean laureate, String override) {
        decide(
                dossier,
                Decision.LAUREATE,
                laureate,
                override,
                base -> w ->
                        w.nationalDecisions().setLaureate(dossier.row().dossierNumber(), laureate, override, base));
    }

    /** Proposes the invitation or not; a refusal (not a laureate, neither target b nor c) asks for an override. */
    void setInvited(RankedDossier dossier, boolean invited) {
        setInvited(dossier, invited, null);
    }

    void setInvited(RankedDossier dossier, boolean invited, String override) {
        decide(
                dossier,
                Decision.INVITED,
                invited,
                override,
                base -> w -> w.nationalDecisions().setInvited(dossier.row().dossierNumber(), invited, override, base));
    }

    /** Records the cabinet's decision on every current proposal. */
    void confirm(String by, LocalDate on) {
        confirm(by, on, false);
    }

    /**
     * The same; with {@code othersNotRetained}, every ranked dossier without proposal nor decision is not retained.
     * Over the decisions' versions shown: a proposal changed since opens the conflict.
     */
    void confirm(String by, LocalDate on, boolean othersNotRetained) {
        saves.confirm(by, on, othersNotRetained);
    }

    /** Which proposal a refusal is about. */
    enum Decision {
        LAUREATE,
        INVITED
    }

    /** A refused proposal the user may override with a written reason. */
    record OverrideRequest(RankedDossier dossier, Decision decision, String refusal) {}

    private void decide(
            RankedDossier dossier,
            Decision decision,
            boolean value,
            String override,
            LongFunction<Function<Workspace, NationalView>> work) {
        NationalView shown = view.get();
        decide(
                dossier,
                decision,
                value,
                override,
                work,
                shown == null ? 0 : shown.version(dossier.row().dossierNumber()));
    }

    private void decide(
            RankedDossier dossier,
            Decision decision,
            boolean value,
            String override,
            LongFunction<Function<Workspace, NationalView>> work,
            long base) {
        Optional<Workspace> workspace = state.current();
        workspace.ifPresent(w -> runner.run(
                messages.get("national.status.saving"),
                progress -> work.apply(base).apply(w),
                this::show,
                error -> {
                    if (error instanceof ConcurrentChangeException changed) {
                        message.set(SharedConflict.header(messages, changed));
                        refresh();
                        conflict.open(changed, current -> decide(dossier, decision, value, override, work, current));
                        return;
                    }
                    String said = error instanceof GateRefusedException refused
                            ? refusal(dossier.row().dossierNumber(), decision, refused)
                            : error.getMessage() == null ? "" : error.getMessage();
                    message.set(said);
                    refresh();
                    if (value && override == null && error instanceof GateRefusedException) {
                        overrideRequest.set(new OverrideRequest(dossier, decision, said));
                    }
                }));
    }

    /** A refused proposal in the window's language: the dossier, what was refused, and why. */
    String refusal(String number, Decision decision, GateRefusedException refused) {
        String reasons = refused.refusals().stream()
                .map(r -> r.words(messages.locale()))
                .collect(Collectors.joining(messages.get("national.gate.separator")));
        return messages.format(
                "national.gate.refused", number, messages.get("national.gate." + decision.name()), reasons);
    }

    /** The refused proposal awaiting an override's reason (null when none). */
    ObjectProperty<OverrideRequest> overrideRequestProperty() {
        return overrideRequest;
    }

    /** Proposes again with PESSII's written reason for overriding the refusal. */
    void override(OverrideRequest request, String reason) {
        overrideRequest.set(null);
        if (request.decision() == Decision.LAUREATE) {
            setLaureate(request.dossier(), true, reason);
        } else {
            setInvited(request.dossier(), true, reason);
        }
    }

    /** Keeps this row's region for its dossier number: the open conflict is resolved. */
    void keep(RankedDossier dossier) {
        call(
                messages.get("national.status.saving"),
                w -> w.nationalDecisions()
                        .resolveConflict(
                                dossier.row().dossierNumber(), dossier.dossier().exportingRegion()));
    }

    /** Applies the tie-break order typed in {@link #orderProperty()}. */
    void applyOrder() {
        saves.order(order.get());
    }

    /**
     * Writes the national workbook and, beside it, the public lists of the cabinet's recorded decisions (phase-2
     * invitees, phase-1 laureates) in the background.
     */
    void export(Path target, Path publicList, Path laureatesList) {
        Optional<Workspace> workspace = state.current();
        workspace.ifPresent(w -> runner.run(
                messages.get("national.status.exporting"),
                progress -> w.exportNational()
                        .toWorkbook(target, Optional.of(publicList), Optional.of(laureatesList), progress),
                report -> message.set(messages.format(
                        "national.exported.text",
                        report.file(),
                        messages.count("count.dossier", report.rows()),
                        messages.count("count.invited", report.invited()),
                        messages.count("count.laureate", report.laureates()))),
                error -> {}));
    }

    private void call(String status, Function<Workspace, NationalView> work) {
        Optional<Workspace> workspace = state.current();
        workspace.ifPresent(w -> runner.run(status, progress -> work.apply(w), this::show, error -> {
            message.set(error.getMessage() == null ? "" : error.getMessage());
            refresh();
        }));
    }

    private void show(NationalView shown) {
        view.set(shown);
        rows.setAll(shown.ranking());
        List<String> known = shown.ranking().stream()
                .map(r -> r.dossier().exportingRegion())
                .distinct()
                .sorted()
                .toList();
        keepChoices(regions, known, region);
        keepChoices(
                avis,
                shown.ranking().stream()
                        .map(r -> avisOf(r.row()))
                        .distinct()
                        .sorted()
                        .toList(),
                avisFilter);
        conflicts.setAll(shown.openConflicts());
        invitedText.set(shown.counters().describeInvited());
        laureatesText.set(shown.counters().describeLaureates());
        invitedOffTarget.set(!shown.counters().invitedWithinTarget());
        order.set(shown.order().toString());
        filter();
    }

    private static void keepChoices(ObservableList<String> choices, List<String> values, StringProperty chosen) {
        String was = chosen.get();
        choices.setAll(ANY);
        choices.addAll(values);
        chosen.set(choices.contains(was) ? was : ANY);
    }

    /** Whether a path names an xlsx file (what the drop zone and the chooser accept). */
    static boolean isWorkbook(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    FilteredList<RankedDossier> rows() {
        return filtered;
    }

    ObservableList<String> regions() {
        return regions;
    }

    ObservableList<String> avisChoices() {
        return avis;
    }

    ObservableList<AvisConflict> conflicts() {
        return conflicts;
    }

    StringProperty regionProperty() {
        return region;
    }

    StringProperty avisProperty() {
        return avisFilter;
    }

    BooleanProperty proposedOnlyProperty() {
        return proposedOnly;
    }

    BooleanProperty targetsOnlyProperty() {
        return targetsOnly;
    }

    StringProperty invitedTextProperty() {
        return invitedText;
    }

    StringProperty laureatesTextProperty() {
        return laureatesText;
    }

    BooleanProperty invitedOffTargetProperty() {
        return invitedOffTarget;
    }

    StringProperty orderProperty() {
        return order;
    }

    StringProperty messageProperty() {
        return message;
    }

    ObjectProperty<NationalView> viewProperty() {
        return view;
    }
}
