/**
 * Use cases, one public method each, each one transaction: import dossiers, list and read them, open a
 * workspace. Calls domain, persistence and spreadsheet; returns immutable reports and results.
 */
package fr.ptce.workbench.application;
