-- A frozen (invoiced) contribution keeps its figures; only whether it is the row reports sum changes.
UPDATE fact_contribution
SET is_current = @IsCurrent
WHERE year = @Year
  AND status = @Status
  AND region_key IN (SELECT region_key FROM dim_region WHERE cbs_code = @CbsCode);
