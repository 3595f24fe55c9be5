/**
 * Every file format the workbench reads or writes, one room per feature: {@code ds} reads DS exports,
 * {@code ds.synthetic} writes invented ones for the samples, {@code avis} writes, verifies and reads the region's
 * avis workbook, {@code kit} the expert kit, {@code national} PESSII's workbooks, {@code image} a chart as PNG. They
 * never depend on each other, only on the shared rooms {@code xlsx} (the file-format machinery) and {@code layout}
 * (the sheets several workbooks show). Depends on domain only; the only layer that imports Apache POI.
 */
package fr.ptce.workbench.spreadsheet;
