/**
 * The expert kit: written for one expert ({@link KitWorkbookWriter}, from {@link KitContent}; its instructions,
 * columns, drop-downs and input styles), read back when returned ({@link KitWorkbookReader} into {@link KitReturn}
 * and {@link KitEntries}), its locked parts checked by checksum ({@link KitLockedParts}); {@link KitFormat} names
 * its sheets and keys.
 */
package fr.ptce.workbench.spreadsheet.kit;
