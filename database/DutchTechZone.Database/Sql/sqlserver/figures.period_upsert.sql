-- A CBS period code with its type and date range; returns its key.
MERGE dim_period WITH (HOLDLOCK) AS t
USING (VALUES (@Period, @PeriodType, @PeriodStart, @PeriodEnd, @DateKey)) AS s (period, period_type, period_start, period_end, date_key)
   ON t.period = s.period
WHEN MATCHED THEN UPDATE SET
    period_type = s.period_type, period_start = s.period_start, period_end = s.period_end, date_key = s.date_key
WHEN NOT MATCHED BY TARGET THEN
    INSERT (period, period_type, period_start, period_end, date_key)
    VALUES (s.period, s.period_type, s.period_start, s.period_end, s.date_key)
OUTPUT INSERTED.period_key;
