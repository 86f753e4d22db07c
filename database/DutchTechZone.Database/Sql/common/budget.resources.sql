-- Resources of a year by kind of funding source (carry-over, network plan, its reservation, co-financing…).
SELECT fs.kind AS Kind, SUM(f.amount_cents) AS AmountCents
FROM fact_funding f
JOIN dim_funding_source fs ON fs.funding_source_key = f.funding_source_key
WHERE f.year = @Year
GROUP BY fs.kind;
