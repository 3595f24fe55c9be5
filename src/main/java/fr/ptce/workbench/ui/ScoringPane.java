package fr.ptce.workbench.ui;

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
final class ScoringPane extends VBox {

    private final GridSection grid;
    private final TabPane tabs = new TabPane();
    private final Tab gridTab;

    ScoringPane(ScoringViewModel viewModel, Messages messages) {
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
        tabs.getTabs().addAll(gridTab,
                tab(messages.get("scoring.tab.eligibility"), "eligibilityTab",
                        new EligibilitySection(viewModel.judgement(), messages)),
                tab(messages.get("scoring.tab.reviewers"), "reviewersTab",
                        new ReviewersSection(viewModel.reviewers(), messages)),
                tab(messages.get("scoring.tab.avis"), "avisTab", new AvisSection(viewModel.avis(), messages)),
                tab(messages.get("scoring.tab.history"), "historyTab", new HistorySection(viewModel, messages)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label hint = new Label(messages.get("scoring.hint"));
        hint.getStyleClass().add("criterion-help");
        getChildren().addAll(header, error, tabs, hint);
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
    void focusGrid() {
        tabs.getSelectionModel().select(gridTab);
        if (getScene() != null && grid.getScene() == null) {
            applyCss();
            layout();
        }
        grid.focusCurrent();
    }
}
