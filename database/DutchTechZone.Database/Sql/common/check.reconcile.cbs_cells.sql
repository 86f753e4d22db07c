-- reconciliation: every CBS import wrote or found unchanged each cell it read.
SELECT CONCAT(i.name, ' (import ', i.import_id, '): ', i.rows_written, ' geschreven + ', i.rows_unchanged, ' ongewijzigd, ', i.cells_read, ' gelezen') AS failing_row
FROM etl_import i
WHERE i.kind = 'cbs' AND i.status = 'loaded' AND i.cells_read IS NOT NULL
  AND i.rows_written + COALESCE(i.rows_unchanged, 0) <> i.cells_read;
