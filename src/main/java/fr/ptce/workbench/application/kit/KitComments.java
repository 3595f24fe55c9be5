package fr.ptce.workbench.application.kit;

/** The code under which a reviewer's general comment is stored beside their block comments. */
final class KitComments {

    static final String GENERAL = "GENERAL";

    private KitComments() {}
}
