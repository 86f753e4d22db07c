-- Freshness of partner deliveries: the newest file in force per template, and per partner where the template is per partner.
SELECT 'Realisatie' AS Template, p.name AS Partner, MAX(s.received_at) AS ReceivedAt
FROM fact_spending x
JOIN dim_partner p ON p.partner_key = x.partner_key
JOIN dim_source s ON s.source_key = x.source_key
GROUP BY p.name
UNION ALL
SELECT 'Capaciteit', p.name, MAX(s.received_at)
FROM fact_capacity c
JOIN dim_partner p ON p.partner_key = c.partner_key
JOIN dim_source s ON s.source_key = c.source_key
GROUP BY p.name
UNION ALL
SELECT 'Middelen', NULL, MAX(s.received_at) FROM fact_funding f JOIN dim_source s ON s.source_key = f.source_key
UNION ALL
SELECT 'Begroting', NULL, MAX(s.received_at) FROM fact_budget_line b JOIN dim_source s ON s.source_key = b.source_key
UNION ALL
SELECT 'Indicatoren', NULL, MAX(s.received_at) FROM fact_indicator i JOIN dim_source s ON s.source_key = i.source_key;
