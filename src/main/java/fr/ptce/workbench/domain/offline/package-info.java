/**
 * Offline laptops of a team workspace: what a checkout took ({@link fr.ptce.workbench.domain.offline.CheckoutOrigin}),
 * the shared units a check-in sends back, its conflicts with both versions and the user's choices. Pure records;
 * depends on {@code java.*} only.
 */
package fr.ptce.workbench.domain.offline;
