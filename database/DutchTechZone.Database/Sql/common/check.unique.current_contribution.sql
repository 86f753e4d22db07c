-- unique: exactly one current contribution per year and municipality (the row reports sum).
SELECT CONCAT('fact_contribution ', c.year, ' ', r.cbs_code, ': ', SUM(CASE WHEN c.is_current = @True THEN 1 ELSE 0 END), ' actuele rijen') AS failing_row
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
GROUP BY c.year, r.cbs_code
HAVING SUM(CASE WHEN c.is_current = @True THEN 1 ELSE 0 END) <> 1;
