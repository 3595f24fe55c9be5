/**
 * The workspace store: an H2 file database migrated by Flyway, and one repository per aggregate written
 * with jOOQ. Depends on domain only; the only package that imports jOOQ, and no jOOQ type leaves it.
 */
package fr.ptce.workbench.persistence;
