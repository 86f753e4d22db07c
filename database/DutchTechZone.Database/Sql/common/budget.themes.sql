-- Budget vs committed vs paid per investment theme.
SELECT t.theme_number AS Theme,
       t.name AS Name,
       COALESCE((SELECT SUM(b.amount_cents) FROM fact_budget_line b WHERE b.theme_key = t.theme_key AND b.year = @Year), 0) AS BudgetedCents,
       COALESCE((SELECT SUM(x.amount_cents) FROM fact_spending x WHERE x.theme_key = t.theme_key AND x.year = @Year AND x.status = 'Verplicht'), 0) AS CommittedCents,
       COALESCE((SELECT SUM(x.amount_cents) FROM fact_spending x WHERE x.theme_key = t.theme_key AND x.year = @Year AND x.status = 'Betaald'), 0) AS PaidCents
FROM dim_theme t
ORDER BY t.theme_number;
