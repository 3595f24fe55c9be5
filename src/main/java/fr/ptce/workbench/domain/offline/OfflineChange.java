package fr.ptce.workbench.domain.offline;

/** A shared unit changed offline and sent back, a conflict kept as the laptop's version included. */
public record OfflineChange(OfflineUnitKind kind, String dossier, String key, boolean overServerChange) {}
