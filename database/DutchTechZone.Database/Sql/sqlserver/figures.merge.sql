-- Upsert the staged cells of one load; only new or changed cells are written, so the row count is what changed.
-- A cell staged twice (a page read again after a resume) is taken once. The EXCEPT test is NULL-safe.
MERGE fact_regional_figure WITH (HOLDLOCK) AS t
USING (
    SELECT measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status
    FROM (
        SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.measure_key, s.region_key, s.category_key, s.period_key ORDER BY (SELECT NULL)) AS n
        FROM #stg_regional_figure s
    ) AS d
    WHERE d.n = 1
) AS s
   ON t.measure_key = s.measure_key AND t.region_key = s.region_key AND t.category_key = s.category_key AND t.period_key = s.period_key
WHEN MATCHED AND (EXISTS (SELECT t.value, t.value_symbol, t.value_text, t.cbs_status
                          EXCEPT
                          SELECT s.value, s.value_symbol, s.value_text, s.cbs_status)
                  OR (SELECT o.origin FROM dim_source o WHERE o.source_key = t.source_key) <> @Origin) THEN UPDATE SET
    value        = s.value,
    value_symbol = s.value_symbol,
    value_text   = s.value_text,
    cbs_status   = s.cbs_status,
    source_key   = @SourceKey,
    loaded_at    = @LoadedAt
WHEN NOT MATCHED BY TARGET THEN
    INSERT (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status, source_key, loaded_at)
    VALUES (s.measure_key, s.region_key, s.category_key, s.period_key, s.value, s.value_symbol, s.value_text, s.cbs_status, @SourceKey, @LoadedAt);
