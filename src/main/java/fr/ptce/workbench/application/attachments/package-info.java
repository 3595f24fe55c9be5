/** The dossiers' files from DS zip exports: listing and copying them out. */
package fr.ptce.workbench.application.attachments;
