-- reconciliation: a loaded file's fact rows equal the validated rows it wrote (etl_import.rows_written); fewer only
-- where a later delivery replaced them (etl_import.replaces names the file).
WITH facts AS (
    SELECT source_key, amount_cents AS amount_cents FROM fact_funding
    UNION ALL SELECT source_key, amount_cents FROM fact_budget_line
    UNION ALL SELECT source_key, amount_cents FROM fact_spending
    UNION ALL SELECT source_key, COALESCE(value_cents, 0) FROM fact_capacity
    UNION ALL SELECT source_key, 0 FROM fact_indicator
),
counted AS (
    SELECT i.import_id, i.name, i.rows_written, i.amount_total_cents,
           COUNT(f.source_key) AS in_warehouse, COALESCE(SUM(f.amount_cents), 0) AS amount_cents
    FROM etl_import i
    LEFT JOIN facts f ON f.source_key = i.source_key
    WHERE i.kind = 'file' AND i.status = 'loaded'
    GROUP BY i.import_id, i.name, i.rows_written, i.amount_total_cents
)
SELECT CONCAT(c.name, ' (import ', c.import_id, '): ', c.rows_written, ' rijen geladen, ', c.in_warehouse, ' in het warehouse') AS failing_row
FROM counted c
WHERE c.in_warehouse > c.rows_written
   OR (c.in_warehouse < c.rows_written
       AND NOT EXISTS (SELECT 1 FROM etl_import l
                       WHERE l.import_id > c.import_id AND l.status = 'loaded' AND l.replaces LIKE CONCAT('%', c.name, '%')));
