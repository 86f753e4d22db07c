-- The most recent imports (CBS pulls and delivered files), newest first.
SELECT import_id AS ImportId, kind AS Kind, name AS Name, origin AS Origin, status AS Status,
       rows_written AS RowsWritten, started_at AS StartedAt, finished_at AS FinishedAt, message AS Message
FROM etl_import
ORDER BY import_id DESC
LIMIT @Limit;
