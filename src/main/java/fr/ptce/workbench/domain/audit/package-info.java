/**
 * The audit trail: append-only rows saying who changed which field of a dossier's instruction, when, from what
 * to what. Pure records; depends on {@code java.*} only.
 */
package fr.ptce.workbench.domain.audit;
