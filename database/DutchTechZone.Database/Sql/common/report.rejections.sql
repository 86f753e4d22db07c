-- Board report: files rejected since a moment (the start of the report period), with their number of errors.
SELECT i.name AS FileName, i.finished_at AS RejectedAt, COUNT(r.rejection_id) AS Errors, MIN(r.message) AS FirstError
FROM etl_import i
LEFT JOIN etl_rejection r ON r.import_id = i.import_id
WHERE i.status = 'rejected' AND i.started_at >= @Since
GROUP BY i.import_id, i.name, i.finished_at
ORDER BY i.import_id DESC;
