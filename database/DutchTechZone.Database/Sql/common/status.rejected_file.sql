-- One rejected delivery by its import id (null when the id is not a rejected file).
SELECT i.import_id AS ImportId, i.name AS Name, i.finished_at AS RejectedAt, i.message AS Message,
       (SELECT COUNT(*) FROM etl_rejection r WHERE r.import_id = i.import_id) AS ErrorCount
FROM etl_import i
WHERE i.import_id = @ImportId AND i.kind = 'file' AND i.status = 'rejected';
