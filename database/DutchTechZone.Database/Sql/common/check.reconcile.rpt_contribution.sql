-- reconciliation: the current contributions per year agree between fact_contribution and rpt_contribution.
SELECT CONCAT('bijdragen ', f.year, ': fact_contribution ', f.n, ' rijen / ', f.cents, ' cent, rpt_contribution ', COALESCE(v.n, 0), ' rijen / ', COALESCE(v.cents, 0), ' cent') AS failing_row
FROM (SELECT year, COUNT(*) AS n, SUM(amount_cents) AS cents FROM fact_contribution WHERE is_current = @True GROUP BY year) f
LEFT JOIN (SELECT year, COUNT(*) AS n, SUM(amount_cents) AS cents FROM rpt_contribution WHERE is_current = @True GROUP BY year) v ON v.year = f.year
WHERE v.year IS NULL OR v.n <> f.n OR v.cents <> f.cents;
