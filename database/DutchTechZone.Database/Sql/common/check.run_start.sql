INSERT INTO etl_check_run (started_at, status) VALUES (@StartedAt, 'running')
RETURNING run_id;
