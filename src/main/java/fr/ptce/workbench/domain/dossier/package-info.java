/**
 * A dossier as the workbench understands it: the champs of the procedure, the DS tracking data and the raw
 * DS row kept verbatim. Pure records and mapping rules; depends on {@code java.*} only.
 */
package fr.ptce.workbench.domain.dossier;
