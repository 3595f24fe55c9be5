package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right side of the scoring screen: the dossier's title and total, then tabs for the grid, eligibility, avis and
 * history.
 */
public final class ScoringPane extends VBox {

    private final GridSection grid;
    private final EligibilitySection eligibility;
    private final AvisSection avis;
    private final TabPane tabs = new TabPane();
    private final Tab gridTab;

    public ScoringPane(ScoringViewModel viewModel, Messages messages) {
        super(6);
        setId("scoringPane");
        setPadding(new Insets(8));
        Label title = new Label();
        title.setId("scoringTitle");
        title.getStyleClass().add("reader-heading");
        title.textProperty().bind(viewModel.titleProperty());
        Label total = new Label();
        total.setId("total");
        total.getStyleClass().add("total");
        total.textProperty().bind(viewModel.totalProperty());
        total.setAccessibleText(messages.get("scoring.total.accessible"));
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox header = new HBox(12, title, total);

        Label error = new Label();
        error.setId("scoringError");
        error.getStyleClass().add("flagged");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.lastErrorProperty());
        error.visibleProperty().bind(viewModel.lastErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        grid = new GridSection(viewModel, messages);
        gridTab = tab(messages.get("scoring.tab.grid"), "gridTab", grid);
        tabs.setId("scoringTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        eligibility = new EligibilitySection(viewModel.judgement(), messages);
        avis = new AvisSection(viewModel.avis(), messages);
        tabs.getTabs()
                .addAll(
                        gridTab,
                        tab(messages.get("scoring.tab.eligibility"), "eligibilityTab", eligibility),
                        tab(
                                messages.get("scoring.tab.reviewers"),
                                "reviewersTab",
                                new ReviewersSection(viewModel.reviewers(), messages)),
                        tab(messages.get("scoring.tab.avis"), "avisTab", avis),
                        tab(
                                messages.get("scoring.tab.history"),
                                "historyTab",
                                new HistorySection(viewModel, messages)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label hint = new Label();
        hint.setId("scoringHint");
        hint.getStyleClass().add("criterion-help");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the keys of the tab shown: digits on the grid, O / P / N on the eligibility…
        hint.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> messages.get(hintKey(tabs.getSelectionModel().getSelectedItem())),
                        tabs.getSelectionModel().selectedItemProperty()));
        hint.accessibleTextProperty().bind(hint.textProperty());
        getChildren().addAll(header, error, tabs, hint);
    }

    /**
     * The scoring screen of phase-2 dossiers: the grid, the reviewers, the avis and the history; phase 1's
     * eligibility tab, proposal « en phase 2 » and admissibility override are left out.
     */
    public ScoringPane phase2Only() {
        setId("phase2ScoringPane");
        tabs.getTabs().removeIf(tab -> tab.getContent() == eligibility);
        avis.phase2Only();
        return this;
    }

    /** Whether the grid tab is the one shown. */
    public boolean gridShown() {
        return tabs.getSelectionModel().getSelectedItem() == gridTab;
    }

    /** The message key of the keys hint under a tab: {@code scoring.hint} for the grid, else per tab. */
    static String hintKey(Tab tab) {
        if (tab == null) {
            return "scoring.hint";
        }
        return switch (tab.getId()) {
            case "eligibilityTab" -> "scoring.hint.eligibility";
            case "reviewersTab" -> "scoring.hint.reviewers";
            case "avisTab" -> "scoring.hint.avis";
            case "historyTab" -> "scoring.hint.history";
            default -> "scoring.hint";
        };
    }

    /**
     * Shows the next (+1) or previous (-1) tab, round, with the keyboard focus inside it: Ctrl+Tab from anywhere,
     * even a text area, which would otherwise keep Ctrl+Tab for itself.
     */
    public void selectTab(int delta) {
        int count = tabs.getTabs().size();
        int index = tabs.getSelectionModel().getSelectedIndex();
        tabs.getSelectionModel().select(Math.floorMod(index + delta, count));
        focusSelectedTab();
    }

    /** The keyboard focus on the first useful control of the tab shown: the criterion, the first question… */
    public void focusSelectedTab() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == gridTab) {
            focusGrid();
            return;
        }
        KeyFocus.prepare(tabs);
        if (tab.getContent() == eligibility) {
            eligibility.focusFirst();
        } else {
            KeyFocus.firstControl(tab.getContent()).ifPresent(KeyFocus::request);
        }
    }

    /** The tab shown, for the window's tests. */
    public Tab selectedTab() {
        return tabs.getSelectionModel().getSelectedItem();
    }

    private static Tab tab(String text, String id, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    /**
     * Shows the grid tab with the keyboard focus on the focused criterion. The first time the pane is shown, its tab
     * pane has no skin yet, so the grid is not in the scene and a focus request would be lost (the tab header took
     * it): CSS and layout are applied first, which builds the skin.
     */
    public void focusGrid() {
        tabs.getSelectionModel().select(gridTab);
        if (getScene() != null && grid.getScene() == null) {
            applyCss();
            layout();
        }
        grid.focusCurrent();
    }

    /**
     * The grid at its top, the keyboard focus on its first criterion: where a new dossier is scored from
     * (Ctrl+Page suivante / précédente), whatever tab the previous dossier showed.
     */
    public void focusGridTop() {
        focusGrid();
        grid.focusFirst();
    }
}
