SELECT DISTINCT name FROM etl_import WHERE kind = 'file' AND status = 'loaded';
