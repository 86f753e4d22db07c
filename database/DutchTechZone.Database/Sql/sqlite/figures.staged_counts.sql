-- What the reconciliation check compares a load with (as the population import records it): the distinct cells staged
-- (a page read again after a resume counts once) and those the warehouse already holds exactly (same value, symbol,
-- text, status and origin), which the merge will not write. Cells read = rows written + rows unchanged.
SELECT COUNT(*) AS CellsRead,
       COALESCE(SUM(CASE WHEN EXISTS (
           SELECT 1 FROM fact_regional_figure f JOIN dim_source o ON o.source_key = f.source_key
           WHERE f.measure_key = s.measure_key AND f.region_key = s.region_key AND f.category_key = s.category_key AND f.period_key = s.period_key
             AND f.value IS s.value AND f.value_symbol IS s.value_symbol AND f.value_text IS s.value_text AND f.cbs_status IS s.cbs_status
             AND o.origin = @Origin) THEN 1 ELSE 0 END), 0) AS RowsUnchanged
FROM (SELECT DISTINCT measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status FROM stg_regional_figure) s;
