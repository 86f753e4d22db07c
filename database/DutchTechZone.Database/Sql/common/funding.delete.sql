DELETE FROM fact_funding WHERE year = @Year;
