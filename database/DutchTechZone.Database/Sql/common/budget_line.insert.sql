INSERT INTO fact_budget_line (year, theme_key, activity_key, funding_source_key, amount_cents, note, source_key, source_row, source_sheet, is_earmarked)
SELECT @Year, t.theme_key, a.activity_key, fs.funding_source_key, @AmountCents, @Note, @SourceKey, @SourceRow, @SourceSheet, @Earmarked
FROM dim_theme t
JOIN dim_activity a ON a.theme_key = t.theme_key AND a.name_key = @ActivityKey
JOIN dim_funding_source fs ON fs.name = @FundingSource
WHERE t.theme_number = @Theme;
