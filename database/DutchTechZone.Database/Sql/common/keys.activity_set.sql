UPDATE dim_activity SET name_key = @NameKey WHERE activity_key = @KeyValue;
