package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.common.FileKind;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.ui.common.Autosave;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.dashboard.DashboardView;
import fr.ptce.workbench.ui.experts.ExpertsWindow;
import fr.ptce.workbench.ui.fx.FileAsker;
import fr.ptce.workbench.ui.fx.FolderOpener;
import fr.ptce.workbench.ui.fx.KeyBuffer;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.MenuMnemonics;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Theme;
import fr.ptce.workbench.ui.importing.ColumnMappingDialog;
import fr.ptce.workbench.ui.importing.DropViewModel;
import fr.ptce.workbench.ui.importing.FileDrop;
import fr.ptce.workbench.ui.importing.ImportConfirmDialog;
import fr.ptce.workbench.ui.importing.ImportReportDialog;
import fr.ptce.workbench.ui.phase2.Phase2ViewModel;
import fr.ptce.workbench.ui.reader.ReaderPane;
import fr.ptce.workbench.ui.scoring.IdentityDialog;
import fr.ptce.workbench.ui.scoring.ScoringPane;
import fr.ptce.workbench.ui.workspace.SettingsDialog;
import fr.ptce.workbench.ui.workspace.SettingsViewModel;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menu bar, dossier list and reader pane side by side, status bar. Ctrl+E (or Enter on the
 * list) switches to the scoring screen: the reader on the left, the grid on the right. Built from its view model,
 * so that a test can show it on an in-memory workspace with any task runner.
 */
public final class MainWindow {

    private static final String ICON = "ptce-workbench.png";
    private static final double MIN_WIDTH = 1100;
    private static final double MIN_HEIGHT = 700;

    private final Stage stage;
    private final MainViewModel viewModel;
    private final DossierListView list;
    private final ReaderPane reader;
    private final ScoringPane scoring;
    private final SplitPane split;
    private final TabPane tabs;
    private final Tab dashboardTab;
    private final WorkbenchMenu menu;
    private final Phase2ViewModel phase2;
    private final Phase2Scoring phase2Scoring;
    private final BooleanProperty scoringMode = new SimpleBooleanProperty();
    /** From Ctrl+E until the scoring screen has the focus: keys typed meanwhile wait (KeyBuffer). */
    private final BooleanProperty opening = new SimpleBooleanProperty();
    /** Opening the scoring screen, or a dossier's sheet loading on it (held here: bindings are weakly observed). */
    private final BooleanBinding scoringBusy;

    public MainWindow(Stage stage, MainViewModel viewModel, Messages messages) {
        this(stage, viewModel, messages, UiPreferences.user());
    }

    /** The window with the recent workspaces and settings of these preferences. */
    public MainWindow(Stage stage, MainViewModel viewModel, Messages messages, UiPreferences preferences) {
        this.stage = stage;
        this.viewModel = viewModel;
        list = new DossierListView(viewModel, messages);
        reader = new ReaderPane(viewModel.reader(), messages);
        scoring = new ScoringPane(viewModel.scoring(), messages);
        split = new SplitPane(list, reader);
        split.setId("mainSplit");
        split.setDividerPositions(0.5);

        phase2 = viewModel.phase2();
        viewModel.imports().onPhase2Import(() -> {
            phase2.refresh();
            phase2.phaseProperty().set(Phase.TWO);
        });
        PhaseSwitch phases = new PhaseSwitch(viewModel, phase2, split, messages);
        phase2Scoring = phases.scoring();
        Tab dossiersTab = new Tab(messages.get("tab.dossiers"), phases.node());
        dossiersTab.setId("dossiersTab");
        dashboardTab = new Tab(messages.get("dashboard.tab"));
        dashboardTab.setId("dashboardTab");
        // built when first shown: a tab pane styles and lays out every tab's content, the hidden ones too (P6)
        dashboardTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && dashboardTab.getContent() == null) {
                dashboardTab.setContent(new DashboardView(viewModel.dashboard(), messages));
            }
        });
        tabs = new TabPane(dossiersTab, dashboardTab);
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewModel.dashboard().shownProperty().bind(dashboardTab.selectedProperty());

        BorderPane root = new BorderPane(tabs);
        root.setId("mainWindow");
        SettingsViewModel settings = new SettingsViewModel(
                viewModel.runner(), viewModel.workspaceState(), preferences, messages, viewModel::useWorkspace);
        SettingsDialog.answerConflicts(stage, messages, settings);
        menu = new WorkbenchMenu(stage, viewModel, messages, preferences);
        menu.onDashboard(this::toggleDashboard);
        menu.onSettings(() -> {
            settings.load();
            SettingsDialog.create(stage, messages, settings, menu::chooseWorkspace)
                    .showAndWait();
        });
        root.setTop(menu);
        root.setBottom(new StatusBar(viewModel, messages));

        // most of the screen: the list, the reader and the grid all want width on a laptop
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, initialWidth(screen), initialHeight(screen));
        Theme.style(scene);
        MenuMnemonics.install(scene, menu);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> {
            showList();
            list.focusFilter();
        });
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+P"), phases::toggle);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> windowKey(e, messages));
        scoringBusy = opening.or(scoringMode.and(viewModel.scoring().loadingProperty()));
        KeyBuffer.install(scene, scoringBusy, () -> {
            if (scoringMode.get() && scoring.gridShown()) {
                scoring.focusGrid();
            }
        });
        list.onOpen(this::showScoring);
        DropViewModel drop = new DropViewModel(
                viewModel.runner(),
                viewModel.workspaceState(),
                messages,
                viewModel::importFile,
                () -> viewModel.dashboard().refresh());
        drop.onKind(FileKind.EXPERT_KIT, kits -> {
            ExpertsWindow experts = new ExpertsWindow(stage, viewModel.experts(), messages);
            experts.show();
            kits.forEach(experts::importKit);
        });
        FileDrop.install(stage, scene, drop, messages);

        stage.setScene(scene);
        stage.getIcons()
                .add(new Image(Objects.requireNonNull(MainWindow.class.getResource(ICON))
                        .toExternalForm()));
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        viewModel.imports().lastImportProperty().addListener((o, old, report) -> {
            if (report != null) {
                ImportReportDialog.show(stage, messages, report);
            }
        });
        viewModel.imports().mappingRequestProperty().addListener((o, old, request) -> {
            if (request != null) {
                ColumnMappingDialog.show(stage, messages, request, accepted -> {
                    if (accepted) {
                        viewModel.imports().acceptMapping();
                    } else {
                        viewModel.imports().cancelMapping();
                    }
                });
            }
        });
        ImportConfirmDialog.install(stage, messages, viewModel.imports());
        ResumeViewModel resume = new ResumeViewModel(viewModel, preferences);
        list.keepSort(resume.sortProperty());
        TabPane scoringTabs = (TabPane) scoring.lookup("#scoringTabs");
        TabMemory.keep(split, scoring, scoringTabs, resume.tabProperty());
        resume.onResumeTab(tab -> {
            showScoring();
            // after showScoring's own focusing of the grid; the focus then inside the tab shown
            Platform.runLater(() -> {
                TabMemory.select(scoringTabs, tab);
                scoring.focusSelectedTab();
            });
        });
        viewModel.passwordRequestProperty().addListener((o, old, request) -> {
            if (request != null) {
                // after the task's callback, so that the dialog does not nest in it
                Platform.runLater(() -> PasswordDialog.ask(stage, messages, request)
                        .ifPresentOrElse(viewModel.opening()::givePassword, viewModel.opening()::cancelPassword));
            }
        });
        Autosave autosave = viewModel.scoring().autosave();
        autosave.identityNeededProperty().addListener((o, was, needed) -> {
            if (needed) {
                // after the key event that asked for it, so that the dialog gets the next keys
                Platform.runLater(() -> IdentityDialog.ask(stage, messages)
                        .ifPresentOrElse(autosave::identityGiven, autosave::identityRefused));
            }
        });
    }

    /**
     * The keys valid everywhere in the window, seen before the focused control (a text area keeps Ctrl+Tab
     * otherwise): Ctrl+D, Ctrl+E, Ctrl+Tab / Ctrl+Shift+Tab, Ctrl+PageDown / Ctrl+PageUp, Escape on a score.
     */
    private void windowKey(KeyEvent e, Messages messages) {
        if (phase2Key(e)) {
            e.consume();
        } else if (e.isControlDown() && e.getCode() == KeyCode.TAB) {
            nextTab(e.isShiftDown() ? -1 : 1);
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.D) {
            toggleDashboard();
        } else if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.E) {
            if (scoringMode.get()) {
                showList();
            } else {
                showScoring();
            }
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.PAGE_DOWN) {
            list.navigation().next();
            scoreFromTop();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.PAGE_UP) {
            list.navigation().previous();
            scoreFromTop();
        } else if (scoringMode.get() && e.getCode() == KeyCode.ESCAPE && isScoreControl(e)) {
            showList();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Ctrl+E, Échap on a score, Ctrl+Tab and Ctrl+PageDown / PageUp while the dossiers tab shows phase 2: its
     * scoring screen's keys.
     */
    private boolean phase2Key(KeyEvent e) {
        if (phase2.phaseProperty().get() != Phase.TWO
                || !tabs.getSelectionModel().isSelected(0)) {
            return false;
        }
        boolean shown = phase2Scoring.shownProperty().get();
        if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.E) {
            phase2Scoring.toggle();
        } else if (shown && e.getCode() == KeyCode.ESCAPE && isScoreControl(e)) {
            phase2Scoring.close();
        } else if (shown && e.isControlDown() && e.getCode() == KeyCode.TAB) {
            phase2Scoring.pane().selectTab(e.isShiftDown() ? -1 : 1);
        } else if (shown
                && e.isShortcutDown()
                && (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)) {
            phase2Scoring.step(e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
        } else {
            return false;
        }
        return true;
    }

    /** On the scoring screen, the new dossier's grid from its top, the focus on its first criterion. */
    private void scoreFromTop() {
        if (scoringMode.get()) {
            scoring.focusGridTop();
        }
    }

    /**
     * Ctrl+Tab: on the scoring screen, its next tab (Grille, Éligibilité, Évaluateurs, Avis, Historique);
     * otherwise the dossiers or the dashboard. The focus lands inside the tab shown.
     */
    void nextTab(int delta) {
        if (scoringMode.get() && !dashboardTab.isSelected()) {
            scoring.selectTab(delta);
            return;
        }
        toggleDashboard();
        if (dashboardTab.isSelected()) {
            KeyFocus.prepare(tabs);
            KeyFocus.firstControl(dashboardTab.getContent()).ifPresent(KeyFocus::request);
        } else if (scoringMode.get()) {
            scoring.focusSelectedTab();
        } else {
            list.focusList();
        }
    }

    /** The scoring pane, for the window's tests. */
    ScoringPane scoringPane() {
        return scoring;
    }

    private static boolean isScoreControl(KeyEvent e) {
        return e.getTarget() instanceof javafx.scene.Node node
                && node.getStyleClass().contains("score-control");
    }

    /** How « Ouvrir le dossier » shows a folder: the application's services; none, no such button. */
    public void openFoldersWith(FolderOpener opener) {
        menu.openFoldersWith(opener);
        viewModel.reader().attachments().openWith(opener);
    }

    /** Where the menu's commands ask for files and folders: the system's choosers unless a test answers. */
    void useFiles(FileAsker asker) {
        menu.useFiles(asker);
    }

    /** Shows the dashboard tab, or back to the dossiers when it is shown. */
    void toggleDashboard() {
        tabs.getSelectionModel().select(dashboardTab.isSelected() ? 0 : 1);
    }

    /** The scoring screen: the reader on the left, the grid on the right, the focus on the current criterion. */
    void showScoring() {
        tabs.getSelectionModel().select(0);
        if (viewModel.selectedProperty().get() == null) {
            list.navigation().next();
        }
        if (!scoringMode.get()) {
            scoringMode.set(true);
            split.getItems().setAll(reader, scoring);
            split.setDividerPositions(0.5);
        }
        opening.set(true);
        Platform.runLater(() -> {
            scoring.focusGrid();
            opening.set(false);
        });
    }

    /** Back to the dossier list beside the reader. */
    void showList() {
        tabs.getSelectionModel().select(0);
        if (scoringMode.get()) {
            scoringMode.set(false);
            viewModel.scoring().flush();
            split.getItems().setAll(list, reader);
            split.setDividerPositions(0.5);
            list.focusList();
        }
    }

    /** The window's width when it opens: most of the screen, at least its minimum. */
    static double initialWidth(Rectangle2D screen) {
        return Math.max(MIN_WIDTH, screen.getWidth() * 0.92);
    }

    /** The window's height when it opens: most of the screen, at least its minimum. */
    static double initialHeight(Rectangle2D screen) {
        return Math.max(MIN_HEIGHT, screen.getHeight() * 0.9);
    }

    /** Shows the window, the keyboard focus in the dossier list (the filter's prompt stays visible). */
    public void show() {
        stage.show();
        stage.getScene().lookup("#dossierTable").requestFocus();
    }

    /** Phase 2's scoring screen (for the tests). */
    Phase2Scoring phase2Scoring() {
        return phase2Scoring;
    }

    /** The phase selector's and phase 2's view model (for the tests). */
    Phase2ViewModel phase2() {
        return phase2;
    }
}
