/**
 * Offline laptops of a team workspace: the copy of what a login may see into a local store ({@link
 * fr.ptce.workbench.persistence.offline.TableCopy}), the shared units sent back at check-in and their content on
 * either engine ({@link fr.ptce.workbench.persistence.offline.SharedUnits}), and the records of a checkout on both
 * sides ({@link fr.ptce.workbench.persistence.offline.CheckoutRecords}).
 */
package fr.ptce.workbench.persistence.offline;
