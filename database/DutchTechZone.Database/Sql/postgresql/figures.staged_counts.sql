-- What the reconciliation check compares a load with (as the population import records it): the distinct cells staged
-- (a page read again after a resume counts once) and those the warehouse already holds exactly (same value, symbol,
-- text, status and origin), which the merge will not write. Cells read = rows written + rows unchanged.
SELECT COUNT(*) AS CellsRead,
       COUNT(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM fact_regional_figure f JOIN dim_source o ON o.source_key = f.source_key
           WHERE f.measure_key = s.measure_key AND f.region_key = s.region_key AND f.category_key = s.category_key AND f.period_key = s.period_key
             AND (f.value, f.value_symbol, f.value_text, f.cbs_status) IS NOT DISTINCT FROM (s.value, s.value_symbol, s.value_text, s.cbs_status)
             AND o.origin = @Origin)) AS RowsUnchanged
FROM (SELECT DISTINCT measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status FROM stg_regional_figure) s;
