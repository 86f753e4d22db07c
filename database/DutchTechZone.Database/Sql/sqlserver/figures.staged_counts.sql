-- What the reconciliation check compares a load with (as the population import records it): the distinct cells staged
-- (a page read again after a resume counts once) and those the warehouse already holds exactly (same value, symbol,
-- text, status and origin), which the merge will not write. Cells read = rows written + rows unchanged. INTERSECT is NULL-safe.
SELECT COUNT_BIG(*) AS CellsRead,
       COALESCE(SUM(CASE WHEN EXISTS (
           SELECT 1 FROM fact_regional_figure f JOIN dim_source o ON o.source_key = f.source_key
           WHERE f.measure_key = s.measure_key AND f.region_key = s.region_key AND f.category_key = s.category_key AND f.period_key = s.period_key
             AND EXISTS (SELECT f.value, f.value_symbol, f.value_text, f.cbs_status INTERSECT SELECT s.value, s.value_symbol, s.value_text, s.cbs_status)
             AND o.origin = @Origin) THEN CAST(1 AS bigint) ELSE CAST(0 AS bigint) END), CAST(0 AS bigint)) AS RowsUnchanged
FROM (SELECT DISTINCT measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status FROM #stg_regional_figure) s;
