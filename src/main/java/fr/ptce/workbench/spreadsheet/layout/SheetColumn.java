package fr.ptce.workbench.spreadsheet.layout;

import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn;
import fr.ptce.workbench.spreadsheet.xlsx.AvisColumn.Kind;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A column of a sheet together with the value it shows for one line: the header and the value are declared side by
 * side, so that they cannot drift apart.
 */
public record SheetColumn<T>(AvisColumn column, Function<? super T, Object> value) {

    public SheetColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }

    public static <T> SheetColumn<T> of(String header, Kind kind, Function<? super T, Object> value) {
        return new SheetColumn<>(new AvisColumn(header, kind), value);
    }

    public static <T> SheetColumn<T> of(String header, Kind kind, String comment, Function<? super T, Object> value) {
        return new SheetColumn<>(new AvisColumn(header, kind, comment), value);
    }

    /** The headers of these columns, in order. */
    public static <T> List<AvisColumn> headers(List<SheetColumn<T>> columns) {
        return columns.stream().map(SheetColumn::column).toList();
    }

    /** The values of one line under these columns, in order (a value may be null: an empty cell). */
    public static <T> List<Object> values(List<SheetColumn<T>> columns, T line) {
        List<Object> values = new java.util.ArrayList<>(columns.size());
        for (SheetColumn<T> column : columns) {
            values.add(column.value().apply(line));
        }
        return values;
    }
}
