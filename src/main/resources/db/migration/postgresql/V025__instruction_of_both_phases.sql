-- Issue 18: phase-2 instruction. Reviews, the region's avis, kit assignments and block comments are keyed by a
-- dossier number of either phase: a phase-1 dossier's (table dossier) or a phase-2 dossier's (table phase2_dossier).
-- Their foreign keys to dossier (number) are lifted; the repositories check instead that the number is one of the
-- workspace's dossiers, of either phase (persistence.review.DossierNumbers).
ALTER TABLE review DROP CONSTRAINT IF EXISTS review_dossier_number_fkey;
ALTER TABLE region_avis DROP CONSTRAINT IF EXISTS region_avis_dossier_number_fkey;
ALTER TABLE review_block_comment DROP CONSTRAINT IF EXISTS review_block_comment_dossier_number_fkey;
ALTER TABLE expert_assignment DROP CONSTRAINT IF EXISTS expert_assignment_dossier_number_fkey;
