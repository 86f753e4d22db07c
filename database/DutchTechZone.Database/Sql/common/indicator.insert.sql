INSERT INTO fact_indicator (period, period_start_key, period_end_key, indicator, indicator_name_key, region_key, value, target, unit,
                            source_key, source_row)
VALUES (@Period, @StartKey, @EndKey, @Indicator, @IndicatorKey, (SELECT r.region_key FROM dim_region r WHERE r.cbs_code = @CbsCode),
        @Value, @Target, @Unit, @SourceKey, @SourceRow);
