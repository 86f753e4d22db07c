SELECT DISTINCT s.name
FROM fact_spending x
JOIN dim_source s ON s.source_key = x.source_key
JOIN dim_partner p ON p.partner_key = x.partner_key
WHERE p.name_key = @PartnerKey AND x.year = @Year;
