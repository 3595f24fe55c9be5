package fr.ptce.workbench.domain.check;

/** What an INSEE legal category or a declared legal form says the carrier structure is. */
public enum LegalFamily {
    ASSOCIATION,
    UNDECLARED_ASSOCIATION,
    COOPERATIVE,
    COMPANY,
    PUBLIC_BODY,
    FOUNDATION,
    NOT_LISTED
}
