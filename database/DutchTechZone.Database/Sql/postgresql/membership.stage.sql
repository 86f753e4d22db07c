-- One row per municipality of a "Gebieden in Nederland <year>" table: its name, COROP area and province that year.
CREATE TEMP TABLE stg_region_membership (
    cbs_code       text NOT NULL,
    name           text NOT NULL,
    corop_code     text NULL,
    corop_name     text NULL,
    province_code  text NULL,
    province_name  text NULL
) ON COMMIT DROP;
