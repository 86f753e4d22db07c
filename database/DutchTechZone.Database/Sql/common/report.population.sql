-- Board report: population counts of the partner municipalities up to the end of the report period (rpt_population).
SELECT cbs_code AS CbsCode, municipality AS Municipality, reference_date AS ReferenceDate, inhabitants AS Inhabitants,
       table_id AS TableId, measure AS Measure, cbs_status AS CbsStatus
FROM rpt_population
WHERE is_partner = @True AND reference_date <= @PeriodEnd
ORDER BY cbs_code, reference_date, table_id, measure;
