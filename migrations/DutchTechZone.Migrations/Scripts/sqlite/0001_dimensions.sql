-- Star schema, dimensions. SQLite dialect: dates are TEXT 'yyyy-mm-dd', timestamps TEXT (ISO 8601, UTC),
-- booleans INTEGER 0/1. Money never lives here as floating point: facts keep integer cents.
CREATE TABLE dim_date (
    date_key      INTEGER NOT NULL PRIMARY KEY,          -- yyyymmdd
    full_date     TEXT    NOT NULL UNIQUE,
    year          INTEGER NOT NULL,
    quarter       INTEGER NOT NULL,
    month         INTEGER NOT NULL,
    day           INTEGER NOT NULL,
    month_name    TEXT    NOT NULL,                      -- Dutch: januari .. december
    year_month    TEXT    NOT NULL,                      -- 2025-09
    is_month_end  INTEGER NOT NULL
);

CREATE TABLE dim_region (
    region_key    INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    cbs_code      TEXT    NOT NULL UNIQUE,               -- GM0114, CR08, PV22, NL01 (trimmed)
    name          TEXT    NOT NULL,
    region_type   TEXT    NOT NULL,                      -- gemeente | corop | provincie | land
    corop_code    TEXT    NULL,
    province_code TEXT    NULL,
    is_partner    INTEGER NOT NULL DEFAULT 0,
    valid_from    TEXT    NULL,
    valid_to      TEXT    NULL
);

CREATE TABLE dim_measure (
    measure_key   INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    table_id      TEXT    NOT NULL,                      -- CBS table, e.g. 37230ned
    topic_key     TEXT    NOT NULL,                      -- key stem, stable across CBS renumbering
    cbs_key       TEXT    NOT NULL,                      -- the key as CBS names it today (…_15)
    title         TEXT    NOT NULL,
    unit          TEXT    NULL,
    decimals      INTEGER NULL,
    counts_at     TEXT    NULL,                          -- start_of_day | end_of_day (population counts)
    UNIQUE (table_id, topic_key)
);

CREATE TABLE dim_source (
    source_key    INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind          TEXT    NOT NULL,                      -- cbs_table | file
    origin        TEXT    NOT NULL,                      -- CBS | bundled sample | partner file
    name          TEXT    NOT NULL,                      -- table id or file name
    cbs_modified  TEXT    NULL,                          -- CBS TableInfos.Modified (UTC)
    content_hash  TEXT    NULL,                          -- SHA-256 of a delivered file
    url           TEXT    NULL,
    received_at   TEXT    NULL,
    loaded_at     TEXT    NOT NULL
);
CREATE INDEX ix_dim_source_name ON dim_source (kind, name);
