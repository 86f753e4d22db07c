-- One row per municipality of a "Gebieden in Nederland <year>" table: its name, COROP area and province that year.
DROP TABLE IF EXISTS temp.stg_region_membership;
CREATE TEMP TABLE stg_region_membership (
    cbs_code       TEXT NOT NULL,
    name           TEXT NOT NULL,
    corop_code     TEXT NULL,
    corop_name     TEXT NULL,
    province_code  TEXT NULL,
    province_name  TEXT NULL
);
