-- reconciliation: begrotingsregels per year agree between fact_budget_line and the reporting view rpt_budget_line (count and cents).
SELECT CONCAT('begrotingsregels ', f.year, ': fact_budget_line ', f.n, ' rijen / ', f.cents, ' cent, rpt_budget_line ', COALESCE(v.n, 0), ' rijen / ', COALESCE(v.cents, 0), ' cent') AS failing_row
FROM (SELECT year, COUNT(*) AS n, SUM(amount_cents) AS cents FROM fact_budget_line GROUP BY year) f
LEFT JOIN (SELECT year, COUNT(*) AS n, SUM(amount_cents) AS cents FROM rpt_budget_line GROUP BY year) v ON v.year = f.year
WHERE v.year IS NULL OR v.n <> f.n OR v.cents <> f.cents;
