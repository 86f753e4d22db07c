-- relationship: every key of fact_regional_figure (#9) is present in its dimension.
SELECT CONCAT('fact_regional_figure ', f.measure_key, '/', f.region_key, '/', f.category_key, '/', f.period_key, ': measure_key ', f.measure_key, ' niet in dim_measure') AS failing_row
FROM fact_regional_figure f WHERE NOT EXISTS (SELECT 1 FROM dim_measure m WHERE m.measure_key = f.measure_key)
UNION ALL
SELECT CONCAT('fact_regional_figure ', f.measure_key, '/', f.region_key, '/', f.category_key, '/', f.period_key, ': region_key ', f.region_key, ' niet in dim_region')
FROM fact_regional_figure f WHERE NOT EXISTS (SELECT 1 FROM dim_region r WHERE r.region_key = f.region_key)
UNION ALL
SELECT CONCAT('fact_regional_figure ', f.measure_key, '/', f.region_key, '/', f.category_key, '/', f.period_key, ': category_key ', f.category_key, ' niet in dim_category')
FROM fact_regional_figure f WHERE NOT EXISTS (SELECT 1 FROM dim_category c WHERE c.category_key = f.category_key)
UNION ALL
SELECT CONCAT('fact_regional_figure ', f.measure_key, '/', f.region_key, '/', f.category_key, '/', f.period_key, ': period_key ', f.period_key, ' niet in dim_period')
FROM fact_regional_figure f WHERE NOT EXISTS (SELECT 1 FROM dim_period p WHERE p.period_key = f.period_key)
UNION ALL
SELECT CONCAT('fact_regional_figure ', f.measure_key, '/', f.region_key, '/', f.category_key, '/', f.period_key, ': source_key ', f.source_key, ' niet in dim_source')
FROM fact_regional_figure f WHERE NOT EXISTS (SELECT 1 FROM dim_source s WHERE s.source_key = f.source_key)
UNION ALL
SELECT CONCAT('dim_region_membership ', m.region_key, '/', m.year, ': region_key ', m.region_key, ' niet in dim_region')
FROM dim_region_membership m WHERE NOT EXISTS (SELECT 1 FROM dim_region r WHERE r.region_key = m.region_key);
