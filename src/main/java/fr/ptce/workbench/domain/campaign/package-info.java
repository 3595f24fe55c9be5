/**
 * The campaign of the call as data: its waves (deadline, instruction start, the rolling track) and the numbers its
 * decisions are counted against. Pure Java; PESSII edits it, the workspace stores its versions.
 */
package fr.ptce.workbench.domain.campaign;
