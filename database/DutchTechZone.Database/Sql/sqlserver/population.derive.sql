-- The population counts of one CBS table, derived set-based from its cells in fact_regional_figure right after the
-- pipeline merged them (the population import is one descriptor of the regional pipeline: one pull per table). Per
-- configured municipality and population topic: the count on the first or last day of each period of the wanted type,
-- from the first year on; only the totals of other dimensions; a missing value stays missing (no row, never 0).
INSERT INTO #stg_population (cbs_code, table_id, topic_key, date_key, inhabitants, cbs_period, cbs_status)
SELECT r.cbs_code, m.table_id, m.topic_key, d.date_key, CAST(f.value AS bigint), p.period, COALESCE(f.cbs_status, 'Onbekend')
FROM fact_regional_figure f
JOIN dim_measure  m ON m.measure_key  = f.measure_key
JOIN dim_region   r ON r.region_key   = f.region_key
JOIN dim_period   p ON p.period_key   = f.period_key
JOIN dim_category c ON c.category_key = f.category_key
JOIN dim_date     d ON d.full_date    = CASE WHEN m.counts_at = 'end_of_day' THEN p.period_end ELSE p.period_start END
WHERE m.table_id = @TableId AND m.topic_key IN @Topics AND m.counts_at IS NOT NULL
  AND r.cbs_code IN @Codes
  AND p.period_type = @PeriodType AND p.date_key >= @FromDateKey
  AND c.categories = ''
  AND f.value IS NOT NULL;
