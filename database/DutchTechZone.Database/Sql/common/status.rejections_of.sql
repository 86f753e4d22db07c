-- The first errors of one rejected file, in the order they were found.
SELECT sheet AS Sheet, row_number AS RowNumber, column_name AS ColumnName, value AS Value, message AS Message
FROM etl_rejection
WHERE import_id = @ImportId
ORDER BY rejection_id
LIMIT @Limit;
