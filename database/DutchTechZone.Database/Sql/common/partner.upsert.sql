INSERT INTO dim_partner (name, partner_type)
SELECT @Partner, @PartnerType
WHERE NOT EXISTS (SELECT 1 FROM dim_partner WHERE lower(name) = lower(@Partner));
