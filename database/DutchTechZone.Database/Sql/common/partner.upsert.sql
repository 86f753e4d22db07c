INSERT INTO dim_partner (name, name_key, partner_type)
SELECT @Partner, @PartnerKey, @PartnerType
WHERE NOT EXISTS (SELECT 1 FROM dim_partner WHERE name_key = @PartnerKey);
