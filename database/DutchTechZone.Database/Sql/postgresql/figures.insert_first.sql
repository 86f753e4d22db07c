-- A table's first staged load (none of its facts in the warehouse, so no staged cell can meet a fact of the same key):
-- the staged cells inserted without the upsert's conflict check, which costs as much as the insert itself. A cell staged
-- twice (a page read again after a resume) is taken once.
INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, value_symbol, value_text, cbs_status, source_key, loaded_at)
SELECT DISTINCT ON (s.measure_key, s.region_key, s.category_key, s.period_key)
       s.measure_key, s.region_key, s.category_key, s.period_key, s.value, s.value_symbol, s.value_text, s.cbs_status, @SourceKey, @LoadedAt
FROM stg_regional_figure s;
