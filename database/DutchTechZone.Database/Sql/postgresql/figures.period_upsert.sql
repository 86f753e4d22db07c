-- A CBS period code with its type and date range; returns its key.
INSERT INTO dim_period (period, period_type, period_start, period_end, date_key)
VALUES (@Period, @PeriodType, @PeriodStart, @PeriodEnd, @DateKey)
ON CONFLICT (period) DO UPDATE SET
    period_type = excluded.period_type, period_start = excluded.period_start, period_end = excluded.period_end, date_key = excluded.date_key
RETURNING period_key;
