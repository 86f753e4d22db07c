-- The most recently rejected files with their number of errors, newest first.
SELECT i.import_id AS ImportId, i.name AS Name, i.finished_at AS RejectedAt, i.message AS Message,
       (SELECT COUNT(*) FROM etl_rejection r WHERE r.import_id = i.import_id) AS ErrorCount
FROM etl_import i
WHERE i.kind = 'file' AND i.status = 'rejected'
ORDER BY i.import_id DESC
LIMIT @Limit;
