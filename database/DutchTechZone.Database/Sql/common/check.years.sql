-- The years with stored contributions.
SELECT DISTINCT year FROM fact_contribution;
