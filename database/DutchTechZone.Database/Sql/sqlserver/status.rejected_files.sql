-- The most recently rejected files with their number of errors, newest first.
SELECT TOP (@Limit) i.import_id AS ImportId, i.name AS Name, i.finished_at AS RejectedAt, i.message AS Message,
       (SELECT COUNT(*) FROM etl_rejection r WHERE r.import_id = i.import_id) AS ErrorCount
FROM etl_import i
WHERE i.kind = N'file' AND i.status = N'rejected'
ORDER BY i.import_id DESC;
