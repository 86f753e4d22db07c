-- The COROP areas of the table's year, each with its province (taken from its municipalities): the same history per year.
MERGE dim_region_membership WITH (HOLDLOCK) AS t
USING (
    SELECT r.region_key, MIN(s.province_code) AS province_code
    FROM #stg_region_membership s
    JOIN dim_region r ON r.cbs_code = s.corop_code
    GROUP BY r.region_key
) AS s
   ON t.region_key = s.region_key AND t.year = @Year
WHEN MATCHED AND (EXISTS (SELECT t.province_code EXCEPT SELECT s.province_code)
                  OR NOT EXISTS (SELECT 1 FROM dim_source o WHERE o.source_key = t.source_key AND o.origin = @Origin)) THEN UPDATE SET
    province_code = s.province_code,
    source_key    = @SourceKey
WHEN NOT MATCHED BY TARGET THEN
    INSERT (region_key, year, corop_code, province_code, source_key)
    VALUES (s.region_key, @Year, NULL, s.province_code, @SourceKey);
