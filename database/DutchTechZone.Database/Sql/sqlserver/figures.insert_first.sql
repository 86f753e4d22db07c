-- A table's first staged load (none of its facts in the warehouse, so no staged cell can meet a fact of the same key):
-- the staged cells inserted without MERGE's matching. A cell staged twice (a page read again after a resume) is taken once.
INSERT INTO fact_regional_figure WITH (TABLOCK) (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status, source_key, loaded_at)
SELECT d.measure_key, d.region_key, d.category_key, d.period_key, d.value, d.value_symbol, d.value_text, d.cbs_status, @SourceKey, @LoadedAt
FROM (
    SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.measure_key, s.region_key, s.category_key, s.period_key ORDER BY (SELECT NULL)) AS n
    FROM #stg_regional_figure s
) AS d
WHERE d.n = 1;
