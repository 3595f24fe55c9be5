/**
 * Use cases, one public method each, each one transaction: import dossiers, list and read them, open a
 * workspace, and instruct them (scores, eligibility, avis, overrides, audit trail). Calls domain, persistence
 * and spreadsheet; returns immutable reports and results.
 */
package fr.ptce.workbench.application;
