-- The import that last loaded a file with this content, if any (a re-delivered identical file).
SELECT name FROM etl_import WHERE kind = 'file' AND content_hash = @ContentHash AND status = 'loaded' ORDER BY import_id DESC LIMIT 1;
