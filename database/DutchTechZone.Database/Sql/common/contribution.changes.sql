-- Every recorded change of the year's stored contributions, oldest first.
SELECT r.cbs_code AS CbsCode, r.name AS Municipality, x.status AS Status, x.reason AS Reason,
       CASE WHEN x.applied = @True THEN 1 ELSE 0 END AS Applied,
       db.full_date AS BeforeReferenceDate, x.before_inhabitants AS BeforeInhabitants, x.before_rate_cents AS BeforeRateCents,
       x.before_amount_cents AS BeforeAmountCents, x.before_cbs_status AS BeforeCbsStatus,
       da.full_date AS AfterReferenceDate, x.after_inhabitants AS AfterInhabitants, x.after_rate_cents AS AfterRateCents,
       x.after_amount_cents AS AfterAmountCents, x.after_cbs_status AS AfterCbsStatus, x.changed_at AS ChangedAt
FROM etl_contribution_change x
JOIN dim_region r ON r.region_key = x.region_key
JOIN dim_date db ON db.date_key = x.before_date_key
JOIN dim_date da ON da.date_key = x.after_date_key
WHERE x.year = @Year
ORDER BY x.change_id;
