-- Issue 18: PESSII's consolidation of both phases in the same tables. A region's phase-2 avis workbook (metadata
-- phase = 2) is imported as its phase-1 one; its file and rows say their phase (1 for everything before).
ALTER TABLE national_file ADD COLUMN phase INT DEFAULT 1 NOT NULL;
ALTER TABLE national_avis ADD COLUMN phase INT DEFAULT 1 NOT NULL;
