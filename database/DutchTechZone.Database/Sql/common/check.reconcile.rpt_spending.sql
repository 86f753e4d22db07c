-- reconciliation: realisatie per year agree between fact_spending and the reporting view rpt_spending (count and cents).
SELECT CONCAT('realisatie ', f.year, ': fact_spending ', f.n, ' rijen / ', f.cents, ' cent, rpt_spending ', COALESCE(v.n, 0), ' rijen / ', COALESCE(v.cents, 0), ' cent') AS failing_row
FROM (SELECT year, COUNT(*) AS n, SUM(amount_cents) AS cents FROM fact_spending GROUP BY year) f
LEFT JOIN (SELECT year, COUNT(*) AS n, SUM(amount_cents) AS cents FROM rpt_spending GROUP BY year) v ON v.year = f.year
WHERE v.year IS NULL OR v.n <> f.n OR v.cents <> f.cents;
