-- Name and content hash of every partner file ever loaded (demo tells its own samples from real deliveries by hash).
SELECT DISTINCT name AS Name, content_hash AS ContentHash FROM etl_import WHERE kind = 'file' AND status = 'loaded';
