-- Staged municipalities whose membership of the year the warehouse already holds exactly (same COROP area, province
-- and origin): the merge will not write them. Cells read = rows written + these (the reconciliation of CBS imports).
SELECT COUNT(*)
FROM stg_region_membership s
JOIN dim_region r ON r.cbs_code = s.cbs_code
JOIN dim_region_membership m ON m.region_key = r.region_key AND m.year = @Year
JOIN dim_source o ON o.source_key = m.source_key
WHERE (m.corop_code = s.corop_code OR (m.corop_code IS NULL AND s.corop_code IS NULL))
  AND (m.province_code = s.province_code OR (m.province_code IS NULL AND s.province_code IS NULL))
  AND o.origin = @Origin;
