-- relationship: every key of fact_funding is present in its dimension.
SELECT CONCAT('fact_funding ', f.funding_key, ' (rij ', f.source_row, '): funding_source_key ', f.funding_source_key, ' niet in dim_funding_source') AS failing_row
FROM fact_funding f WHERE NOT EXISTS (SELECT 1 FROM dim_funding_source x WHERE x.funding_source_key = f.funding_source_key)
UNION ALL
SELECT CONCAT('fact_funding ', f.funding_key, ' (rij ', f.source_row, '): region_key ', f.region_key, ' niet in dim_region')
FROM fact_funding f WHERE f.region_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dim_region r WHERE r.region_key = f.region_key)
UNION ALL
SELECT CONCAT('fact_funding ', f.funding_key, ' (rij ', f.source_row, '): source_key ', f.source_key, ' niet in dim_source')
FROM fact_funding f WHERE NOT EXISTS (SELECT 1 FROM dim_source s WHERE s.source_key = f.source_key);
