INSERT INTO fact_contribution (year, region_key, status, date_key, inhabitants, rate_cents, amount_cents,
                               settlement_cents, cbs_status, source_key, computed_at, is_current, cbs_period, is_frozen)
SELECT @Year, r.region_key, @Status, @DateKey, @Inhabitants, @RateCents, @AmountCents,
       @SettlementCents, @CbsStatus, @SourceKey, @ComputedAt, @IsCurrent, @CbsPeriod, @IsFrozen
FROM dim_region r
WHERE r.cbs_code = @CbsCode
ON CONFLICT (year, region_key, status) DO UPDATE SET
    date_key = EXCLUDED.date_key, inhabitants = EXCLUDED.inhabitants, rate_cents = EXCLUDED.rate_cents,
    amount_cents = EXCLUDED.amount_cents, settlement_cents = EXCLUDED.settlement_cents,
    cbs_status = EXCLUDED.cbs_status, source_key = EXCLUDED.source_key, computed_at = EXCLUDED.computed_at,
    is_current = EXCLUDED.is_current, cbs_period = EXCLUDED.cbs_period, is_frozen = EXCLUDED.is_frozen;
