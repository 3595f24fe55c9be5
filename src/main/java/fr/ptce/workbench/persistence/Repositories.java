package fr.ptce.workbench.persistence;

import fr.ptce.workbench.persistence.dossier.AttachmentRepository;
import fr.ptce.workbench.persistence.dossier.AvisRepository;
import fr.ptce.workbench.persistence.dossier.DossierRepository;
import fr.ptce.workbench.persistence.dossier.ImportRepository;
import fr.ptce.workbench.persistence.dossier.MappingRepository;
import fr.ptce.workbench.persistence.dossier.NoteRepository;
import fr.ptce.workbench.persistence.national.CampaignRepository;
import fr.ptce.workbench.persistence.national.DsPushRepository;
import fr.ptce.workbench.persistence.national.NationalAvisRepository;
import fr.ptce.workbench.persistence.national.NationalDecisionRepository;
import fr.ptce.workbench.persistence.phase2.Phase2DecisionRepository;
import fr.ptce.workbench.persistence.phase2.Phase2Repository;
import fr.ptce.workbench.persistence.review.GridRepository;
import fr.ptce.workbench.persistence.review.OverrideRepository;
import fr.ptce.workbench.persistence.review.RegionAvisRepository;
import fr.ptce.workbench.persistence.review.ReviewRepository;
import fr.ptce.workbench.persistence.workspace.AuditRepository;
import fr.ptce.workbench.persistence.workspace.ExpertRepository;
import fr.ptce.workbench.persistence.workspace.SettingRepository;
import fr.ptce.workbench.persistence.workspace.UserRepository;
import org.jooq.DSLContext;

/** The repositories of a workspace, bound to the one transaction a unit of work runs in. */
public final class Repositories {

    private final DossierRepository dossiers;
    private final AttachmentRepository attachments;
    private final ImportRepository imports;
    private final NoteRepository notes;
    private final AvisRepository avis;
    private final MappingRepository mappings;
    private final GridRepository grids;
    private final ReviewRepository reviews;
    private final RegionAvisRepository regionAvis;
    private final OverrideRepository overrides;
    private final AuditRepository audit;
    private final UserRepository users;
    private final NationalAvisRepository national;
    private final NationalDecisionRepository decisions;
    private final ExpertRepository experts;
    private final SettingRepository settings;
    private final CampaignRepository campaigns;
    private final Phase2Repository phase2;
    private final Phase2DecisionRepository phase2Decisions;
    private final DsPushRepository dsPushes;

    Repositories(DSLContext dsl) {
        this.dossiers = new DossierRepository(dsl);
        this.attachments = new AttachmentRepository(dsl);
        this.imports = new ImportRepository(dsl);
        this.notes = new NoteRepository(dsl);
        this.avis = new AvisRepository(dsl);
        this.mappings = new MappingRepository(dsl);
        this.grids = new GridRepository(dsl);
        this.reviews = new ReviewRepository(dsl);
        this.regionAvis = new RegionAvisRepository(dsl);
        this.overrides = new OverrideRepository(dsl);
        this.audit = new AuditRepository(dsl);
        this.users = new UserRepository(dsl);
        this.national = new NationalAvisRepository(dsl);
        this.decisions = new NationalDecisionRepository(dsl);
        this.experts = new ExpertRepository(dsl);
        this.settings = new SettingRepository(dsl);
        this.campaigns = new CampaignRepository(dsl);
        this.phase2 = new Phase2Repository(dsl);
        this.phase2Decisions = new Phase2DecisionRepository(dsl);
        this.dsPushes = new DsPushRepository(dsl);
    }

    /** The imported dossiers. */
    public DossierRepository dossiers() {
        return dossiers;
    }

    /** The dossiers' files from DS zip exports. */
    public AttachmentRepository attachments() {
        return attachments;
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

    /** The grid versions. */
    public GridRepository grids() {
        return grids;
    }

    /** The reviews: scores, comments, eligibility, maturity and targets per dossier and reviewer. */
    public ReviewRepository reviews() {
        return reviews;
    }

    /** The region's avis on the dossiers. */
    public RegionAvisRepository regionAvis() {
        return regionAvis;
    }

    /** The admissibility overrides. */
    public OverrideRepository overrides() {
        return overrides;
    }

    /** The append-only audit trail of the instruction. */
    public AuditRepository audit() {
        return audit;
    }

    /** The identity of the workspace's user. */
    public UserRepository users() {
        return users;
    }

    /** PESSII's national consolidation of the regions' avis workbooks. */
    public NationalAvisRepository national() {
        return national;
    }

    /** PESSII's decisions and the national view's settings. */
    public NationalDecisionRepository decisions() {
        return decisions;
    }

    /** The experts, their assignments and kits. */
    public ExpertRepository experts() {
        return experts;
    }

    /** The workspace's settings and saved filters. */
    public CampaignRepository campaigns() {
        return campaigns;
    }

    public SettingRepository settings() {
        return settings;
    }

    /** The phase-2 dossiers and what the workspace holds of their phase-1 dossiers. */
    public Phase2Repository phase2() {
        return phase2;
    }

    /** PESSII's phase-2 proposals, the cabinet's phase-2 decisions and the third years. */
    public Phase2DecisionRepository phase2Decisions() {
        return phase2Decisions;
    }

    /** What {@code ds push} sent to DS. */
    public DsPushRepository dsPushes() {
        return dsPushes;
    }
}
