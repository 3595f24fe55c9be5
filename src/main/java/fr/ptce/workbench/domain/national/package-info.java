/**
 * PESSII's national consolidation: the regions' avis rows as read from their workbooks, where they came from and
 * the conflicts between them. Pure records; depends on {@code java.*} only.
 */
package fr.ptce.workbench.domain.national;
