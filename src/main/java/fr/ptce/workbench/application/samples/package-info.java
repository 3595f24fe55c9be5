/**
 * Seeded generators of invented dossiers of the call, for the demo, tests and benchmarks. Pure Java on the
 * domain records, with small text banks and a list of real communes embedded as resources.
 */
package fr.ptce.workbench.application.samples;
