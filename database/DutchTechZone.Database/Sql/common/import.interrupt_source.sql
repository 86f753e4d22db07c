-- Rows of one source left 'running' by a process that died or lost its database: closed by the next run of that source.
UPDATE etl_import
SET status = 'interrupted', finished_at = @FinishedAt, message = @Message
WHERE kind = @Kind AND name = @Name AND status = 'running';
