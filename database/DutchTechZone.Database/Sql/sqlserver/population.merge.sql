-- Upsert staged population counts; only new or changed rows are written, so the row count is what changed.
-- The EXCEPT test is NULL-safe, like PostgreSQL's IS DISTINCT FROM. A row from another origin (the bundled sample,
-- then live CBS) is rewritten too, so its lineage says where the figure now comes from.
MERGE fact_population WITH (HOLDLOCK) AS t
USING (
    SELECT r.region_key, s.date_key, m.measure_key, s.inhabitants, s.cbs_period, s.cbs_status
    FROM #stg_population s
    JOIN dim_region  r ON r.cbs_code = s.cbs_code
    JOIN dim_measure m ON m.table_id = s.table_id AND m.topic_key = s.topic_key
) AS s
   ON t.region_key = s.region_key AND t.date_key = s.date_key AND t.measure_key = s.measure_key
WHEN MATCHED AND (EXISTS (SELECT t.inhabitants, t.cbs_period, t.cbs_status
                          EXCEPT
                          SELECT s.inhabitants, s.cbs_period, s.cbs_status)
                  OR (SELECT o.origin FROM dim_source o WHERE o.source_key = t.source_key) <> @Origin) THEN UPDATE SET
    inhabitants = s.inhabitants,
    cbs_period  = s.cbs_period,
    cbs_status  = s.cbs_status,
    source_key  = @SourceKey,
    loaded_at   = @LoadedAt
WHEN NOT MATCHED BY TARGET THEN
    INSERT (region_key, date_key, measure_key, inhabitants, cbs_period, cbs_status, source_key, loaded_at)
    VALUES (s.region_key, s.date_key, s.measure_key, s.inhabitants, s.cbs_period, s.cbs_status, @SourceKey, @LoadedAt);
