package fr.ptce.workbench.ui.fx;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Columns that size to their content: short columns (region, wave, state…) as wide as their widest text and their
 * header, never cut; long ones (project, structure) as wide as their content up to a cap, a tooltip giving the whole
 * text when the cell cuts it.
 */
public final class ColumnFit {

    /** The cell's padding and the header's sort arrow. */
    public static final double PADDING = 26;
    /** The narrowest a long text column gets when the pane is narrow. */
    static final double LONG_MIN = 150;
    /** The key of a long column's width as wide as its content (up to its cap). */
    private static final String CONTENT_WIDTH = "ColumnFit.contentWidth";

    private ColumnFit() {}

    /** The width of a text in the window's font (the theme's 14 px, at least the system's size). */
    public static double textWidth(String text, boolean bold) {
        Font base = Font.getDefault();
        Text measure = new Text(Objects.toString(text, ""));
        measure.setFont(
                Font.font(base.getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, Math.max(14, base.getSize())));
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    /** What a column needs to show its (bold) header and every one of these texts whole. */
    static double width(String header, Collection<String> texts) {
        double widest = textWidth(header, true);
        for (String text : texts) {
            widest = Math.max(widest, textWidth(text, false));
        }
        return widest + PADDING;
    }

    /** A short column: exactly the width of its header and texts, recomputed whenever the table's rows change. */
    public static <S> void fitted(TableView<S> table, TableColumn<S, String> column, Function<S, String> value) {
        Runnable fit = () -> {
            double width =
                    width(column.getText(), table.getItems().stream().map(value).toList());
            column.setMinWidth(width);
            column.setPrefWidth(width);
            column.setMaxWidth(width);
        };
        table.getItems().addListener((ListChangeListener<S>) c -> fit.run());
        table.itemsProperty().addListener((o, old, items) -> {
            items.addListener((ListChangeListener<S>) c -> fit.run());
            fit.run();
        });
        fit.run();
        column.setCellFactory(c -> new TooltipCell<>());
    }

    /** A long column: as wide as its content up to {@code max}, never under {@link #LONG_MIN}, a tooltip when cut. */
    public static <S> void capped(
            TableView<S> table, TableColumn<S, String> column, Function<S, String> value, double max) {
        Runnable fit = () -> {
            double width = Math.max(
                    LONG_MIN,
                    Math.min(
                            max,
                            width(
                                    column.getText(),
                                    table.getItems().stream().map(value).toList())));
            column.getProperties().put(CONTENT_WIDTH, width);
            column.setPrefWidth(
                    table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY
                            ? column.getMinWidth()
                            : width);
        };
        column.setMinWidth(Math.max(LONG_MIN, textWidth(column.getText(), true) + PADDING));
        table.getItems().addListener((ListChangeListener<S>) c -> fit.run());
        fit.run();
        column.setCellFactory(c -> new TooltipCell<>());
    }

    /**
     * Columns that fill the table when their minimum widths fit in it (the long ones share what is left), and a
     * horizontal scroll bar rather than cut columns when they do not (a narrow pane).
     */
    public static <S> void fillOrScroll(TableView<S> table) {
        Runnable choose = () -> {
            double needed = table.getColumns().stream()
                            .filter(TableColumn::isVisible)
                            .mapToDouble(TableColumn::getMinWidth)
                            .sum()
                    + 20;
            var policy = table.getWidth() >= needed
                    ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS
                    : TableView.UNCONSTRAINED_RESIZE_POLICY;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
                // scrolling: the long columns at their narrowest, so that the short ones show beside them
                boolean narrow = policy == TableView.UNCONSTRAINED_RESIZE_POLICY;
                table.getColumns().stream()
                        .filter(c -> c.getProperties().containsKey(CONTENT_WIDTH))
                        .forEach(c -> c.setPrefWidth(
                                narrow
                                        ? c.getMinWidth()
                                        : (double) c.getProperties().get(CONTENT_WIDTH)));
            }
        };
        table.widthProperty().addListener((o, old, width) -> choose.run());
        table.getColumns().forEach(c -> c.minWidthProperty().addListener((o, old, width) -> choose.run()));
        choose.run();
    }

    /** A header that always shows whole: the column is at least as wide as its title. */
    public static <S> void header(TableColumn<S, ?> column) {
        column.setMinWidth(Math.max(column.getMinWidth(), textWidth(column.getText(), true) + PADDING));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
    }

    /** Whether a text is cut in a cell of this width. */
    public static boolean cut(String text, double cellWidth) {
        return text != null && !text.isEmpty() && textWidth(text, false) + PADDING - 8 > cellWidth;
    }

    /** A text cell whose tooltip gives the whole text when the column is too narrow to show it. */
    public static final class TooltipCell<S> extends TableCell<S, String> {

        /** Made the first time a text is cut: a tooltip is a popup window, too costly for every cell made. */
        private Tooltip tooltip;

        public TooltipCell() {
            widthProperty().addListener((o, old, width) -> updateTooltip());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            updateTooltip();
        }

        private void updateTooltip() {
            String text = getText();
            if (!isEmpty() && cut(text, getWidth())) {
                if (tooltip == null) {
                    tooltip = new Tooltip();
                }
                tooltip.setText(text);
                setTooltip(tooltip);
            } else {
                setTooltip(null);
            }
        }
    }
}
