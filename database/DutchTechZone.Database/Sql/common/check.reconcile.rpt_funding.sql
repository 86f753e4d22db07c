-- reconciliation: middelen per year agree between fact_funding and the reporting view rpt_funding (count and cents).
SELECT CONCAT('middelen ', f.year, ': fact_funding ', f.n, ' rijen / ', f.cents, ' cent, rpt_funding ', COALESCE(v.n, 0), ' rijen / ', COALESCE(v.cents, 0), ' cent') AS failing_row
FROM (SELECT year, COUNT(*) AS n, SUM(amount_cents) AS cents FROM fact_funding GROUP BY year) f
LEFT JOIN (SELECT year, COUNT(*) AS n, SUM(amount_cents) AS cents FROM rpt_funding GROUP BY year) v ON v.year = f.year
WHERE v.year IS NULL OR v.n <> f.n OR v.cents <> f.cents;
