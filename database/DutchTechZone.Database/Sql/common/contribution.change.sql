-- Records a change of a stored contribution: before, after, why, when, and whether it was applied (0: the amount was invoiced and stays).
INSERT INTO etl_contribution_change (year, region_key, status, reason, applied,
    before_date_key, before_inhabitants, before_rate_cents, before_amount_cents, before_cbs_status, before_source_key,
    after_date_key, after_inhabitants, after_rate_cents, after_amount_cents, after_cbs_status, after_source_key, changed_at)
SELECT @Year, r.region_key, @Status, @Reason, @Applied,
       @BeforeDateKey, @BeforeInhabitants, @BeforeRateCents, @BeforeAmountCents, @BeforeCbsStatus, @BeforeSourceKey,
       @AfterDateKey, @AfterInhabitants, @AfterRateCents, @AfterAmountCents, @AfterCbsStatus, @AfterSourceKey, @ChangedAt
FROM dim_region r
WHERE r.cbs_code = @CbsCode;
