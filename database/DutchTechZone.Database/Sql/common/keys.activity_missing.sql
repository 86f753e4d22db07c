SELECT activity_key AS KeyValue, name AS Name FROM dim_activity WHERE name_key IS NULL;
