-- What the reconciliation check compares a regional load with, counted before the merge: the distinct cells read
-- (a cell read twice after a resume counts once) and those the warehouse already holds exactly (same value, symbol,
-- text, status and origin), which the merge will not write. Cells read = rows written + unchanged.
WITH s AS (
    SELECT DISTINCT measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status
    FROM stg_regional_figure
)
SELECT
    (SELECT COUNT(*) FROM s) AS CellsRead,
    (SELECT COUNT(*)
     FROM s
     JOIN fact_regional_figure f
       ON f.measure_key = s.measure_key AND f.region_key = s.region_key AND f.category_key = s.category_key AND f.period_key = s.period_key
     JOIN dim_source o ON o.source_key = f.source_key
     WHERE f.value IS s.value AND f.value_symbol IS s.value_symbol AND f.value_text IS s.value_text AND f.cbs_status IS s.cbs_status
       AND o.origin = @Origin) AS RowsUnchanged;
