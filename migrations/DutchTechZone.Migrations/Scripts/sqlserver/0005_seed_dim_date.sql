-- A real date table for Power BI: every day from 2000-01-01 to 2040-12-31 (14,976 rows).
-- Set-based: a numbers table from five cross-joined digit sets (0..99,999), no recursion, so no MAXRECURSION.
-- Independent of SET LANGUAGE / DATEFORMAT: dates are built with DATEFROMPARTS, month names are spelled out.
WITH digits (n) AS (
    SELECT n FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS v (n)
),
numbers (n) AS (
    SELECT d1.n + 10 * d2.n + 100 * d3.n + 1000 * d4.n + 10000 * d5.n
    FROM digits d1 CROSS JOIN digits d2 CROSS JOIN digits d3 CROSS JOIN digits d4 CROSS JOIN digits d5
),
days (d) AS (
    SELECT DATEADD(DAY, n, DATEFROMPARTS(2000, 1, 1))
    FROM numbers
    WHERE n <= DATEDIFF(DAY, DATEFROMPARTS(2000, 1, 1), DATEFROMPARTS(2040, 12, 31))
)
INSERT INTO dim_date (date_key, full_date, year, quarter, month, day, month_name, year_month, is_month_end)
SELECT YEAR(d) * 10000 + MONTH(d) * 100 + DAY(d),
       d,
       YEAR(d),
       DATEPART(QUARTER, d),
       MONTH(d),
       DAY(d),
       CASE MONTH(d)
           WHEN 1 THEN N'januari' WHEN 2 THEN N'februari' WHEN 3 THEN N'maart'
           WHEN 4 THEN N'april' WHEN 5 THEN N'mei' WHEN 6 THEN N'juni'
           WHEN 7 THEN N'juli' WHEN 8 THEN N'augustus' WHEN 9 THEN N'september'
           WHEN 10 THEN N'oktober' WHEN 11 THEN N'november' ELSE N'december' END,
       CONVERT(nchar(7), d, 23),                                   -- style 23 = yyyy-mm-dd, cut to yyyy-mm
       CASE WHEN d = EOMONTH(d) THEN CAST(1 AS bit) ELSE CAST(0 AS bit) END
FROM days;
