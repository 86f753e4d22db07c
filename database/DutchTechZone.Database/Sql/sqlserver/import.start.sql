INSERT INTO etl_import (kind, name, origin, content_hash, status, rows_written, started_at)
OUTPUT INSERTED.import_id
VALUES (@Kind, @Name, @Origin, @ContentHash, N'running', 0, @StartedAt);
