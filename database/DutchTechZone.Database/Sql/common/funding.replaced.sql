SELECT DISTINCT s.name FROM fact_funding f JOIN dim_source s ON s.source_key = f.source_key WHERE f.year = @Year;
