-- The CBS Modified stamp and request fingerprint of the last successful load of a table from an origin (CBS or the bundled sample).
SELECT s.cbs_modified AS Modified, i.request_fingerprint AS Fingerprint
FROM etl_import i
JOIN dim_source s ON s.source_key = i.source_key
WHERE i.kind = 'cbs' AND i.name = @TableId AND s.origin = @Origin AND i.status = 'loaded'
ORDER BY i.import_id DESC
LIMIT 1;
