-- accepted values: period types (year 2026, month 2026-03, quarter 2026-K1; CBS 2025MM09, 2025JJ00, 2025KW03)
-- and periods that start before they end.
SELECT CONCAT('fact_capacity ', c.capacity_key, ' (rij ', c.source_row, '): periode ''', c.period, '''') AS failing_row
FROM fact_capacity c
WHERE NOT (c.period LIKE '____' OR c.period LIKE '____-0_' OR c.period LIKE '____-1_' OR c.period LIKE '____-K_') OR c.period_start_key > c.period_end_key
UNION ALL
SELECT CONCAT('fact_indicator ', i.indicator_key, ' (rij ', i.source_row, '): periode ''', i.period, '''')
FROM fact_indicator i
WHERE NOT (i.period LIKE '____' OR i.period LIKE '____-0_' OR i.period LIKE '____-1_' OR i.period LIKE '____-K_') OR i.period_start_key > i.period_end_key
UNION ALL
SELECT CONCAT('fact_population ', f.region_key, '/', f.date_key, '/', f.measure_key, ': periode ''', f.cbs_period, '''')
FROM fact_population f
WHERE NOT (f.cbs_period LIKE '____MM__' OR f.cbs_period LIKE '____JJ00' OR f.cbs_period LIKE '____KW0_');
