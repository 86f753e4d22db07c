-- Dimensions of the partner spreadsheets (shared/domain/spreadsheets.md, budget.md §2-3).
CREATE TABLE dim_theme (
    theme_key     int           NOT NULL CONSTRAINT pk_dim_theme PRIMARY KEY,
    theme_number  int           NOT NULL CONSTRAINT uq_dim_theme_number UNIQUE,
    name          nvarchar(400) NOT NULL
);

INSERT INTO dim_theme (theme_key, theme_number, name) VALUES
    (1, 1, N'Investeren in ondernemen met ambitie, zowel bij onze koplopers als in het mkb-peloton'),
    (2, 2, N'Investeren in opleiding en kennis'),
    (3, 3, N'Investeren in imago, profilering, positionering en cultuur van de regio'),
    (4, 4, N'Investeren in een aantrekkelijk vestigingsklimaat voor de maakindustrie');

CREATE TABLE dim_funding_source (
    funding_source_key int           NOT NULL CONSTRAINT pk_dim_funding_source PRIMARY KEY,
    name               nvarchar(400) NOT NULL CONSTRAINT uq_dim_funding_source_name UNIQUE,
    kind               nvarchar(400) NOT NULL   -- contribution | carry_over | network_plan | network_plan_reserve | co_financing | other
);

INSERT INTO dim_funding_source (funding_source_key, name, kind) VALUES
    (1, N'Gemeentelijke bijdrage', N'contribution'),
    (2, N'Overgebleven middelen', N'carry_over'),
    (3, N'Netwerk- en Verbindingsplan', N'network_plan'),
    (4, N'Netwerk- en Verbindingsplan reservering', N'network_plan_reserve'),
    (5, N'Cofinanciering', N'co_financing'),
    (6, N'Overig', N'other');

CREATE TABLE dim_partner (
    partner_key   int IDENTITY(1,1) NOT NULL CONSTRAINT pk_dim_partner PRIMARY KEY,
    name          nvarchar(400) NOT NULL CONSTRAINT uq_dim_partner_name UNIQUE,
    partner_type  nvarchar(400) NULL
);

CREATE TABLE dim_activity (
    activity_key  int IDENTITY(1,1) NOT NULL CONSTRAINT pk_dim_activity PRIMARY KEY,
    theme_key     int           NOT NULL CONSTRAINT fk_dim_activity_theme REFERENCES dim_theme (theme_key),
    name          nvarchar(400) NOT NULL,
    CONSTRAINT uq_dim_activity_theme_name UNIQUE (theme_key, name)
);
