-- The CBS Modified stamp and request fingerprint of the last successful regional-figures load of a table from an origin.
SELECT s.cbs_modified AS Modified, i.request_fingerprint AS Fingerprint
FROM etl_import i
JOIN dim_source s ON s.source_key = i.source_key
WHERE i.kind = 'cbs_figures' AND i.name = @TableId AND s.origin = @Origin AND i.status = 'loaded'
ORDER BY i.import_id DESC
LIMIT 1;
