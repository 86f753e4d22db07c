-- Board report: key regional figures (totals only, no category breakdown) of the partner municipalities, their COROP
-- areas and provinces, and the Netherlands, for periods that started by the end of the report period.
WITH wanted AS (
    SELECT cbs_code AS code FROM rpt_region WHERE is_partner = @True
    UNION SELECT corop_code FROM rpt_region WHERE is_partner = @True AND corop_code IS NOT NULL
    UNION SELECT province_code FROM rpt_region WHERE is_partner = @True AND province_code IS NOT NULL
    UNION SELECT cbs_code FROM rpt_region WHERE region_level = 'land'
)
SELECT f.cbs_code AS CbsCode, f.region_name AS RegionName, f.region_level AS RegionLevel,
       f.measure AS Measure, f.measure_title AS MeasureTitle, f.unit AS Unit, f.decimals AS Decimals,
       f.period AS Period, f.period_start AS PeriodStart, f.value AS Value,
       f.table_id AS TableId, f.source_modified AS SourceModified
FROM rpt_regional_figure f
JOIN wanted w ON w.code = f.cbs_code
WHERE f.value IS NOT NULL AND f.categories = '' AND f.period_start <= @PeriodEnd
ORDER BY f.measure, f.period_start;
