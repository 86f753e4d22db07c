-- A municipality's COROP area and province in the table's year: new or changed rows are written (and counted); other
-- years are never touched. A row of another origin (the bundled sample, then live CBS) is rewritten with its lineage.
INSERT INTO dim_region_membership (region_key, year, corop_code, province_code, source_key)
SELECT r.region_key, @Year, s.corop_code, s.province_code, @SourceKey
FROM stg_region_membership s
JOIN dim_region r ON r.cbs_code = s.cbs_code
WHERE true
ON CONFLICT (region_key, year) DO UPDATE SET
    corop_code    = excluded.corop_code,
    province_code = excluded.province_code,
    source_key    = excluded.source_key
WHERE dim_region_membership.corop_code IS NOT excluded.corop_code
   OR dim_region_membership.province_code IS NOT excluded.province_code
   OR NOT EXISTS (SELECT 1 FROM dim_source o WHERE o.source_key = dim_region_membership.source_key AND o.origin = @Origin);
