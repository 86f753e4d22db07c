-- A table's first staged load (none of its facts in the warehouse): the staged cells inserted; a cell staged twice (a
-- page read again after a resume) is written once, the last one wins. (SQLite's first loads normally skip staging: see
-- figures.insert_new.)
INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status, source_key, loaded_at)
SELECT s.measure_key, s.region_key, s.category_key, s.period_key, s.value, s.value_symbol, s.value_text, s.cbs_status, @SourceKey, @LoadedAt
FROM stg_regional_figure s
WHERE true
ON CONFLICT (measure_key, region_key, category_key, period_key) DO UPDATE SET
    value        = excluded.value,
    value_symbol = excluded.value_symbol,
    value_text   = excluded.value_text,
    cbs_status   = excluded.cbs_status
WHERE fact_regional_figure.value IS NOT excluded.value
   OR fact_regional_figure.value_symbol IS NOT excluded.value_symbol
   OR fact_regional_figure.value_text IS NOT excluded.value_text
   OR fact_regional_figure.cbs_status IS NOT excluded.cbs_status;
