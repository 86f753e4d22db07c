-- The last change recorded for one stored contribution (a refused change is recorded once, not on every run).
SELECT x.after_date_key AS DateKey, x.after_inhabitants AS Inhabitants, x.after_rate_cents AS RateCents,
       x.after_amount_cents AS AmountCents, x.after_cbs_status AS CbsStatus, x.after_source_key AS SourceKey,
       CASE WHEN x.applied = @True THEN 1 ELSE 0 END AS Applied
FROM etl_contribution_change x
WHERE x.change_id = (SELECT MAX(l.change_id) FROM etl_contribution_change l
                     JOIN dim_region r ON r.region_key = l.region_key
                     WHERE l.year = @Year AND r.cbs_code = @CbsCode AND l.status = @Status);
