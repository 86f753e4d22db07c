-- Freshness of each CBS table: the newest reference date and period of live CBS figures (bundled-sample rows do not count).
SELECT m.table_id AS TableId,
       SUM(CASE WHEN s.origin = 'CBS' THEN 1 ELSE 0 END) AS LiveRows,
       MAX(CASE WHEN s.origin = 'CBS' THEN d.full_date END) AS NewestDate,
       MAX(CASE WHEN s.origin = 'CBS' THEN f.cbs_period END) AS NewestPeriod,
       MAX(f.loaded_at) AS LoadedAt
FROM fact_population f
JOIN dim_measure m ON m.measure_key = f.measure_key
JOIN dim_date d ON d.date_key = f.date_key
JOIN dim_source s ON s.source_key = f.source_key
GROUP BY m.table_id;
