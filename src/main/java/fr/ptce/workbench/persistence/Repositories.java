package fr.ptce.workbench.persistence;

import org.jooq.DSLContext;

/** The repositories of a workspace, bound to the one transaction a unit of work runs in. */
public final class Repositories {

    private final DossierRepository dossiers;
    private final ImportRepository imports;
    private final NoteRepository notes;
    private final AvisRepository avis;
    private final MappingRepository mappings;

    Repositories(DSLContext dsl) {
        this.dossiers = new DossierRepository(dsl);
        this.imports = new ImportRepository(dsl);
        this.notes = new NoteRepository(dsl);
        this.avis = new AvisRepository(dsl);
        this.mappings = new MappingRepository(dsl);
    }

    /** The imported dossiers. */
    public DossierRepository dossiers() {
        return dossiers;
    }

    /** The import history and what each import did to each dossier. */
    public ImportRepository imports() {
        return imports;
    }

    /** The correspondent's local notes on dossiers. */
    public NoteRepository notes() {
        return notes;
    }

    /** The DS expert opinions of the dossiers. */
    public AvisRepository avis() {
        return avis;
    }

    /** The column mappings remembered per DS procedure. */
    public MappingRepository mappings() {
        return mappings;
    }
}
