-- Board report: the delivered files the year's money figures rest on (rpt_funding, rpt_budget_line, rpt_spending).
SELECT 'funding' AS Kind, source_file AS FileName, MAX(received_at) AS ReceivedAt FROM rpt_funding WHERE year = @Year GROUP BY source_file
UNION ALL
SELECT 'budget' AS Kind, source_file AS FileName, MAX(received_at) AS ReceivedAt FROM rpt_budget_line WHERE year = @Year GROUP BY source_file
UNION ALL
SELECT 'spending' AS Kind, source_file AS FileName, MAX(received_at) AS ReceivedAt FROM rpt_spending WHERE year = @Year GROUP BY source_file
UNION ALL
SELECT 'indicator' AS Kind, source_file AS FileName, MAX(received_at) AS ReceivedAt FROM rpt_indicator WHERE period_start <= @PeriodEnd GROUP BY source_file
ORDER BY Kind, FileName;
