-- Board report: the current contribution of each municipality of a budget year (read-only, rpt_contribution).
SELECT cbs_code AS CbsCode, municipality AS Municipality, status AS Status, reference_date AS ReferenceDate,
       inhabitants AS Inhabitants, rate AS Rate, amount_cents AS AmountCents, settlement_cents AS SettlementCents,
       cbs_status AS CbsStatus, source AS Source
FROM rpt_contribution
WHERE year = @Year AND is_current = @True
ORDER BY inhabitants DESC, municipality;
