/**
 * A chart of the dashboard written as a PNG file ({@link PngImageFile}), through a temporary file moved into place.
 */
package fr.ptce.workbench.spreadsheet.image;
