CREATE TABLE fact_population (
    region_key    int          NOT NULL CONSTRAINT fk_fact_population_region REFERENCES dim_region (region_key),
    date_key      int          NOT NULL CONSTRAINT fk_fact_population_date REFERENCES dim_date (date_key),  -- reference date (peildatum)
    measure_key   int          NOT NULL CONSTRAINT fk_fact_population_measure REFERENCES dim_measure (measure_key),
    inhabitants   bigint       NOT NULL,
    cbs_period    nvarchar(16) NOT NULL,                                       -- 2025MM09
    cbs_status    nvarchar(32) NOT NULL,                                       -- Voorlopig | Definitief | ...
    source_key    int          NOT NULL CONSTRAINT fk_fact_population_source REFERENCES dim_source (source_key),
    loaded_at     datetime2(3) NOT NULL,
    CONSTRAINT pk_fact_population PRIMARY KEY (region_key, date_key, measure_key)
);

CREATE TABLE fact_contribution (
    year               int          NOT NULL,
    region_key         int          NOT NULL CONSTRAINT fk_fact_contribution_region REFERENCES dim_region (region_key),
    status             nvarchar(16) NOT NULL,                                  -- provisional | definitive
    date_key           int          NOT NULL CONSTRAINT fk_fact_contribution_date REFERENCES dim_date (date_key),
    inhabitants        bigint       NOT NULL,
    rate_cents         bigint       NOT NULL,                                  -- per inhabitant
    amount_cents       bigint       NOT NULL,
    settlement_cents   bigint       NULL,                                      -- definitive - provisional
    cbs_status         nvarchar(32) NOT NULL,
    source_key         int          NOT NULL CONSTRAINT fk_fact_contribution_source REFERENCES dim_source (source_key),
    computed_at        datetime2(3) NOT NULL,
    CONSTRAINT pk_fact_contribution PRIMARY KEY (year, region_key, status)
);
