-- Freshness of every CBS table: the last successful load (its origin, CBS Modified stamp, when, rows) and the last attempt.
SELECT i.name AS TableId,
       s.origin AS Origin,
       s.cbs_modified AS CbsModified,
       i.finished_at AS LoadedAt,
       i.rows_written AS RowsWritten,
       (SELECT a.status FROM etl_import a WHERE a.kind = 'cbs' AND a.name = i.name
        ORDER BY a.import_id DESC LIMIT 1) AS LastStatus,
       (SELECT a.started_at FROM etl_import a WHERE a.kind = 'cbs' AND a.name = i.name
        ORDER BY a.import_id DESC LIMIT 1) AS LastAttemptAt
FROM etl_import i
JOIN dim_source s ON s.source_key = i.source_key
WHERE i.kind = 'cbs' AND i.status = 'loaded'
  AND i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.kind = 'cbs' AND l.name = i.name AND l.status = 'loaded')
ORDER BY i.name;
