-- A municipality's COROP area and province in the table's year: new or changed rows are written, so the row count is
-- what changed; other years are never touched. The EXCEPT test is NULL-safe. A row of another origin (the bundled
-- sample, then live CBS) is rewritten with its lineage.
MERGE dim_region_membership WITH (HOLDLOCK) AS t
USING (
    SELECT r.region_key, s.corop_code, s.province_code
    FROM #stg_region_membership s
    JOIN dim_region r ON r.cbs_code = s.cbs_code
) AS s
   ON t.region_key = s.region_key AND t.year = @Year
WHEN MATCHED AND (EXISTS (SELECT t.corop_code, t.province_code EXCEPT SELECT s.corop_code, s.province_code)
                  OR NOT EXISTS (SELECT 1 FROM dim_source o WHERE o.source_key = t.source_key AND o.origin = @Origin)) THEN UPDATE SET
    corop_code    = s.corop_code,
    province_code = s.province_code,
    source_key    = @SourceKey
WHEN NOT MATCHED BY TARGET THEN
    INSERT (region_key, year, corop_code, province_code, source_key)
    VALUES (s.region_key, @Year, s.corop_code, s.province_code, @SourceKey);
