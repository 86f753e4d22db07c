-- A municipality the warehouse does not know inserts nothing (the loader then fails the load), never a whole-region row.
INSERT INTO fact_indicator (period, period_start_key, period_end_key, indicator, indicator_name_key, region_key, value, target, unit,
                            source_key, source_row, source_sheet)
SELECT @Period, @StartKey, @EndKey, @Indicator, @IndicatorKey, (SELECT r.region_key FROM dim_region r WHERE r.cbs_code = @CbsCode),
       @Value, @Target, @Unit, @SourceKey, @SourceRow, @SourceSheet
WHERE @CbsCode IS NULL OR EXISTS (SELECT 1 FROM dim_region r WHERE r.cbs_code = @CbsCode);
