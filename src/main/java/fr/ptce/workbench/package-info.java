/**
 * Atelier PTCE, the offline workbench for instructing the dossiers of the call "AMI PTCE émergents". This root
 * package holds only the composition root ({@link fr.ptce.workbench.Main}), which may use every layer.
 */
package fr.ptce.workbench;
