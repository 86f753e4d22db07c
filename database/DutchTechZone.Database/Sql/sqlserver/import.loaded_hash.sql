-- The import that last loaded a file with this content, if any (a re-delivered identical file).
SELECT TOP (1) name FROM etl_import WHERE kind = N'file' AND content_hash = @ContentHash AND status = N'loaded' ORDER BY import_id DESC;
