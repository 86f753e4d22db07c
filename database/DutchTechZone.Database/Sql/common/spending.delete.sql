DELETE FROM fact_spending
WHERE year = @Year
  AND partner_key IN (SELECT partner_key FROM dim_partner WHERE name_key = @PartnerKey);
