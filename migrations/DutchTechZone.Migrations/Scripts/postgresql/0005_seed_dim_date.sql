INSERT INTO dim_date (date_key, full_date, year, quarter, month, day, month_name, year_month, is_month_end)
SELECT CAST(to_char(d, 'YYYYMMDD') AS integer),
       d::date,
       EXTRACT(YEAR FROM d)::smallint,
       EXTRACT(QUARTER FROM d)::smallint,
       EXTRACT(MONTH FROM d)::smallint,
       EXTRACT(DAY FROM d)::smallint,
       (ARRAY['januari','februari','maart','april','mei','juni','juli','augustus','september',
              'oktober','november','december'])[EXTRACT(MONTH FROM d)::int],
       to_char(d, 'YYYY-MM'),
       EXTRACT(MONTH FROM d + interval '1 day') <> EXTRACT(MONTH FROM d)
FROM generate_series(date '2000-01-01', date '2040-12-31', interval '1 day') AS g(d);
