-- How many of a load's distinct dimension keys (and its own source) exist: each count equals the number of keys
-- given when all exist. Run at the end of a load whose connection did not check foreign keys row by row (SQLite).
SELECT (SELECT COUNT(*) FROM dim_measure  WHERE measure_key  IN @MeasureKeys)  AS Measures,
       (SELECT COUNT(*) FROM dim_region   WHERE region_key   IN @RegionKeys)   AS Regions,
       (SELECT COUNT(*) FROM dim_category WHERE category_key IN @CategoryKeys) AS Categories,
       (SELECT COUNT(*) FROM dim_period   WHERE period_key   IN @PeriodKeys)   AS Periods,
       (SELECT COUNT(*) FROM dim_source   WHERE source_key   = @SourceKey)     AS Sources;
