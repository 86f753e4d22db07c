-- PostgreSQL dialect; see the SQLite script of the same name for the why.
-- Region membership over time (#9, point 5): dim_region_membership (0011) is filled per year from the CBS tables
-- "Gebieden in Nederland <year>" (one per year). A region's COROP area and province per year stay as CBS published
-- them; a municipal merger ends a code (valid_to) without touching the years before it.
-- rpt_region: columns added only. corop_code / province_code are the region's current parents (the latest year of
-- its membership, or the seeded ones while no membership is loaded); membership_year says which year that is.
-- rpt_region_membership (new): one row per region and year.

DROP VIEW rpt_region;

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
       r.valid_to,
       l.membership_year
FROM dim_region r
LEFT JOIN dim_region c ON c.cbs_code = r.corop_code
LEFT JOIN dim_region p ON p.cbs_code = r.province_code
LEFT JOIN (SELECT region_key, MAX(year) AS membership_year FROM dim_region_membership GROUP BY region_key) l ON l.region_key = r.region_key;

CREATE VIEW rpt_region_membership AS
SELECT m.region_key,
       r.cbs_code,
       r.name,
       r.region_type     AS region_level,
       m.year,
       m.corop_code,
       c.name            AS corop_name,
       m.province_code,
       p.name            AS province_name,
       s.source_key,
       s.name            AS source_table,
       s.origin          AS source_origin,
       s.cbs_modified    AS source_modified
FROM dim_region_membership m
JOIN dim_region r ON r.region_key = m.region_key
LEFT JOIN dim_region c ON c.cbs_code = m.corop_code
LEFT JOIN dim_region p ON p.cbs_code = m.province_code
LEFT JOIN dim_source s ON s.source_key = m.source_key;
