SELECT DISTINCT s.name FROM fact_budget_line b JOIN dim_source s ON s.source_key = b.source_key WHERE b.year = @Year;
