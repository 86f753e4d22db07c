INSERT INTO fact_spending (date_key, year, partner_key, theme_key, activity_key, description, reference, status,
                           amount_cents, source_key, source_row, source_sheet)
SELECT @DateKey, @Year, p.partner_key, t.theme_key, a.activity_key, @Description, @Reference, @Status,
       @AmountCents, @SourceKey, @SourceRow, @SourceSheet
FROM dim_partner p
JOIN dim_theme t ON t.theme_number = @Theme
JOIN dim_activity a ON a.theme_key = t.theme_key AND a.name_key = @ActivityKey
WHERE p.name_key = @PartnerKey;
