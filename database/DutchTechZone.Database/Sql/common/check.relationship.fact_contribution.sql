-- relationship: every key of fact_contribution is present in its dimension.
SELECT CONCAT('fact_contribution ', f.year, '/', f.region_key, '/', f.status, ': region_key ', f.region_key, ' niet in dim_region') AS failing_row
FROM fact_contribution f WHERE NOT EXISTS (SELECT 1 FROM dim_region r WHERE r.region_key = f.region_key)
UNION ALL
SELECT CONCAT('fact_contribution ', f.year, '/', f.region_key, '/', f.status, ': date_key ', f.date_key, ' niet in dim_date')
FROM fact_contribution f WHERE NOT EXISTS (SELECT 1 FROM dim_date d WHERE d.date_key = f.date_key)
UNION ALL
SELECT CONCAT('fact_contribution ', f.year, '/', f.region_key, '/', f.status, ': source_key ', f.source_key, ' niet in dim_source')
FROM fact_contribution f WHERE NOT EXISTS (SELECT 1 FROM dim_source s WHERE s.source_key = f.source_key);
