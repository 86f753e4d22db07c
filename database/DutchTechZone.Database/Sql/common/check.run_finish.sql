UPDATE etl_check_run
SET finished_at = @FinishedAt, status = @Status, checks = @Checks, warned = @Warned, failed = @Failed
WHERE run_id = @RunId;
