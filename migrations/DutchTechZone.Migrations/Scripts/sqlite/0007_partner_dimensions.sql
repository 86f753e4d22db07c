-- Dimensions of the partner spreadsheets (shared/domain/spreadsheets.md, budget.md §2-3).
CREATE TABLE dim_theme (
    theme_key     INTEGER NOT NULL PRIMARY KEY,
    theme_number  INTEGER NOT NULL UNIQUE,
    name          TEXT    NOT NULL
);
INSERT INTO dim_theme (theme_key, theme_number, name) VALUES
    (1, 1, 'Investeren in ondernemen met ambitie, zowel bij onze koplopers als in het mkb-peloton'),
    (2, 2, 'Investeren in opleiding en kennis'),
    (3, 3, 'Investeren in imago, profilering, positionering en cultuur van de regio'),
    (4, 4, 'Investeren in een aantrekkelijk vestigingsklimaat voor de maakindustrie');

CREATE TABLE dim_funding_source (
    funding_source_key INTEGER NOT NULL PRIMARY KEY,
    name               TEXT    NOT NULL UNIQUE,
    kind               TEXT    NOT NULL          -- contribution | carry_over | network_plan | network_plan_reserve | co_financing | other
);
INSERT INTO dim_funding_source (funding_source_key, name, kind) VALUES
    (1, 'Gemeentelijke bijdrage', 'contribution'),
    (2, 'Overgebleven middelen', 'carry_over'),
    (3, 'Netwerk- en Verbindingsplan', 'network_plan'),
    (4, 'Netwerk- en Verbindingsplan reservering', 'network_plan_reserve'),
    (5, 'Cofinanciering', 'co_financing'),
    (6, 'Overig', 'other');

CREATE TABLE dim_partner (
    partner_key   INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL UNIQUE,
    partner_type  TEXT    NULL
);

CREATE TABLE dim_activity (
    activity_key  INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    theme_key     INTEGER NOT NULL REFERENCES dim_theme (theme_key),
    name          TEXT    NOT NULL,
    UNIQUE (theme_key, name)
);
