-- Upsert staged population counts; only new or changed rows are written (and counted).
INSERT INTO fact_population (region_key, date_key, measure_key, inhabitants, cbs_period, cbs_status, source_key, loaded_at)
SELECT r.region_key, s.date_key, m.measure_key, s.inhabitants, s.cbs_period, s.cbs_status, @SourceKey, @LoadedAt
FROM stg_population s
JOIN dim_region  r ON r.cbs_code = s.cbs_code
JOIN dim_measure m ON m.table_id = s.table_id AND m.topic_key = s.topic_key
WHERE true
ON CONFLICT (region_key, date_key, measure_key) DO UPDATE SET
    inhabitants = excluded.inhabitants,
    cbs_period  = excluded.cbs_period,
    cbs_status  = excluded.cbs_status,
    source_key  = excluded.source_key,
    loaded_at   = excluded.loaded_at
WHERE fact_population.inhabitants <> excluded.inhabitants
   OR fact_population.cbs_period  <> excluded.cbs_period
   OR fact_population.cbs_status  <> excluded.cbs_status
   OR (SELECT o.origin FROM dim_source o WHERE o.source_key = fact_population.source_key) <> @Origin;  -- relabel sample rows once live figures come
