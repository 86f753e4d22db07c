-- relationship: every key of fact_spending is present in its dimension.
SELECT CONCAT('fact_spending ', f.spending_key, ' (rij ', f.source_row, '): partner_key ', f.partner_key, ' niet in dim_partner') AS failing_row
FROM fact_spending f WHERE NOT EXISTS (SELECT 1 FROM dim_partner p WHERE p.partner_key = f.partner_key)
UNION ALL
SELECT CONCAT('fact_spending ', f.spending_key, ' (rij ', f.source_row, '): date_key ', f.date_key, ' niet in dim_date')
FROM fact_spending f WHERE NOT EXISTS (SELECT 1 FROM dim_date d WHERE d.date_key = f.date_key)
UNION ALL
SELECT CONCAT('fact_spending ', f.spending_key, ' (rij ', f.source_row, '): theme_key ', f.theme_key, ' niet in dim_theme')
FROM fact_spending f WHERE NOT EXISTS (SELECT 1 FROM dim_theme t WHERE t.theme_key = f.theme_key)
UNION ALL
SELECT CONCAT('fact_spending ', f.spending_key, ' (rij ', f.source_row, '): activity_key ', f.activity_key, ' niet in dim_activity')
FROM fact_spending f WHERE NOT EXISTS (SELECT 1 FROM dim_activity a WHERE a.activity_key = f.activity_key)
UNION ALL
SELECT CONCAT('fact_spending ', f.spending_key, ' (rij ', f.source_row, '): source_key ', f.source_key, ' niet in dim_source')
FROM fact_spending f WHERE NOT EXISTS (SELECT 1 FROM dim_source s WHERE s.source_key = f.source_key);
