package fr.ptce.workbench.spreadsheet.ds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sink that keeps everything it receives, for assertions. */
final class RecordingSink implements DsExportSink {

    /** One row as the sink received it. */
    record Row(long number, List<String> values) {}

    final Map<String, DsSheet> sheets = new LinkedHashMap<>();
    final Map<String, List<Row>> rows = new LinkedHashMap<>();

    @Override
    public void sheet(DsSheet sheet) {
        if (sheets.put(sheet.name(), sheet) != null) {
            throw new AssertionError("sheet announced twice: " + sheet.name());
        }
        rows.put(sheet.name(), new ArrayList<>());
    }

    @Override
    public void row(DsSheet sheet, long rowNumber, List<String> values) {
        if (values.size() != sheet.headers().size()) {
            throw new AssertionError("row " + rowNumber + " has " + values.size() + " values for "
                    + sheet.headers().size() + " headers");
        }
        rows.get(sheet.name()).add(new Row(rowNumber, List.copyOf(values)));
    }

    DsSheet sheet(String name) {
        return sheets.get(name);
    }

    List<Row> rows(String name) {
        return rows.get(name);
    }

    /** The value of a column, the first one with that header, in the row whose first value is the id. */
    String value(String sheet, String id, String header) {
        int column = sheets.get(sheet).headers().indexOf(header);
        return rows.get(sheet).stream()
                .filter(row -> row.values().get(0).equals(id))
                .findFirst()
                .map(row -> row.values().get(column))
                .orElseThrow(() -> new AssertionError("no row " + id + " in " + sheet));
    }
}
