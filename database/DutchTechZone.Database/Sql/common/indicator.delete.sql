DELETE FROM fact_indicator
WHERE indicator_name_key = @IndicatorKey AND period = @Period
  AND ((@CbsCode IS NULL AND region_key IS NULL)
       OR region_key IN (SELECT region_key FROM dim_region WHERE cbs_code = @CbsCode));
