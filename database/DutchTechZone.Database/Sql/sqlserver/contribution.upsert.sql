-- Insert or replace one computed contribution (as the SQLite/PostgreSQL upserts do, computed_at is always refreshed).
MERGE fact_contribution WITH (HOLDLOCK) AS t
USING (
    SELECT @Year AS year, r.region_key, @Status AS status, @DateKey AS date_key, @Inhabitants AS inhabitants,
           @RateCents AS rate_cents, @AmountCents AS amount_cents, @SettlementCents AS settlement_cents,
           @CbsStatus AS cbs_status, @SourceKey AS source_key, @ComputedAt AS computed_at, @IsCurrent AS is_current,
           @CbsPeriod AS cbs_period, @IsFrozen AS is_frozen
    FROM dim_region r
    WHERE r.cbs_code = @CbsCode
) AS s
   ON t.year = s.year AND t.region_key = s.region_key AND t.status = s.status
WHEN MATCHED THEN UPDATE SET
    date_key = s.date_key, inhabitants = s.inhabitants, rate_cents = s.rate_cents,
    amount_cents = s.amount_cents, settlement_cents = s.settlement_cents,
    cbs_status = s.cbs_status, source_key = s.source_key, computed_at = s.computed_at, is_current = s.is_current,
    cbs_period = s.cbs_period, is_frozen = s.is_frozen
WHEN NOT MATCHED BY TARGET THEN
    INSERT (year, region_key, status, date_key, inhabitants, rate_cents, amount_cents,
            settlement_cents, cbs_status, source_key, computed_at, is_current, cbs_period, is_frozen)
    VALUES (s.year, s.region_key, s.status, s.date_key, s.inhabitants, s.rate_cents, s.amount_cents,
            s.settlement_cents, s.cbs_status, s.source_key, s.computed_at, s.is_current, s.cbs_period, s.is_frozen);
