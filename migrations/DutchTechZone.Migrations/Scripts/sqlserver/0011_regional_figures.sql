-- Regional figures (#9). See the SQLite script of the same name for the why. Columns added in one batch are used
-- in the next (GO); CREATE VIEW is alone in its batch.
CREATE TABLE dim_region_membership (
    region_key    int          NOT NULL CONSTRAINT fk_dim_region_membership_region REFERENCES dim_region (region_key),
    year          int          NOT NULL,
    corop_code    nvarchar(16) NULL,
    province_code nvarchar(16) NULL,
    source_key    int          NULL CONSTRAINT fk_dim_region_membership_source REFERENCES dim_source (source_key),
    CONSTRAINT pk_dim_region_membership PRIMARY KEY (region_key, year)
);

ALTER TABLE dim_measure ADD topic_group nvarchar(1000) NULL;
ALTER TABLE dim_measure ADD table_title nvarchar(1000) NULL;
ALTER TABLE dim_measure ADD datatype nvarchar(32) NULL;

CREATE TABLE dim_category (
    category_key     int IDENTITY(1,1) NOT NULL CONSTRAINT pk_dim_category PRIMARY KEY,
    table_id         nvarchar(32)   NOT NULL,
    categories       nvarchar(400)  NOT NULL,                 -- 'Geslacht=T001038;Leeftijd=10000', '' when none
    categories_title nvarchar(2000) NOT NULL,
    CONSTRAINT uq_dim_category_table_categories UNIQUE (table_id, categories)
);

CREATE TABLE dim_period (
    period_key    int IDENTITY(1,1) NOT NULL CONSTRAINT pk_dim_period PRIMARY KEY,
    period        nvarchar(32) NOT NULL CONSTRAINT uq_dim_period_period UNIQUE,
    period_type   nvarchar(16) NOT NULL,                     -- jaar | kwartaal | maand | overig
    period_start  date         NOT NULL,
    period_end    date         NOT NULL,
    date_key      int          NOT NULL                      -- yyyymmdd of period_start
);

CREATE TABLE fact_regional_figure (
    measure_key   int            NOT NULL CONSTRAINT fk_fact_regional_figure_measure REFERENCES dim_measure (measure_key),
    region_key    int            NOT NULL CONSTRAINT fk_fact_regional_figure_region REFERENCES dim_region (region_key),
    category_key  int            NOT NULL CONSTRAINT fk_fact_regional_figure_category REFERENCES dim_category (category_key),
    period_key    int            NOT NULL CONSTRAINT fk_fact_regional_figure_period REFERENCES dim_period (period_key),
    value         decimal(38, 10) NULL,                      -- NULL when CBS has no value (never 0)
    value_symbol  nvarchar(8)    NULL,
    value_text    nvarchar(max)  NULL,
    cbs_status    nvarchar(32)   NULL,
    source_key    int            NOT NULL CONSTRAINT fk_fact_regional_figure_source REFERENCES dim_source (source_key),
    loaded_at     datetime2(3)   NOT NULL,
    CONSTRAINT pk_fact_regional_figure PRIMARY KEY (measure_key, region_key, category_key, period_key)
);

CREATE INDEX ix_fact_regional_figure_region ON fact_regional_figure (region_key, period_key);

GO

CREATE VIEW rpt_region AS
SELECT r.region_key,
       r.cbs_code,
       r.name,
       r.region_type     AS region_level,
       r.is_partner,
       r.corop_code,
       c.name            AS corop_name,
       r.province_code,
       p.name            AS province_name,
       r.valid_from,
       r.valid_to
FROM dim_region r
LEFT JOIN dim_region c ON c.cbs_code = r.corop_code
LEFT JOIN dim_region p ON p.cbs_code = r.province_code;
GO

CREATE VIEW rpt_regional_figure AS
SELECT r.region_key,
       r.cbs_code,
       r.name             AS region_name,
       r.region_type      AS region_level,
       r.is_partner,
       m.measure_key,
       m.table_id,
       m.topic_key        AS measure,
       m.title            AS measure_title,
       m.unit,
       m.decimals,
       c.categories,
       c.categories_title,
       p.period,
       p.period_type,
       p.period_start,
       p.period_end,
       p.date_key,
       f.value,
       f.value_symbol,
       f.cbs_status,
       s.source_key,
       s.name             AS source_table,
       s.cbs_modified     AS source_modified,
       f.loaded_at
FROM fact_regional_figure f
JOIN dim_region   r ON r.region_key   = f.region_key
JOIN dim_measure  m ON m.measure_key  = f.measure_key
JOIN dim_category c ON c.category_key = f.category_key
JOIN dim_period   p ON p.period_key   = f.period_key
JOIN dim_source   s ON s.source_key   = f.source_key;
GO
