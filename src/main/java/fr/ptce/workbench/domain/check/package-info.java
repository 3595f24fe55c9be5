/**
 * The call's computed checks on a dossier: admissibility, eligible legal form, SIRET key, fragile
 * territories and section length limits. Pure functions with their reference data; {@code java.*} only.
 */
package fr.ptce.workbench.domain.check;
