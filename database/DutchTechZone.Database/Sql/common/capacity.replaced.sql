SELECT DISTINCT s.name
FROM fact_capacity c
JOIN dim_source s ON s.source_key = c.source_key
JOIN dim_partner p ON p.partner_key = c.partner_key
WHERE p.name_key = @PartnerKey AND c.period = @Period;
