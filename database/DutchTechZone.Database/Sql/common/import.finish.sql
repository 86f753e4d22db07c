UPDATE etl_import
SET status = @Status, rows_written = @RowsWritten, source_key = @SourceKey, finished_at = @FinishedAt,
    message = @Message, replaces = @Replaces
WHERE import_id = @ImportId;
