-- 1 when the warehouse holds any fact of a CBS table (from any origin), else 0: a load without any is a first load.
SELECT CASE WHEN EXISTS (
    SELECT 1
    FROM fact_regional_figure f
    JOIN dim_measure m ON m.measure_key = f.measure_key
    WHERE m.table_id = @TableId
) THEN 1 ELSE 0 END;
