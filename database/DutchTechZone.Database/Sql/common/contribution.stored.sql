-- The stored contribution of one year, municipality and status, to compare with a new computation (no silent change).
SELECT c.date_key AS DateKey, c.inhabitants AS Inhabitants, c.rate_cents AS RateCents, c.amount_cents AS AmountCents,
       c.cbs_status AS CbsStatus, c.source_key AS SourceKey,
       CASE WHEN c.is_frozen = @True THEN 1 ELSE 0 END AS IsFrozen
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
WHERE c.year = @Year AND r.cbs_code = @CbsCode AND c.status = @Status;
