-- Board report: the CBS tables (and their Modified stamps) the partner population figures come from.
SELECT table_id AS TableId, source AS Origin, MAX(source_modified) AS Modified, MAX(loaded_at) AS LoadedAt
FROM rpt_population
WHERE is_partner = @True
GROUP BY table_id, source
ORDER BY table_id, source;
