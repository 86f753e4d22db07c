-- Upsert the staged cells of one load; only new or changed cells are written (and counted). A cell staged twice
-- (a page read again after a resume) is written once.
INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status, source_key, loaded_at)
SELECT DISTINCT ON (s.measure_key, s.region_key, s.category_key, s.period_key)
       s.measure_key, s.region_key, s.category_key, s.period_key, s.value, s.value_symbol, s.value_text, s.cbs_status, @SourceKey, @LoadedAt
FROM stg_regional_figure s
ON CONFLICT (measure_key, region_key, category_key, period_key) DO UPDATE SET
    value        = EXCLUDED.value,
    value_symbol = EXCLUDED.value_symbol,
    value_text   = EXCLUDED.value_text,
    cbs_status   = EXCLUDED.cbs_status,
    source_key   = EXCLUDED.source_key,
    loaded_at    = EXCLUDED.loaded_at
WHERE (fact_regional_figure.value, fact_regional_figure.value_symbol, fact_regional_figure.value_text, fact_regional_figure.cbs_status)
      IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.value_symbol, EXCLUDED.value_text, EXCLUDED.cbs_status)
   OR (SELECT o.origin FROM dim_source o WHERE o.source_key = fact_regional_figure.source_key) <> @Origin;
