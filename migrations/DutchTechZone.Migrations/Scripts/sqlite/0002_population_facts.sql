CREATE TABLE fact_population (
    region_key    INTEGER NOT NULL REFERENCES dim_region (region_key),
    date_key      INTEGER NOT NULL REFERENCES dim_date (date_key),   -- reference date (peildatum)
    measure_key   INTEGER NOT NULL REFERENCES dim_measure (measure_key),
    inhabitants   INTEGER NOT NULL,
    cbs_period    TEXT    NOT NULL,                                  -- 2025MM09
    cbs_status    TEXT    NOT NULL,                                  -- Voorlopig | Definitief | …
    source_key    INTEGER NOT NULL REFERENCES dim_source (source_key),
    loaded_at     TEXT    NOT NULL,
    PRIMARY KEY (region_key, date_key, measure_key)
);

CREATE TABLE fact_contribution (
    year               INTEGER NOT NULL,
    region_key         INTEGER NOT NULL REFERENCES dim_region (region_key),
    status             TEXT    NOT NULL,                             -- provisional | definitive
    date_key           INTEGER NOT NULL REFERENCES dim_date (date_key),
    inhabitants        INTEGER NOT NULL,
    rate_cents         INTEGER NOT NULL,                             -- per inhabitant
    amount_cents       INTEGER NOT NULL,
    settlement_cents   INTEGER NULL,                                 -- definitive − provisional
    cbs_status         TEXT    NOT NULL,
    source_key         INTEGER NOT NULL REFERENCES dim_source (source_key),
    computed_at        TEXT    NOT NULL,
    PRIMARY KEY (year, region_key, status)
);
