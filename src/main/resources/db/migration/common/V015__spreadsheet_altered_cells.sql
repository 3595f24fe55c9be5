-- Issue 19, item 3: cells a spreadsheet program altered (an error value such as #NAME? or Err:502, or an evaluated
-- formula) in the last import that listed the dossier: the headers of those columns, one per line; empty when none.
-- The dossier's texts are kept as found; this flag names what to re-import from DS's original export.
ALTER TABLE dossier ADD COLUMN altered_columns VARCHAR(1000000);
