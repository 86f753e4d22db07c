-- Freshness of every CBS table: the last successful load (its origin, CBS Modified stamp, when, rows) and the last attempt.
SELECT i.name AS TableId,
       s.origin AS Origin,
       s.cbs_modified AS CbsModified,
       i.finished_at AS LoadedAt,
       i.rows_written AS RowsWritten,
       (SELECT TOP (1) a.status FROM etl_import a WHERE a.kind = N'cbs' AND a.name = i.name
        ORDER BY a.import_id DESC) AS LastStatus,
       (SELECT TOP (1) a.started_at FROM etl_import a WHERE a.kind = N'cbs' AND a.name = i.name
        ORDER BY a.import_id DESC) AS LastAttemptAt
FROM etl_import i
JOIN dim_source s ON s.source_key = i.source_key
WHERE i.kind = N'cbs' AND i.status = N'loaded'
  AND i.import_id = (SELECT MAX(l.import_id) FROM etl_import l WHERE l.kind = N'cbs' AND l.name = i.name AND l.status = N'loaded')
ORDER BY i.name;
