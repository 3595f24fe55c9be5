/** The search over dossiers: accent- and case-folding, the query, and an in-memory index of their texts. */
package fr.ptce.workbench.domain.search;
