package fr.ptce.workbench.domain.offline;

/** What a checkout copied: the dossiers the login may see, the shared units recorded with their base, the files. */
public record CheckoutReport(CheckoutOrigin origin, int dossiers, int units, int attachments) {}
