UPDATE dim_partner SET name_key = @NameKey WHERE partner_key = @KeyValue;
