-- not null: a finished import says when it finished; a loaded one names its lineage row.
SELECT CONCAT('etl_import ', import_id, ' ', name, ' (', status, '): ',
              CASE WHEN finished_at IS NULL THEN 'finished_at ontbreekt' ELSE 'source_key ontbreekt' END) AS failing_row
FROM etl_import
WHERE (status <> 'running' AND finished_at IS NULL)
   OR (status = 'loaded' AND source_key IS NULL);
