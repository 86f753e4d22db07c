-- Uses of the year's Network- and Connection plan money: earmarked budget lines and what was paid on them.
SELECT
    COALESCE((SELECT SUM(b.amount_cents)
              FROM fact_budget_line b
              JOIN dim_funding_source fs ON fs.funding_source_key = b.funding_source_key
              WHERE b.year = @Year AND fs.kind = 'network_plan'), 0) AS EarmarkedCents,
    COALESCE((SELECT SUM(x.amount_cents)
              FROM fact_spending x
              WHERE x.year = @Year AND x.status = 'Betaald'
                AND EXISTS (SELECT 1
                            FROM fact_budget_line b
                            JOIN dim_funding_source fs ON fs.funding_source_key = b.funding_source_key
                            WHERE b.year = x.year AND b.activity_key = x.activity_key AND fs.kind = 'network_plan')), 0) AS SpentCents;
