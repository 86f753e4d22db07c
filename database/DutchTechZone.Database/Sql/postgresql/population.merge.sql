-- Upsert staged population counts; only new or changed rows are written (and counted).
INSERT INTO fact_population (region_key, date_key, measure_key, inhabitants, cbs_period, cbs_status, source_key, loaded_at)
SELECT r.region_key, s.date_key, m.measure_key, s.inhabitants, s.cbs_period, s.cbs_status, @SourceKey, @LoadedAt
FROM stg_population s
JOIN dim_region  r ON r.cbs_code = s.cbs_code
JOIN dim_measure m ON m.table_id = s.table_id AND m.topic_key = s.topic_key
ON CONFLICT (region_key, date_key, measure_key) DO UPDATE SET
    inhabitants = EXCLUDED.inhabitants,
    cbs_period  = EXCLUDED.cbs_period,
    cbs_status  = EXCLUDED.cbs_status,
    source_key  = EXCLUDED.source_key,
    loaded_at   = EXCLUDED.loaded_at
WHERE (fact_population.inhabitants, fact_population.cbs_period, fact_population.cbs_status)
      IS DISTINCT FROM (EXCLUDED.inhabitants, EXCLUDED.cbs_period, EXCLUDED.cbs_status)
   OR (SELECT o.origin FROM dim_source o WHERE o.source_key = fact_population.source_key) <> @Origin;  -- relabel sample rows once live figures come
