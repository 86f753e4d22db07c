-- dim_region's corop_code / province_code are a region's current parents: those of the latest year of its membership
-- (history stays per year in dim_region_membership). A year without a COROP or province column keeps the known one.
UPDATE dim_region
SET corop_code = COALESCE((SELECT m.corop_code FROM dim_region_membership m
                           WHERE m.region_key = dim_region.region_key
                             AND m.year = (SELECT MAX(l.year) FROM dim_region_membership l WHERE l.region_key = dim_region.region_key)), corop_code),
    province_code = COALESCE((SELECT m.province_code FROM dim_region_membership m
                              WHERE m.region_key = dim_region.region_key
                                AND m.year = (SELECT MAX(l.year) FROM dim_region_membership l WHERE l.region_key = dim_region.region_key)), province_code)
WHERE region_key IN (SELECT region_key FROM dim_region_membership WHERE source_key = @SourceKey);
