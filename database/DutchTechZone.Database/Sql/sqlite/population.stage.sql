DROP TABLE IF EXISTS temp.stg_population;
CREATE TEMP TABLE stg_population (
    cbs_code     TEXT    NOT NULL,
    table_id     TEXT    NOT NULL,
    topic_key    TEXT    NOT NULL,
    date_key     INTEGER NOT NULL,
    inhabitants  INTEGER NOT NULL,
    cbs_period   TEXT    NOT NULL,
    cbs_status   TEXT    NOT NULL
);
