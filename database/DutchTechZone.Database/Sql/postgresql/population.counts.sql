-- Population counts of the given municipalities, with what the budget rules need to choose between them.
SELECT r.cbs_code     AS CbsCode,
       r.name         AS Municipality,
       d.full_date    AS ReferenceDate,
       m.counts_at    AS CountsAt,
       m.table_id     AS TableId,
       f.inhabitants  AS Inhabitants,
       f.cbs_status   AS CbsStatus,
       f.cbs_period   AS CbsPeriod,
       s.origin       AS Origin,
       f.source_key   AS SourceKey,
       f.loaded_at    AS LoadedAt
FROM fact_population f
JOIN dim_region  r ON r.region_key  = f.region_key
JOIN dim_date    d ON d.date_key    = f.date_key
JOIN dim_measure m ON m.measure_key = f.measure_key
JOIN dim_source  s ON s.source_key  = f.source_key
WHERE r.cbs_code = ANY(@Codes)   -- Npgsql takes the array as one parameter
  AND d.full_date >= @From AND d.full_date <= @To;
