-- The current contributions of a year per municipality (cents), for the check "the budget equals the current rows".
SELECT r.cbs_code AS CbsCode, c.status AS Status, c.amount_cents AS AmountCents
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
WHERE c.year = @Year AND c.is_current = @True;
