INSERT INTO fact_contribution (year, region_key, status, date_key, inhabitants, rate_cents, amount_cents,
                               settlement_cents, cbs_status, source_key, computed_at, is_current, cbs_period, is_frozen)
SELECT @Year, r.region_key, @Status, @DateKey, @Inhabitants, @RateCents, @AmountCents,
       @SettlementCents, @CbsStatus, @SourceKey, @ComputedAt, @IsCurrent, @CbsPeriod, @IsFrozen
FROM dim_region r
WHERE r.cbs_code = @CbsCode
ON CONFLICT (year, region_key, status) DO UPDATE SET
    date_key = excluded.date_key, inhabitants = excluded.inhabitants, rate_cents = excluded.rate_cents,
    amount_cents = excluded.amount_cents, settlement_cents = excluded.settlement_cents,
    cbs_status = excluded.cbs_status, source_key = excluded.source_key, computed_at = excluded.computed_at,
    is_current = excluded.is_current, cbs_period = excluded.cbs_period, is_frozen = excluded.is_frozen;
