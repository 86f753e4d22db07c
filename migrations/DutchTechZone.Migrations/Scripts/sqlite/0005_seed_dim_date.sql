-- A real date table for Power BI: every day from 2000-01-01 to 2040-12-31.
WITH RECURSIVE days(d) AS (
    SELECT '2000-01-01'
    UNION ALL
    SELECT date(d, '+1 day') FROM days WHERE d < '2040-12-31'
)
INSERT INTO dim_date (date_key, full_date, year, quarter, month, day, month_name, year_month, is_month_end)
SELECT CAST(strftime('%Y%m%d', d) AS INTEGER),
       d,
       CAST(strftime('%Y', d) AS INTEGER),
       (CAST(strftime('%m', d) AS INTEGER) + 2) / 3,
       CAST(strftime('%m', d) AS INTEGER),
       CAST(strftime('%d', d) AS INTEGER),
       CASE strftime('%m', d)
           WHEN '01' THEN 'januari' WHEN '02' THEN 'februari' WHEN '03' THEN 'maart'
           WHEN '04' THEN 'april' WHEN '05' THEN 'mei' WHEN '06' THEN 'juni'
           WHEN '07' THEN 'juli' WHEN '08' THEN 'augustus' WHEN '09' THEN 'september'
           WHEN '10' THEN 'oktober' WHEN '11' THEN 'november' ELSE 'december' END,
       strftime('%Y-%m', d),
       CASE WHEN strftime('%m', date(d, '+1 day')) <> strftime('%m', d) THEN 1 ELSE 0 END
FROM days;
