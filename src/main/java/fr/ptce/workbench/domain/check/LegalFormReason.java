package fr.ptce.workbench.domain.check;

/**
 * Why a legal-form verdict says what it says, as data: {@link LegalFormWords} words it in the reader's language.
 * {@code INSEE_…} reasons rest on the INSEE legal category (and, for a company, on the declared form); {@code
 * DECLARED_…} reasons on the declared form alone.
 */
public enum LegalFormReason {
    /** The category says an association or a cooperative. */
    INSEE_FUNDED_FORM,
    /** The category says a public body; the call funds private legal persons. */
    INSEE_PUBLIC_BODY,
    /** The category says an undeclared association, which is no legal person. */
    INSEE_UNDECLARED_ASSOCIATION,
    /** The category says a foundation or another form the call does not list. */
    INSEE_NOT_LISTED,
    /** A company by its category, a cooperative by its declared form. */
    INSEE_COMPANY_DECLARED_COOPERATIVE,
    /** A company by its category, declaring the ESUS agreement no exported data shows. */
    INSEE_COMPANY_DECLARED_ESUS,
    /** A company by its category, with no declared form to say more. */
    INSEE_COMPANY_NOT_DECLARED,
    /** A company by its category, whose declared form says neither cooperative nor ESUS. */
    INSEE_COMPANY_DECLARED_OTHER,
    /** Neither a category nor a declared form. */
    NOTHING,
    /** The declared form alone says an association. */
    DECLARED_ASSOCIATION,
    /** The declared form alone says a cooperative. */
    DECLARED_COOPERATIVE,
    /** The declared form alone says a company invoking the ESUS agreement. */
    DECLARED_ESUS_COMPANY,
    /** The declared form alone says a company without the ESUS agreement. */
    DECLARED_COMPANY,
    /** The declared form alone says a public body. */
    DECLARED_PUBLIC_BODY,
    /** The declared form alone says an undeclared association. */
    DECLARED_UNDECLARED_ASSOCIATION,
    /** The declared form alone says none of the forms the call funds. */
    DECLARED_OTHER
}
