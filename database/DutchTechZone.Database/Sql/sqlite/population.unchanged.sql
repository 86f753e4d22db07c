-- Staged counts the warehouse already holds exactly (same figure, period, status and origin): the merge will not
-- write them. Cells read = rows written + these (the reconciliation check of every CBS import).
SELECT COUNT(*)
FROM stg_population s
JOIN dim_region  r ON r.cbs_code = s.cbs_code
JOIN dim_measure m ON m.table_id = s.table_id AND m.topic_key = s.topic_key
JOIN fact_population f ON f.region_key = r.region_key AND f.date_key = s.date_key AND f.measure_key = m.measure_key
JOIN dim_source o ON o.source_key = f.source_key
WHERE f.inhabitants = s.inhabitants AND f.cbs_period = s.cbs_period AND f.cbs_status = s.cbs_status AND o.origin = @Origin;
