-- reconciliation: every CBS import (population: kind cbs; regional figures: kind cbs_figures) wrote or found unchanged
-- each cell it read. Imports recorded before the counts existed (cells_read NULL) cannot be reconciled and are left out.
SELECT CONCAT(i.name, ' (', i.kind, ', import ', i.import_id, '): ', i.rows_written, ' geschreven + ', COALESCE(i.rows_unchanged, 0), ' ongewijzigd, ', i.cells_read, ' gelezen') AS failing_row
FROM etl_import i
WHERE i.kind IN ('cbs', 'cbs_figures') AND i.status = 'loaded' AND i.cells_read IS NOT NULL
  AND i.rows_written + COALESCE(i.rows_unchanged, 0) <> i.cells_read;
