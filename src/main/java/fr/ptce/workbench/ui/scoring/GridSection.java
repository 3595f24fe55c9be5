package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The grid on the scoring screen: the call's guidance on reading the criteria (the dossier's maturity), then block by
 * block with live subtotals, and its keyboard: digits score the focused criterion, Up/Down move between criteria, C
 * or Ctrl+Enter jump to the comment, Escape comes back.
 */
final class GridSection extends ScrollPane {

    private final ScoringViewModel viewModel;
    private final Messages messages;
    private final VBox content = new VBox(10);
    private final Map<String, CriterionRow> rows = new LinkedHashMap<>();
    private final Label guidance;
    private boolean swallowTyped;
    private boolean wantFocus;
    /** The row last brought into view: kept in view when the viewport gets its size (first showing, resizing). */
    private Node revealed;

    GridSection(ScoringViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("gridSection");
        setFitToWidth(true);
        content.setId("gridContent");
        content.getStyleClass().add("scoring-grid");
        setContent(content);
        viewportBoundsProperty().addListener((o, was, now) -> {
            if (revealed != null && was.getHeight() != now.getHeight()) {
                reveal(revealed);
            }
        });
        guidance = new Label(messages.format("scoring.guidance", Grids.MATURITY_GUIDANCE));
        guidance.setId("maturityGuidance");
        guidance.getStyleClass().add("guidance");
        guidance.setWrapText(true);
        guidance.setMinHeight(Region.USE_PREF_SIZE);
        viewModel.gridProperty().addListener((o, old, grid) -> build(grid));
        build(viewModel.gridProperty().get());
        viewModel.focusedProperty().addListener((o, old, code) -> {
            if (code != null && rows.containsKey(code) && focusInside()) {
                focusScore(code);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
    }

    private void build(Grid grid) {
        rows.clear();
        content.getChildren().clear();
        if (grid == null) {
            return;
        }
        if (!Grids.AMI_PTCE_2021_PHASE2.equals(grid.id())) {
            // the guidance reads phase 1's criteria (the dossier's maturity at its phase-1 deposit)
            content.getChildren().add(guidance);
        }
        for (Block block : grid.blocks()) {
            Label heading = Nodes.heading(block.code() + " — " + block.label(), "block-" + block.code());
            Label subtotal = new Label();
            subtotal.setId("subtotal-" + block.code());
            subtotal.getStyleClass().add("subtotal");
            subtotal.setMinWidth(Region.USE_PREF_SIZE);
            subtotal.textProperty().bind(Bindings.valueAt(viewModel.subtotals(), block.code()));
            subtotal.setAccessibleText(messages.format("scoring.subtotal.accessible", block.label()));
            heading.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(heading, Priority.ALWAYS);
            VBox blockBox = new VBox(6, new HBox(8, heading, subtotal));
            blockBox.getStyleClass().add("grid-block");
            for (var criterion : grid.criteria(block.code())) {
                CriterionRow row =
                        new CriterionRow(viewModel.criterion(criterion.code()), grid.scale(), viewModel, messages);
                row.scoreControl().focusedProperty().addListener((o, was, now) -> {
                    if (now) {
                        viewModel.focus(criterion.code());
                        reveal(row);
                    }
                });
                rows.put(criterion.code(), row);
                blockBox.getChildren().add(row);
            }
            content.getChildren().add(blockBox);
        }
        if (wantFocus) {
            focusCurrent();
        }
    }

    /** Puts the keyboard focus on the focused criterion's score control. */
    void focusCurrent() {
        String code = viewModel.focusedProperty().get();
        if (code == null && !rows.isEmpty()) {
            code = rows.keySet().iterator().next();
        }
        wantFocus = code == null;
        if (code != null) {
            focusScore(code);
        }
    }

    /** The first criterion focused and the grid scrolled to its top (the call's guidance in view). */
    void focusFirst() {
        if (rows.isEmpty()) {
            wantFocus = true;
            return;
        }
        String first = rows.keySet().iterator().next();
        viewModel.focus(first);
        KeyFocus.request(rows.get(first).scoreControl());
        revealed = rows.get(first);
        setVvalue(0);
    }

    private void focusScore(String code) {
        CriterionRow row = rows.get(code);
        if (row != null) {
            row.scoreControl().requestFocus();
            reveal(row);
        }
    }

    private void keyPressed(KeyEvent e) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner == null || !(owner.getUserData() instanceof String code) || !rows.containsKey(code)) {
            return;
        }
        if (viewModel.autosave().identityNeededProperty().get()) {
            // the identity dialog is on its way: keys typed meanwhile belong to it, not to the grid
            e.consume();
            return;
        }
        CriterionRow row = rows.get(code);
        if (owner == row.comment()) {
            if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.ENTER && e.isShortcutDown())) {
                row.comment().getParent().requestFocus();
                focusScore(code);
                e.consume();
            }
            return;
        }
        if (owner != row.scoreControl() || e.isAltDown() || e.isShortcutDown() && e.getCode() != KeyCode.ENTER) {
            return;
        }
        int digit = digit(e.getCode());
        if (digit >= 0) {
            viewModel.digit(digit);
        } else if (e.getCode() == KeyCode.COMMA || e.getCode() == KeyCode.PERIOD || e.getCode() == KeyCode.DECIMAL) {
            viewModel.halfMark();
        } else if (e.getCode() == KeyCode.DOWN) {
            viewModel.focusNext();
        } else if (e.getCode() == KeyCode.UP) {
            viewModel.focusPrevious();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            viewModel.clearFocused();
        } else if (e.getCode() == KeyCode.C || e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            swallowTyped = true;
            row.comment().requestFocus();
            row.comment().end();
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }

    private boolean focusInside() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls so that the row is visible. */
    private void reveal(Node row) {
        revealed = row;
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        if (!rows.isEmpty() && rows.values().iterator().next() == row) {
            // the first criterion: from the top, with the call's guidance above it
            setVvalue(0);
            return;
        }
        Bounds bounds = content.sceneToLocal(row.localToScene(row.getBoundsInLocal()));
        double top = getVvalue() * (contentHeight - viewport);
        if (bounds.getMinY() < top) {
            setVvalue(bounds.getMinY() / (contentHeight - viewport));
        } else if (bounds.getMaxY() > top + viewport) {
            setVvalue((bounds.getMaxY() - viewport) / (contentHeight - viewport));
        }
    }
}
