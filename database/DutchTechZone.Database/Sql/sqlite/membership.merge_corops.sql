-- The COROP areas of the table's year, each with its province (taken from its municipalities): the same history per year.
INSERT INTO dim_region_membership (region_key, year, corop_code, province_code, source_key)
SELECT r.region_key, @Year, NULL, MIN(s.province_code), @SourceKey
FROM stg_region_membership s
JOIN dim_region r ON r.cbs_code = s.corop_code
WHERE true
GROUP BY r.region_key
ON CONFLICT (region_key, year) DO UPDATE SET
    province_code = excluded.province_code,
    source_key    = excluded.source_key
WHERE dim_region_membership.province_code IS NOT excluded.province_code
   OR NOT EXISTS (SELECT 1 FROM dim_source o WHERE o.source_key = dim_region_membership.source_key AND o.origin = @Origin);
