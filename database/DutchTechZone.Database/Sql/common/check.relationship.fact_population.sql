-- relationship: every key of fact_population is present in its dimension.
SELECT CONCAT('fact_population ', f.region_key, '/', f.date_key, '/', f.measure_key, ': region_key ', f.region_key, ' niet in dim_region') AS failing_row
FROM fact_population f WHERE NOT EXISTS (SELECT 1 FROM dim_region r WHERE r.region_key = f.region_key)
UNION ALL
SELECT CONCAT('fact_population ', f.region_key, '/', f.date_key, '/', f.measure_key, ': date_key ', f.date_key, ' niet in dim_date')
FROM fact_population f WHERE NOT EXISTS (SELECT 1 FROM dim_date d WHERE d.date_key = f.date_key)
UNION ALL
SELECT CONCAT('fact_population ', f.region_key, '/', f.date_key, '/', f.measure_key, ': measure_key ', f.measure_key, ' niet in dim_measure')
FROM fact_population f WHERE NOT EXISTS (SELECT 1 FROM dim_measure m WHERE m.measure_key = f.measure_key)
UNION ALL
SELECT CONCAT('fact_population ', f.region_key, '/', f.date_key, '/', f.measure_key, ': source_key ', f.source_key, ' niet in dim_source')
FROM fact_population f WHERE NOT EXISTS (SELECT 1 FROM dim_source s WHERE s.source_key = f.source_key);
