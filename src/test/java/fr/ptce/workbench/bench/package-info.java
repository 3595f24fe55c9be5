/**
 * The benchmark suite of issue 8, run by {@code ./mvnw -Pbench verify} (never by the tests): see
 * src/site/markdown/performance.md. A composition root like {@code Main}: it only wires use cases and the
 * baselines that live in their own layer (POI in spreadsheet, JavaFX in ui).
 */
package fr.ptce.workbench.bench;
