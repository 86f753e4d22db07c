-- Facts delivered by partner spreadsheets. Every row names its file (dim_source) and its row in that file.
CREATE TABLE fact_funding (
    funding_key        INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    year               INTEGER NOT NULL,
    funding_source_key INTEGER NOT NULL REFERENCES dim_funding_source (funding_source_key),
    region_key         INTEGER NULL REFERENCES dim_region (region_key),
    amount_cents       INTEGER NOT NULL,
    note               TEXT    NULL,
    source_key         INTEGER NOT NULL REFERENCES dim_source (source_key),
    source_row         INTEGER NOT NULL
);
CREATE INDEX ix_fact_funding_year ON fact_funding (year);

CREATE TABLE fact_budget_line (
    budget_line_key    INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    year               INTEGER NOT NULL,
    theme_key          INTEGER NOT NULL REFERENCES dim_theme (theme_key),
    activity_key       INTEGER NOT NULL REFERENCES dim_activity (activity_key),
    funding_source_key INTEGER NOT NULL REFERENCES dim_funding_source (funding_source_key),
    amount_cents       INTEGER NOT NULL,
    note               TEXT    NULL,
    source_key         INTEGER NOT NULL REFERENCES dim_source (source_key),
    source_row         INTEGER NOT NULL
);
CREATE INDEX ix_fact_budget_line_year ON fact_budget_line (year);

CREATE TABLE fact_spending (
    spending_key       INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    date_key           INTEGER NOT NULL REFERENCES dim_date (date_key),
    year               INTEGER NOT NULL,
    partner_key        INTEGER NOT NULL REFERENCES dim_partner (partner_key),
    theme_key          INTEGER NOT NULL REFERENCES dim_theme (theme_key),
    activity_key       INTEGER NOT NULL REFERENCES dim_activity (activity_key),
    description        TEXT    NULL,
    reference          TEXT    NOT NULL,
    status             TEXT    NOT NULL,          -- Verplicht | Betaald
    amount_cents       INTEGER NOT NULL,
    source_key         INTEGER NOT NULL REFERENCES dim_source (source_key),
    source_row         INTEGER NOT NULL
);
CREATE INDEX ix_fact_spending_partner_year ON fact_spending (partner_key, year);

CREATE TABLE fact_capacity (
    capacity_key       INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    period             TEXT    NOT NULL,          -- 2026, 2026-03, 2026-K1
    period_start_key   INTEGER NOT NULL REFERENCES dim_date (date_key),
    period_end_key     INTEGER NOT NULL REFERENCES dim_date (date_key),
    partner_key        INTEGER NOT NULL REFERENCES dim_partner (partner_key),
    partner_type       TEXT    NOT NULL,
    hours              NUMERIC NOT NULL,
    hourly_rate_cents  INTEGER NULL,
    value_cents        INTEGER NULL,              -- hours × hourly rate
    source_key         INTEGER NOT NULL REFERENCES dim_source (source_key),
    source_row         INTEGER NOT NULL
);

CREATE TABLE fact_indicator (
    indicator_key      INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    period             TEXT    NOT NULL,
    period_start_key   INTEGER NOT NULL REFERENCES dim_date (date_key),
    period_end_key     INTEGER NOT NULL REFERENCES dim_date (date_key),
    indicator          TEXT    NOT NULL,
    region_key         INTEGER NULL REFERENCES dim_region (region_key),
    value              NUMERIC NOT NULL,
    target             NUMERIC NULL,
    unit               TEXT    NULL,
    source_key         INTEGER NOT NULL REFERENCES dim_source (source_key),
    source_row         INTEGER NOT NULL
);
