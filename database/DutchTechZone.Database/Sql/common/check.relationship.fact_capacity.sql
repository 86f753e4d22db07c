-- relationship: every key of fact_capacity is present in its dimension.
SELECT CONCAT('fact_capacity ', f.capacity_key, ' (rij ', f.source_row, '): partner_key ', f.partner_key, ' niet in dim_partner') AS failing_row
FROM fact_capacity f WHERE NOT EXISTS (SELECT 1 FROM dim_partner p WHERE p.partner_key = f.partner_key)
UNION ALL
SELECT CONCAT('fact_capacity ', f.capacity_key, ' (rij ', f.source_row, '): period_start_key ', f.period_start_key, ' niet in dim_date')
FROM fact_capacity f WHERE NOT EXISTS (SELECT 1 FROM dim_date d WHERE d.date_key = f.period_start_key)
UNION ALL
SELECT CONCAT('fact_capacity ', f.capacity_key, ' (rij ', f.source_row, '): period_end_key ', f.period_end_key, ' niet in dim_date')
FROM fact_capacity f WHERE NOT EXISTS (SELECT 1 FROM dim_date d WHERE d.date_key = f.period_end_key)
UNION ALL
SELECT CONCAT('fact_capacity ', f.capacity_key, ' (rij ', f.source_row, '): source_key ', f.source_key, ' niet in dim_source')
FROM fact_capacity f WHERE NOT EXISTS (SELECT 1 FROM dim_source s WHERE s.source_key = f.source_key);
