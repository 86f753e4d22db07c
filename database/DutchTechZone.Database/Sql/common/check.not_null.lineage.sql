-- not null: a CBS source names its Modified stamp; a delivered file its SHA-256 and when it was received.
SELECT CONCAT('dim_source ', source_key, ' ', name, ': ',
              CASE WHEN kind = 'cbs_table' THEN 'cbs_modified ontbreekt' ELSE 'content_hash of received_at ontbreekt' END) AS failing_row
FROM dim_source
WHERE (kind = 'cbs_table' AND cbs_modified IS NULL)
   OR (kind = 'file' AND (content_hash IS NULL OR received_at IS NULL));
