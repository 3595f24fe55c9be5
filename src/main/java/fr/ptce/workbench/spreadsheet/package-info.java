/**
 * Every file format the workbench reads or writes: DS exports (xlsx streamed, csv) and the workbooks it
 * writes. Depends on domain only; the only package that imports Apache POI.
 */
package fr.ptce.workbench.spreadsheet;
