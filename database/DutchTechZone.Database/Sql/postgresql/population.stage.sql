CREATE TEMP TABLE stg_population (
    cbs_code     text    NOT NULL,
    table_id     text    NOT NULL,
    topic_key    text    NOT NULL,
    date_key     integer NOT NULL,
    inhabitants  bigint  NOT NULL,
    cbs_period   text    NOT NULL,
    cbs_status   text    NOT NULL
) ON COMMIT DROP;
