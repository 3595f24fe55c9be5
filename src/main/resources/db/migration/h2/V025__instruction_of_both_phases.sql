-- Issue 18: phase-2 instruction. Reviews, the region's avis, kit assignments and block comments are keyed by a
-- dossier number of either phase: a phase-1 dossier's (table dossier) or a phase-2 dossier's (table phase2_dossier).
-- Their foreign keys to dossier (number) are lifted; the repositories check instead that the number is one of the
-- workspace's dossiers, of either phase (persistence.review.DossierNumbers). H2 named these unnamed constraints from
-- the table's name (the names below, the same in every workspace: the migrations always run in the same order).
ALTER TABLE review DROP CONSTRAINT IF EXISTS CONSTRAINT_8F;
ALTER TABLE region_avis DROP CONSTRAINT IF EXISTS CONSTRAINT_24B;
ALTER TABLE review_block_comment DROP CONSTRAINT IF EXISTS CONSTRAINT_D;
ALTER TABLE expert_assignment DROP CONSTRAINT IF EXISTS CONSTRAINT_C4;
