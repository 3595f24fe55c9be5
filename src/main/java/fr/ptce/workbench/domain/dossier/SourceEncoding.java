package fr.ptce.workbench.domain.dossier;

/**
 * How DS encoded the text values of one export, which depends on when it was made.
 *
 * @param htmlEscapedTextareas textareas went through Rails' sanitizer (exports before 2025-07-08)
 * @param htmlEscapedText single-line text did too (2025-05-05 to 2025-07-08)
 * @param holdsCommunes whether the format can hold the communes repetition block (csv cannot)
 */
public record SourceEncoding(boolean htmlEscapedTextareas, boolean htmlEscapedText, boolean holdsCommunes) {}
