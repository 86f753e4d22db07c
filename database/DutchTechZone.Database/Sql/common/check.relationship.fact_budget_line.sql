-- relationship: every key of fact_budget_line is present in its dimension.
SELECT CONCAT('fact_budget_line ', f.budget_line_key, ' (rij ', f.source_row, '): theme_key ', f.theme_key, ' niet in dim_theme') AS failing_row
FROM fact_budget_line f WHERE NOT EXISTS (SELECT 1 FROM dim_theme t WHERE t.theme_key = f.theme_key)
UNION ALL
SELECT CONCAT('fact_budget_line ', f.budget_line_key, ' (rij ', f.source_row, '): activity_key ', f.activity_key, ' niet in dim_activity')
FROM fact_budget_line f WHERE NOT EXISTS (SELECT 1 FROM dim_activity a WHERE a.activity_key = f.activity_key)
UNION ALL
SELECT CONCAT('fact_budget_line ', f.budget_line_key, ' (rij ', f.source_row, '): funding_source_key ', f.funding_source_key, ' niet in dim_funding_source')
FROM fact_budget_line f WHERE NOT EXISTS (SELECT 1 FROM dim_funding_source x WHERE x.funding_source_key = f.funding_source_key)
UNION ALL
SELECT CONCAT('fact_budget_line ', f.budget_line_key, ' (rij ', f.source_row, '): source_key ', f.source_key, ' niet in dim_source')
FROM fact_budget_line f WHERE NOT EXISTS (SELECT 1 FROM dim_source s WHERE s.source_key = f.source_key);
