-- unique: an indicator has one value per period and municipality (its replacement key).
SELECT CONCAT('fact_indicator ''', MIN(indicator), ''' ', period, ' regio ', COALESCE(CAST(region_key AS varchar(20)), '-'), ': ', COUNT(*), ' rijen') AS failing_row
FROM fact_indicator
GROUP BY indicator_name_key, period, region_key
HAVING COUNT(*) > 1;
