INSERT INTO fact_capacity (period, period_start_key, period_end_key, partner_key, partner_type, hours,
                           hourly_rate_cents, value_cents, source_key, source_row, source_sheet)
SELECT @Period, @StartKey, @EndKey, p.partner_key, @PartnerType, @Hours, @HourlyRateCents, @ValueCents, @SourceKey, @SourceRow, @SourceSheet
FROM dim_partner p
WHERE p.name_key = @PartnerKey;
