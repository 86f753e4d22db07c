-- The earlier delivery with this content whose rows are all still in force, if any: then a re-delivery is a duplicate.
-- A delivery whose rows were (partly) replaced by a later file no longer counts: delivering it again restores it.
SELECT TOP (1) i.name
FROM etl_import i
WHERE i.kind = N'file' AND i.content_hash = @ContentHash AND i.status = N'loaded'
  AND i.rows_written > 0
  AND i.rows_written = (SELECT COUNT(*) FROM fact_funding f     WHERE f.source_key = i.source_key)
                     + (SELECT COUNT(*) FROM fact_budget_line b WHERE b.source_key = i.source_key)
                     + (SELECT COUNT(*) FROM fact_spending x    WHERE x.source_key = i.source_key)
                     + (SELECT COUNT(*) FROM fact_capacity c    WHERE c.source_key = i.source_key)
                     + (SELECT COUNT(*) FROM fact_indicator n   WHERE n.source_key = i.source_key)
ORDER BY i.import_id DESC;
