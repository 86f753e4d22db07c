-- A table's first load written straight into the fact table, one cell per execution: the path of a database whose
-- bulk path is prepared inserts (SQLite). PostgreSQL loads through binary COPY into staging and figures.merge instead;
-- the statement is kept so that every dialect has every statement. Same outcome as figures.merge.
INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status, source_key, loaded_at)
VALUES (@measure_key, @region_key, @category_key, @period_key, @value, @value_symbol, @value_text, @cbs_status, @source_key, @loaded_at)
ON CONFLICT (measure_key, region_key, category_key, period_key) DO UPDATE SET
    value        = EXCLUDED.value,
    value_symbol = EXCLUDED.value_symbol,
    value_text   = EXCLUDED.value_text,
    cbs_status   = EXCLUDED.cbs_status,
    source_key   = EXCLUDED.source_key,
    loaded_at    = EXCLUDED.loaded_at
WHERE (fact_regional_figure.value, fact_regional_figure.value_symbol, fact_regional_figure.value_text, fact_regional_figure.cbs_status)
      IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.value_symbol, EXCLUDED.value_text, EXCLUDED.cbs_status);
