/**
 * The JavaFX window: views built in code, view models holding state as properties, and the task runner
 * for background work. Calls application and domain only; the only package that imports JavaFX.
 */
package fr.ptce.workbench.ui;
