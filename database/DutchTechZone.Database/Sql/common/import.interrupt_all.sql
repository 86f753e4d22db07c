-- Every row left 'running' (called when no import can be running, e.g. at `dtz serve` start-up).
UPDATE etl_import
SET status = 'interrupted', finished_at = @FinishedAt, message = @Message
WHERE status = 'running';
