-- What the reconciliation checks compare a load with: the cells a CBS pull read and the rows it found unchanged,
-- or the total of a partner file's validated amounts (cents).
UPDATE etl_import
SET cells_read = @CellsRead, rows_unchanged = @RowsUnchanged, amount_total_cents = @AmountTotalCents
WHERE import_id = @ImportId;
