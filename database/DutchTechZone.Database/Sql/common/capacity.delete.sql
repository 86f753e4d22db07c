DELETE FROM fact_capacity
WHERE period = @Period
  AND partner_key IN (SELECT partner_key FROM dim_partner WHERE name_key = @PartnerKey);
