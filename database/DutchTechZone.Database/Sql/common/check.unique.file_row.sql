-- unique: every row of a delivered file (file, sheet, row) is one fact row.
SELECT CONCAT(t.fact, ' ', s.name, ' blad ', t.sheet, ' rij ', t.source_row, ': ', t.n, ' rijen') AS failing_row
FROM (
    SELECT 'fact_funding' AS fact, source_key, COALESCE(source_sheet, '') AS sheet, source_row, COUNT(*) AS n
    FROM fact_funding GROUP BY source_key, COALESCE(source_sheet, ''), source_row HAVING COUNT(*) > 1
    UNION ALL
    SELECT 'fact_budget_line', source_key, COALESCE(source_sheet, ''), source_row, COUNT(*)
    FROM fact_budget_line GROUP BY source_key, COALESCE(source_sheet, ''), source_row HAVING COUNT(*) > 1
    UNION ALL
    SELECT 'fact_spending', source_key, COALESCE(source_sheet, ''), source_row, COUNT(*)
    FROM fact_spending GROUP BY source_key, COALESCE(source_sheet, ''), source_row HAVING COUNT(*) > 1
    UNION ALL
    SELECT 'fact_capacity', source_key, COALESCE(source_sheet, ''), source_row, COUNT(*)
    FROM fact_capacity GROUP BY source_key, COALESCE(source_sheet, ''), source_row HAVING COUNT(*) > 1
    UNION ALL
    SELECT 'fact_indicator', source_key, COALESCE(source_sheet, ''), source_row, COUNT(*)
    FROM fact_indicator GROUP BY source_key, COALESCE(source_sheet, ''), source_row HAVING COUNT(*) > 1
) t
LEFT JOIN dim_source s ON s.source_key = t.source_key;
