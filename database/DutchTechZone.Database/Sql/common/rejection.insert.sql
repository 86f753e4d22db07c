INSERT INTO etl_rejection (import_id, file_name, sheet, row_number, column_name, value, message)
VALUES (@ImportId, @FileName, @Sheet, @RowNumber, @ColumnName, @Value, @Message);
