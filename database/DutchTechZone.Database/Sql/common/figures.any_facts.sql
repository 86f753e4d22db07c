-- 1 when the warehouse holds any regional fact at all, else 0 (a load into an empty fact table may build its indexes afterwards).
SELECT CASE WHEN EXISTS (SELECT 1 FROM fact_regional_figure) THEN 1 ELSE 0 END;
