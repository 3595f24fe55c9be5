package fr.ptce.workbench.persistence.workspace;

import static fr.ptce.workbench.persistence.generated.Tables.EXPERT;
import static fr.ptce.workbench.persistence.generated.Tables.EXPERT_ASSIGNMENT;
import static fr.ptce.workbench.persistence.generated.Tables.EXPERT_KIT;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_BLOCK_COMMENT;

import fr.ptce.workbench.domain.kit.Assignment;
import fr.ptce.workbench.domain.kit.Expert;
import fr.ptce.workbench.domain.kit.Kit;
import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.generated.tables.records.ExpertKitRecord;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** The experts, their assignments with the conflict-of-interest declaration, and the kits sent to them. */
public final class ExpertRepository {

    private final DSLContext dsl;

    public ExpertRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores an expert, updating the name and organisation of a known e-mail. */
    public void save(Expert expert, OffsetDateTime at) {
        int updated = dsl.update(EXPERT)
                .set(EXPERT.NAME, expert.name())
                .set(EXPERT.ORGANISATION, expert.organisation())
                .where(EXPERT.EMAIL.eq(expert.email()))
                .execute();
        if (updated == 0) {
            dsl.insertInto(EXPERT)
                    .set(EXPERT.EMAIL, expert.email())
                    .set(EXPERT.NAME, expert.name())
                    .set(EXPERT.ORGANISATION, expert.organisation())
                    .set(EXPERT.CREATED_AT, at)
                    .execute();
        }
    }

    public Optional<Expert> find(String email) {
        return dsl.selectFrom(EXPERT)
                .where(EXPERT.EMAIL.equalIgnoreCase(email.strip()))
                .fetchOptional()
                .map(r -> new Expert(r.getName(), r.getEmail(), r.getOrganisation()));
    }

    /** Every expert, by name. */
    public List<Expert> all() {
        return dsl.selectFrom(EXPERT)
                .orderBy(EXPERT.NAME, EXPERT.EMAIL)
                .fetch()
                .map(r -> new Expert(r.getName(), r.getEmail(), r.getOrganisation()));
    }

    /** Stores an assignment, replacing the same dossier and expert's previous one. */
    public void assign(Assignment a) {
        dsl.deleteFrom(EXPERT_ASSIGNMENT)
                .where(EXPERT_ASSIGNMENT
                        .DOSSIER_NUMBER
                        .eq(a.dossierNumber())
                        .and(EXPERT_ASSIGNMENT.EXPERT_EMAIL.eq(a.expertEmail())))
                .execute();
        dsl.insertInto(EXPERT_ASSIGNMENT)
                .set(EXPERT_ASSIGNMENT.DOSSIER_NUMBER, a.dossierNumber())
                .set(EXPERT_ASSIGNMENT.EXPERT_EMAIL, a.expertEmail())
                .set(EXPERT_ASSIGNMENT.CONFLICT, a.conflict())
                .set(EXPERT_ASSIGNMENT.CONFLICT_NOTE, a.conflictNote())
                .set(EXPERT_ASSIGNMENT.ASSIGNED_AT, a.assignedAt())
                .execute();
    }

    /** Removes an assignment (the expert's reviews stay). */
    public void unassign(String dossierNumber, String expertEmail) {
        dsl.deleteFrom(EXPERT_ASSIGNMENT)
                .where(EXPERT_ASSIGNMENT
                        .DOSSIER_NUMBER
                        .eq(dossierNumber)
                        .and(EXPERT_ASSIGNMENT.EXPERT_EMAIL.eq(expertEmail)))
                .execute();
    }

    /** An expert's assignments, conflicts included, by dossier number. */
    public List<Assignment> assignments(String expertEmail) {
        return dsl.selectFrom(EXPERT_ASSIGNMENT)
                .where(EXPERT_ASSIGNMENT.EXPERT_EMAIL.eq(expertEmail))
                .orderBy(EXPERT_ASSIGNMENT.DOSSIER_NUMBER)
                .fetch()
                .map(r -> new Assignment(
                        r.getDossierNumber(),
                        r.getExpertEmail(),
                        r.getConflict(),
                        r.getConflictNote(),
                        ParisTime.of(r.getAssignedAt())));
    }

    /** Stores a new kit or its return. */
    public void saveKit(Kit kit) {
        dsl.deleteFrom(EXPERT_KIT).where(EXPERT_KIT.KIT_ID.eq(kit.kitId())).execute();
        dsl.insertInto(EXPERT_KIT)
                .set(EXPERT_KIT.KIT_ID, kit.kitId())
                .set(EXPERT_KIT.EXPERT_EMAIL, kit.expertEmail())
                .set(EXPERT_KIT.DOSSIERS, String.join(",", kit.dossiers()))
                .set(EXPERT_KIT.GRID_ID, kit.gridId())
                .set(EXPERT_KIT.GRID_VERSION, kit.gridVersion())
                .set(EXPERT_KIT.PSEUDONYMISED, kit.pseudonymised())
                .set(EXPERT_KIT.EXPORTED_AT, kit.exportedAt())
                .set(EXPERT_KIT.DEADLINE, kit.deadline())
                .set(EXPERT_KIT.RETURNED_AT, kit.returnedAt().orElse(null))
                .set(EXPERT_KIT.RETURNS, kit.returns())
                .execute();
    }

    public Optional<Kit> kit(String kitId) {
        return dsl.selectFrom(EXPERT_KIT)
                .where(EXPERT_KIT.KIT_ID.eq(kitId))
                .fetchOptional()
                .map(ExpertRepository::kit);
    }

    /** An expert's kits, oldest first. */
    public List<Kit> kits(String expertEmail) {
        return dsl.selectFrom(EXPERT_KIT)
                .where(EXPERT_KIT.EXPERT_EMAIL.eq(expertEmail))
                .orderBy(EXPERT_KIT.EXPORTED_AT, EXPERT_KIT.KIT_ID)
                .fetch()
                .map(ExpertRepository::kit);
    }

    private static Kit kit(ExpertKitRecord r) {
        List<String> dossiers = r.getDossiers().isEmpty()
                ? List.of()
                : Arrays.asList(r.getDossiers().split(","));
        return new Kit(
                r.getKitId(),
                r.getExpertEmail(),
                dossiers,
                r.getGridId(),
                r.getGridVersion(),
                r.getPseudonymised(),
                ParisTime.of(r.getExportedAt()),
                r.getDeadline(),
                Optional.ofNullable(r.getReturnedAt()).map(ParisTime::of),
                r.getReturns());
    }

    /** Replaces a reviewer's block and general comments on a dossier (code GENERAL for the general one). */
    public void saveComments(String dossierNumber, String reviewerEmail, Map<String, String> comments) {
        dsl.deleteFrom(REVIEW_BLOCK_COMMENT)
                .where(REVIEW_BLOCK_COMMENT
                        .DOSSIER_NUMBER
                        .eq(dossierNumber)
                        .and(REVIEW_BLOCK_COMMENT.REVIEWER_EMAIL.eq(reviewerEmail)))
                .execute();
        comments.forEach((code, comment) -> {
            if (comment != null && !comment.isBlank()) {
                dsl.insertInto(REVIEW_BLOCK_COMMENT)
                        .set(REVIEW_BLOCK_COMMENT.DOSSIER_NUMBER, dossierNumber)
                        .set(REVIEW_BLOCK_COMMENT.REVIEWER_EMAIL, reviewerEmail)
                        .set(REVIEW_BLOCK_COMMENT.BLOCK_CODE, code)
                        .set(REVIEW_BLOCK_COMMENT.COMMENT, comment)
                        .execute();
            }
        });
    }

    /** A reviewer's block and general comments on a dossier, by block code (GENERAL for the general one). */
    public Map<String, String> comments(String dossierNumber, String reviewerEmail) {
        Map<String, String> comments = new LinkedHashMap<>();
        dsl.selectFrom(REVIEW_BLOCK_COMMENT)
                .where(REVIEW_BLOCK_COMMENT
                        .DOSSIER_NUMBER
                        .eq(dossierNumber)
                        .and(REVIEW_BLOCK_COMMENT.REVIEWER_EMAIL.eq(reviewerEmail)))
                .orderBy(REVIEW_BLOCK_COMMENT.BLOCK_CODE)
                .forEach(r -> comments.put(r.getBlockCode(), r.getComment()));
        return comments;
    }
}
