-- Reporting views of the partner facts; one view per batch (DbUp splits on GO). Money as exact decimal(18, 2).
CREATE VIEW rpt_funding AS
SELECT f.year, fs.name AS funding_source, fs.kind AS funding_kind, r.cbs_code, r.name AS municipality,
       CAST(f.amount_cents / 100.0 AS decimal(18, 2)) AS amount, f.amount_cents, f.note,
       s.name AS source_file, s.content_hash AS source_hash, s.received_at, f.source_row
FROM fact_funding f
JOIN dim_funding_source fs ON fs.funding_source_key = f.funding_source_key
LEFT JOIN dim_region r ON r.region_key = f.region_key
JOIN dim_source s ON s.source_key = f.source_key;
GO

CREATE VIEW rpt_budget_line AS
SELECT b.year, t.theme_number, t.name AS theme, a.name AS activity, fs.name AS funding_source, fs.kind AS funding_kind,
       CAST(b.amount_cents / 100.0 AS decimal(18, 2)) AS amount, b.amount_cents, b.note,
       s.name AS source_file, s.received_at, b.source_row
FROM fact_budget_line b
JOIN dim_theme t ON t.theme_key = b.theme_key
JOIN dim_activity a ON a.activity_key = b.activity_key
JOIN dim_funding_source fs ON fs.funding_source_key = b.funding_source_key
JOIN dim_source s ON s.source_key = b.source_key;
GO

CREATE VIEW rpt_spending AS
SELECT d.full_date AS spending_date, x.year, p.name AS partner, t.theme_number, t.name AS theme, a.name AS activity,
       x.description, x.reference, x.status, CAST(x.amount_cents / 100.0 AS decimal(18, 2)) AS amount, x.amount_cents,
       s.name AS source_file, s.received_at, x.source_row
FROM fact_spending x
JOIN dim_date d ON d.date_key = x.date_key
JOIN dim_partner p ON p.partner_key = x.partner_key
JOIN dim_theme t ON t.theme_key = x.theme_key
JOIN dim_activity a ON a.activity_key = x.activity_key
JOIN dim_source s ON s.source_key = x.source_key;
GO

CREATE VIEW rpt_capacity AS
SELECT c.period, ds.full_date AS period_start, de.full_date AS period_end, p.name AS partner, c.partner_type,
       c.hours, CAST(c.hourly_rate_cents / 100.0 AS decimal(18, 2)) AS hourly_rate,
       CAST(c.value_cents / 100.0 AS decimal(18, 2)) AS value, c.value_cents,
       s.name AS source_file, s.received_at, c.source_row
FROM fact_capacity c
JOIN dim_date ds ON ds.date_key = c.period_start_key
JOIN dim_date de ON de.date_key = c.period_end_key
JOIN dim_partner p ON p.partner_key = c.partner_key
JOIN dim_source s ON s.source_key = c.source_key;
GO

CREATE VIEW rpt_indicator AS
SELECT i.period, ds.full_date AS period_start, de.full_date AS period_end, i.indicator, r.cbs_code, r.name AS municipality,
       i.value, i.target, i.unit, s.name AS source_file, s.received_at, i.source_row
FROM fact_indicator i
JOIN dim_date ds ON ds.date_key = i.period_start_key
JOIN dim_date de ON de.date_key = i.period_end_key
LEFT JOIN dim_region r ON r.region_key = i.region_key
JOIN dim_source s ON s.source_key = i.source_key;
GO
