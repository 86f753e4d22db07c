-- The first load of a table (none of its facts in the warehouse yet): each cell goes straight into the fact table,
-- one prepared statement per cell in the load's transaction, without staging and merge. Same outcome as
-- figures.merge: a cell delivered twice (a page read again) is written once, the last one wins, and only a change counts.
INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status, source_key, loaded_at)
VALUES (@measure_key, @region_key, @category_key, @period_key, @value, @value_symbol, @value_text, @cbs_status, @source_key, @loaded_at)
ON CONFLICT (measure_key, region_key, category_key, period_key) DO UPDATE SET
    value        = excluded.value,
    value_symbol = excluded.value_symbol,
    value_text   = excluded.value_text,
    cbs_status   = excluded.cbs_status,
    source_key   = excluded.source_key,
    loaded_at    = excluded.loaded_at
WHERE fact_regional_figure.value IS NOT excluded.value
   OR fact_regional_figure.value_symbol IS NOT excluded.value_symbol
   OR fact_regional_figure.value_text IS NOT excluded.value_text
   OR fact_regional_figure.cbs_status IS NOT excluded.cbs_status;
