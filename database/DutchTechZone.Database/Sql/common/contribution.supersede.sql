-- The other status row of the same year and municipality is no longer current (a definitive one supersedes the provisional).
UPDATE fact_contribution
SET is_current = @NotCurrent
WHERE year = @Year
  AND status <> @Status
  AND region_key IN (SELECT region_key FROM dim_region WHERE cbs_code = @CbsCode);
