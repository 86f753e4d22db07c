-- Facts delivered by partner spreadsheets. Every row names its file (dim_source) and its row in that file.
CREATE TABLE fact_funding (
    funding_key        int IDENTITY(1,1) NOT NULL CONSTRAINT pk_fact_funding PRIMARY KEY,
    year               int           NOT NULL,
    funding_source_key int           NOT NULL CONSTRAINT fk_fact_funding_funding_source REFERENCES dim_funding_source (funding_source_key),
    region_key         int           NULL     CONSTRAINT fk_fact_funding_region REFERENCES dim_region (region_key),
    amount_cents       bigint        NOT NULL,
    note               nvarchar(max) NULL,
    source_key         int           NOT NULL CONSTRAINT fk_fact_funding_source REFERENCES dim_source (source_key),
    source_row         int           NOT NULL
);

CREATE INDEX ix_fact_funding_year ON fact_funding (year);

CREATE TABLE fact_budget_line (
    budget_line_key    int IDENTITY(1,1) NOT NULL CONSTRAINT pk_fact_budget_line PRIMARY KEY,
    year               int           NOT NULL,
    theme_key          int           NOT NULL CONSTRAINT fk_fact_budget_line_theme REFERENCES dim_theme (theme_key),
    activity_key       int           NOT NULL CONSTRAINT fk_fact_budget_line_activity REFERENCES dim_activity (activity_key),
    funding_source_key int           NOT NULL CONSTRAINT fk_fact_budget_line_funding_source REFERENCES dim_funding_source (funding_source_key),
    amount_cents       bigint        NOT NULL,
    note               nvarchar(max) NULL,
    source_key         int           NOT NULL CONSTRAINT fk_fact_budget_line_source REFERENCES dim_source (source_key),
    source_row         int           NOT NULL
);

CREATE INDEX ix_fact_budget_line_year ON fact_budget_line (year);

CREATE TABLE fact_spending (
    spending_key       int IDENTITY(1,1) NOT NULL CONSTRAINT pk_fact_spending PRIMARY KEY,
    date_key           int           NOT NULL CONSTRAINT fk_fact_spending_date REFERENCES dim_date (date_key),
    year               int           NOT NULL,
    partner_key        int           NOT NULL CONSTRAINT fk_fact_spending_partner REFERENCES dim_partner (partner_key),
    theme_key          int           NOT NULL CONSTRAINT fk_fact_spending_theme REFERENCES dim_theme (theme_key),
    activity_key       int           NOT NULL CONSTRAINT fk_fact_spending_activity REFERENCES dim_activity (activity_key),
    description        nvarchar(max) NULL,
    reference          nvarchar(400) NOT NULL,
    status             nvarchar(400) NOT NULL,                                 -- Verplicht | Betaald
    amount_cents       bigint        NOT NULL,
    source_key         int           NOT NULL CONSTRAINT fk_fact_spending_source REFERENCES dim_source (source_key),
    source_row         int           NOT NULL
);

CREATE INDEX ix_fact_spending_partner_year ON fact_spending (partner_key, year);

CREATE TABLE fact_capacity (
    capacity_key       int IDENTITY(1,1) NOT NULL CONSTRAINT pk_fact_capacity PRIMARY KEY,
    period             nvarchar(400) NOT NULL,                                 -- 2026, 2026-03, 2026-K1
    period_start_key   int           NOT NULL CONSTRAINT fk_fact_capacity_period_start REFERENCES dim_date (date_key),
    period_end_key     int           NOT NULL CONSTRAINT fk_fact_capacity_period_end REFERENCES dim_date (date_key),
    partner_key        int           NOT NULL CONSTRAINT fk_fact_capacity_partner REFERENCES dim_partner (partner_key),
    partner_type       nvarchar(400) NOT NULL,
    hours              decimal(12, 2) NOT NULL,
    hourly_rate_cents  bigint        NULL,
    value_cents        bigint        NULL,                                     -- hours x hourly rate
    source_key         int           NOT NULL CONSTRAINT fk_fact_capacity_source REFERENCES dim_source (source_key),
    source_row         int           NOT NULL
);

CREATE TABLE fact_indicator (
    indicator_key      int IDENTITY(1,1) NOT NULL CONSTRAINT pk_fact_indicator PRIMARY KEY,
    period             nvarchar(400) NOT NULL,
    period_start_key   int           NOT NULL CONSTRAINT fk_fact_indicator_period_start REFERENCES dim_date (date_key),
    period_end_key     int           NOT NULL CONSTRAINT fk_fact_indicator_period_end REFERENCES dim_date (date_key),
    indicator          nvarchar(400) NOT NULL,
    region_key         int           NULL     CONSTRAINT fk_fact_indicator_region REFERENCES dim_region (region_key),
    value              decimal(18, 4) NOT NULL,
    target             decimal(18, 4) NULL,
    unit               nvarchar(400) NULL,
    source_key         int           NOT NULL CONSTRAINT fk_fact_indicator_source REFERENCES dim_source (source_key),
    source_row         int           NOT NULL
);
