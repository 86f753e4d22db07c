-- Per region with a membership from an origin: its first and last year, and the loaded years of that origin just
-- before and just after them. A year after its last one in which it is absent ends the code (a merger); a year before
-- its first one in which it is absent starts it.
WITH loaded AS (
    SELECT m.region_key, m.year
    FROM dim_region_membership m
    JOIN dim_source o ON o.source_key = m.source_key
    WHERE o.origin = @Origin
),
years AS (SELECT DISTINCT year FROM loaded),
spans AS (SELECT region_key, MIN(year) AS first_year, MAX(year) AS last_year FROM loaded GROUP BY region_key)
SELECT sp.region_key AS RegionKey,
       sp.first_year AS FirstYear,
       sp.last_year  AS LastYear,
       (SELECT MAX(y.year) FROM years y WHERE y.year < sp.first_year) AS YearBefore,
       (SELECT MIN(y.year) FROM years y WHERE y.year > sp.last_year)  AS YearAfter
FROM spans sp
WHERE EXISTS (SELECT 1 FROM years y WHERE y.year < sp.first_year OR y.year > sp.last_year);
