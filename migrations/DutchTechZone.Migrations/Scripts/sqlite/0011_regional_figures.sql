-- Regional figures (#9): any CBS StatLine table, long format, one row per cell.
-- Facts are narrow (four dimension keys + value); the other dimension categories and periods are small dimensions.
-- Contract for rpt_region / rpt_regional_figure: shared with #11 (Power BI) and #12 (board report).

-- A region's COROP area and province per year, as CBS published them; history is never overwritten.
CREATE TABLE dim_region_membership (
    region_key    INTEGER NOT NULL REFERENCES dim_region (region_key),
    year          INTEGER NOT NULL,
    corop_code    TEXT    NULL,
    province_code TEXT    NULL,
    source_key    INTEGER NULL REFERENCES dim_source (source_key),
    PRIMARY KEY (region_key, year)
);

ALTER TABLE dim_measure ADD COLUMN topic_group TEXT NULL;      -- 'Bevolking / Leeftijdsgroepen' (TopicGroup titles, outer first)
ALTER TABLE dim_measure ADD COLUMN table_title TEXT NULL;      -- TableInfos.Title
ALTER TABLE dim_measure ADD COLUMN datatype TEXT NULL;         -- Double | Integer | Long | String | …

-- The combination of the other (non-region, non-period) dimension categories of one cell, per table.
CREATE TABLE dim_category (
    category_key     INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    table_id         TEXT    NOT NULL,
    categories       TEXT    NOT NULL,                     -- 'Geslacht=T001038;Leeftijd=10000', '' when none
    categories_title TEXT    NOT NULL,                     -- 'Geslacht=Totaal mannen en vrouwen;Leeftijd=Totaal'
    UNIQUE (table_id, categories)
);

-- CBS period codes mapped to date ranges (every type, none dropped).
CREATE TABLE dim_period (
    period_key    INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    period        TEXT    NOT NULL UNIQUE,                 -- 2024JJ00, 2024KW02, 2024MM05, 2010G900, 20060101
    period_type   TEXT    NOT NULL,                        -- jaar | kwartaal | maand | overig
    period_start  TEXT    NOT NULL,
    period_end    TEXT    NOT NULL,
    date_key      INTEGER NOT NULL                         -- yyyymmdd of period_start (joins dim_date when in range)
);

CREATE TABLE fact_regional_figure (
    measure_key   INTEGER NOT NULL REFERENCES dim_measure (measure_key),
    region_key    INTEGER NOT NULL REFERENCES dim_region (region_key),
    category_key  INTEGER NOT NULL REFERENCES dim_category (category_key),
    period_key    INTEGER NOT NULL REFERENCES dim_period (period_key),
    value         REAL    NULL,                            -- NULL when CBS has no value (never 0)
    value_symbol  TEXT    NULL,                            -- '.', 'x', '-', … the reason a value is missing
    value_text    TEXT    NULL,                            -- a String topic's text (values of other topics are in value)
    cbs_status    TEXT    NULL,                            -- Definitief | Voorlopig | …
    source_key    INTEGER NOT NULL REFERENCES dim_source (source_key),
    loaded_at     TEXT    NOT NULL,
    PRIMARY KEY (measure_key, region_key, category_key, period_key)
);
CREATE INDEX ix_fact_regional_figure_region ON fact_regional_figure (region_key, period_key);


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
