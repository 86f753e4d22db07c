INSERT INTO etl_check_run (started_at, status)
OUTPUT INSERTED.run_id
VALUES (@StartedAt, N'running');
