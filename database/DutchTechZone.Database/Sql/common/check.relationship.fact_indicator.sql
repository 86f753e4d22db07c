-- relationship: every key of fact_indicator is present in its dimension.
SELECT CONCAT('fact_indicator ', f.indicator_key, ' (rij ', f.source_row, '): region_key ', f.region_key, ' niet in dim_region') AS failing_row
FROM fact_indicator f WHERE f.region_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dim_region r WHERE r.region_key = f.region_key)
UNION ALL
SELECT CONCAT('fact_indicator ', f.indicator_key, ' (rij ', f.source_row, '): period_start_key ', f.period_start_key, ' niet in dim_date')
FROM fact_indicator f WHERE NOT EXISTS (SELECT 1 FROM dim_date d WHERE d.date_key = f.period_start_key)
UNION ALL
SELECT CONCAT('fact_indicator ', f.indicator_key, ' (rij ', f.source_row, '): period_end_key ', f.period_end_key, ' niet in dim_date')
FROM fact_indicator f WHERE NOT EXISTS (SELECT 1 FROM dim_date d WHERE d.date_key = f.period_end_key)
UNION ALL
SELECT CONCAT('fact_indicator ', f.indicator_key, ' (rij ', f.source_row, '): source_key ', f.source_key, ' niet in dim_source')
FROM fact_indicator f WHERE NOT EXISTS (SELECT 1 FROM dim_source s WHERE s.source_key = f.source_key);
