-- What the reconciliation check compares a regional load with, counted before the merge: the distinct cells read
-- (a cell read twice after a resume counts once) and those the warehouse already holds exactly (same value, symbol,
-- text, status and origin), which the merge will not write. Cells read = rows written + unchanged. INTERSECT is NULL-safe.
WITH s AS (
    SELECT DISTINCT measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status
    FROM #stg_regional_figure
)
SELECT
    (SELECT COUNT_BIG(*) FROM s) AS CellsRead,
    (SELECT COUNT_BIG(*)
     FROM s
     JOIN fact_regional_figure f
       ON f.measure_key = s.measure_key AND f.region_key = s.region_key AND f.category_key = s.category_key AND f.period_key = s.period_key
     JOIN dim_source o ON o.source_key = f.source_key
     WHERE EXISTS (SELECT f.value, f.value_symbol, f.value_text, f.cbs_status INTERSECT SELECT s.value, s.value_symbol, s.value_text, s.cbs_status)
       AND o.origin = @Origin) AS RowsUnchanged;
