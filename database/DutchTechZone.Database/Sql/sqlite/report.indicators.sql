-- SQLite: values are cast to REAL so every row has one type (SQLite keeps 18 as INTEGER, 18.5 as REAL).
-- Board report: success indicators against their targets, every period that started by the end of the report period.
SELECT indicator AS Indicator, period AS Period, period_end AS PeriodEnd, municipality AS Municipality,
       CAST(value AS REAL) AS Value, CAST(target AS REAL) AS Target, unit AS Unit, source_file AS SourceFile
FROM rpt_indicator
WHERE period_start <= @PeriodEnd
ORDER BY indicator, period_start, municipality;
