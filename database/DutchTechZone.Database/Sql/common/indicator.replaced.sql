SELECT DISTINCT s.name
FROM fact_indicator i
JOIN dim_source s ON s.source_key = i.source_key
LEFT JOIN dim_region r ON r.region_key = i.region_key
WHERE i.indicator_name_key = @IndicatorKey AND i.period = @Period
  AND ((@CbsCode IS NULL AND i.region_key IS NULL) OR r.cbs_code = @CbsCode);
