DELETE FROM fact_budget_line WHERE year = @Year;
