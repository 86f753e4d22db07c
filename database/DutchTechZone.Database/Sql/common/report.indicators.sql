-- Board report: success indicators against their targets, every period that started by the end of the report period.
SELECT indicator AS Indicator, period AS Period, period_end AS PeriodEnd, municipality AS Municipality,
       value AS Value, target AS Target, unit AS Unit, source_file AS SourceFile
FROM rpt_indicator
WHERE period_start <= @PeriodEnd
ORDER BY indicator, period_start, municipality;
