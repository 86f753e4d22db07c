-- Regions a "Gebieden" table names that the warehouse does not know yet: its provinces, COROP areas (with their
-- province) and municipalities (with both), each with its level. Known regions keep their curated names and flags.
INSERT INTO dim_region (cbs_code, name, region_type, corop_code, province_code, is_partner)
SELECT n.code, n.name, n.level, n.corop_code, n.province_code, @IsPartner
FROM (
    SELECT s.province_code AS code, COALESCE(MIN(s.province_name), s.province_code) AS name, 'provincie' AS level,
           CAST(NULL AS nvarchar(16)) AS corop_code, CAST(NULL AS nvarchar(16)) AS province_code
    FROM #stg_region_membership s WHERE s.province_code IS NOT NULL GROUP BY s.province_code
    UNION ALL
    SELECT s.corop_code, COALESCE(MIN(s.corop_name), s.corop_code), 'corop', CAST(NULL AS nvarchar(16)), MIN(s.province_code)
    FROM #stg_region_membership s WHERE s.corop_code IS NOT NULL GROUP BY s.corop_code
    UNION ALL
    SELECT s.cbs_code, MIN(s.name), 'gemeente', MIN(s.corop_code), MIN(s.province_code)
    FROM #stg_region_membership s GROUP BY s.cbs_code
) n
WHERE NOT EXISTS (SELECT 1 FROM dim_region d WITH (UPDLOCK, HOLDLOCK) WHERE d.cbs_code = n.code);
