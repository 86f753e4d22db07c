-- The provisional contributions stored for a year: what was invoiced on the adopted reference date (frozen),
-- with the amount and rate invoiced (a later rate change does not alter them).
SELECT r.cbs_code       AS CbsCode,
       r.name           AS Municipality,
       d.full_date      AS ReferenceDate,
       'end_of_day'     AS CountsAt,
       'fact_contribution' AS TableId,
       c.inhabitants    AS Inhabitants,
       c.cbs_status     AS CbsStatus,
       ''               AS CbsPeriod,
       s.origin         AS Origin,
       c.source_key     AS SourceKey,
       c.computed_at    AS LoadedAt,
       c.amount_cents   AS AmountCents,
       c.rate_cents     AS RateCents
FROM fact_contribution c
JOIN dim_region r ON r.region_key = c.region_key
JOIN dim_date   d ON d.date_key   = c.date_key
JOIN dim_source s ON s.source_key = c.source_key
WHERE c.year = @Year AND c.status = 'provisional';
