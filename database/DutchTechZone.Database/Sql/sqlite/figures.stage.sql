DROP TABLE IF EXISTS temp.stg_regional_figure;
CREATE TEMP TABLE stg_regional_figure (
    measure_key   INTEGER NOT NULL,
    region_key    INTEGER NOT NULL,
    category_key  INTEGER NOT NULL,
    period_key    INTEGER NOT NULL,
    value         REAL    NULL,
    value_symbol  TEXT    NULL,
    value_text    TEXT    NULL,
    cbs_status    TEXT    NULL
);
