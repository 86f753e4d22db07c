CREATE TABLE fact_population (
    region_key    integer     NOT NULL REFERENCES dim_region (region_key),
    date_key      integer     NOT NULL REFERENCES dim_date (date_key),
    measure_key   integer     NOT NULL REFERENCES dim_measure (measure_key),
    inhabitants   bigint      NOT NULL,
    cbs_period    varchar(16) NOT NULL,
    cbs_status    varchar(32) NOT NULL,
    source_key    integer     NOT NULL REFERENCES dim_source (source_key),
    loaded_at     timestamptz NOT NULL,
    PRIMARY KEY (region_key, date_key, measure_key)
);

CREATE TABLE fact_contribution (
    year               integer     NOT NULL,
    region_key         integer     NOT NULL REFERENCES dim_region (region_key),
    status             varchar(16) NOT NULL,
    date_key           integer     NOT NULL REFERENCES dim_date (date_key),
    inhabitants        bigint      NOT NULL,
    rate_cents         bigint      NOT NULL,
    amount_cents       bigint      NOT NULL,
    settlement_cents   bigint      NULL,
    cbs_status         varchar(32) NOT NULL,
    source_key         integer     NOT NULL REFERENCES dim_source (source_key),
    computed_at        timestamptz NOT NULL,
    PRIMARY KEY (year, region_key, status)
);
