/**
 * The command line (picocli): headless subcommands over the same use cases as the window. Calls
 * application and domain only; the only package that writes to standard output.
 */
package fr.ptce.workbench.cli;
