/**
 * The call's vocabulary and rules as plain records, enums and pure functions: dossiers, checks, grids.
 * Depends on {@code java.*} only, so every rule can be tested without a database, a file or a window.
 */
package fr.ptce.workbench.domain;
