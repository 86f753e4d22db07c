SELECT partner_key AS KeyValue, name AS Name FROM dim_partner WHERE name_key IS NULL;
