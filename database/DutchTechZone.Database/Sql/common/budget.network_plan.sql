-- Uses of the year's Network- and Connection plan money (budget lines paid from it, fs.kind = 'network_plan'):
--   allocated  = every such budget line;
--   earmarked  = the lines marked as earmarked (Begroting column Geoormerkt; older files: activity 'Cofinanciering …');
--   spent      = payments (Betaald) on any such line; spent_free = payments on lines that are not earmarked.
WITH plan_lines AS (
    SELECT b.year, b.activity_key, b.amount_cents,
           CASE WHEN b.is_earmarked = @True THEN 1 ELSE 0 END AS is_earmark
    FROM fact_budget_line b
    JOIN dim_funding_source fs ON fs.funding_source_key = b.funding_source_key
    WHERE b.year = @Year AND fs.kind = 'network_plan'
),
plan_activities AS (
    SELECT activity_key, MAX(is_earmark) AS is_earmark FROM plan_lines GROUP BY activity_key
)
SELECT
    COALESCE((SELECT SUM(amount_cents) FROM plan_lines), 0) AS AllocatedCents,
    COALESCE((SELECT SUM(amount_cents) FROM plan_lines WHERE is_earmark = 1), 0) AS EarmarkedCents,
    COALESCE((SELECT SUM(x.amount_cents) FROM fact_spending x JOIN plan_activities p ON p.activity_key = x.activity_key
              WHERE x.year = @Year AND x.status = 'Betaald'), 0) AS SpentCents,
    COALESCE((SELECT SUM(x.amount_cents) FROM fact_spending x JOIN plan_activities p ON p.activity_key = x.activity_key
              WHERE x.year = @Year AND x.status = 'Betaald' AND p.is_earmark = 0), 0) AS SpentFreeCents;
