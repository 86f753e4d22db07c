INSERT INTO etl_check (run_id, check_name, category, status, failing_rows, sample, message, checked_at)
VALUES (@RunId, @CheckName, @Category, @Status, @FailingRows, @Sample, @Message, @CheckedAt);
