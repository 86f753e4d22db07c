INSERT INTO etl_import (kind, name, origin, content_hash, status, rows_written, started_at)
VALUES (@Kind, @Name, @Origin, @ContentHash, 'running', 0, @StartedAt)
RETURNING import_id;
