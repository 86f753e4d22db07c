CREATE TEMP TABLE stg_regional_figure (
    measure_key   integer NOT NULL,
    region_key    integer NOT NULL,
    category_key  integer NOT NULL,
    period_key    integer NOT NULL,
    value         numeric NULL,
    value_symbol  text    NULL,
    value_text    text    NULL,
    cbs_status    text    NULL
) ON COMMIT DROP;
