-- Board report, data freshness: the last successful load of each CBS table and delivered file, and when it was last checked.
SELECT i.kind AS Kind, i.name AS Name, i.origin AS Origin, i.rows_written AS RowsWritten, i.finished_at AS LoadedAt,
       s.cbs_modified AS CbsModified,
       (SELECT MAX(c.finished_at) FROM etl_import c
        WHERE c.kind = i.kind AND c.name = i.name AND c.status IN ('loaded', 'skipped', 'duplicate')) AS CheckedAt
FROM etl_import i
LEFT JOIN dim_source s ON s.source_key = i.source_key
WHERE i.import_id IN (SELECT MAX(l.import_id) FROM etl_import l WHERE l.status = 'loaded' GROUP BY l.kind, l.name)
ORDER BY i.kind, i.name;
