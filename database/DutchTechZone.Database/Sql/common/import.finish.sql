-- Closes an import row. A final status (loaded, rejected, duplicate, skipped, failed) is never overwritten: a later
-- "failed" (say, the file could not be archived after its load committed) must not undo a "loaded".
UPDATE etl_import
SET status = @Status, rows_written = @RowsWritten, source_key = @SourceKey, finished_at = @FinishedAt,
    message = @Message, replaces = @Replaces
WHERE import_id = @ImportId AND status IN ('running', 'interrupted');
