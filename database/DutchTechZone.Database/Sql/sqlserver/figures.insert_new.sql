-- A table's first load written straight into the fact table, one cell per execution: the path of a database whose
-- bulk path is prepared inserts (SQLite). SQL Server loads through SqlBulkCopy into staging and figures.merge instead;
-- the statement is kept so that every dialect has every statement. Same outcome as figures.merge.
MERGE fact_regional_figure WITH (HOLDLOCK) AS t
USING (VALUES (@measure_key, @region_key, @category_key, @period_key, @value, @value_symbol, @value_text, @cbs_status))
      AS s (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status)
   ON t.measure_key = s.measure_key AND t.region_key = s.region_key AND t.category_key = s.category_key AND t.period_key = s.period_key
WHEN MATCHED AND EXISTS (SELECT t.value, t.value_symbol, t.value_text, t.cbs_status
                         EXCEPT
                         SELECT s.value, s.value_symbol, s.value_text, s.cbs_status) THEN UPDATE SET
    value        = s.value,
    value_symbol = s.value_symbol,
    value_text   = s.value_text,
    cbs_status   = s.cbs_status,
    source_key   = @source_key,
    loaded_at    = @loaded_at
WHEN NOT MATCHED BY TARGET THEN
    INSERT (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status, source_key, loaded_at)
    VALUES (s.measure_key, s.region_key, s.category_key, s.period_key, s.value, s.value_symbol, s.value_text, s.cbs_status, @source_key, @loaded_at);
