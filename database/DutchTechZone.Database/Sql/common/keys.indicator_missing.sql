SELECT indicator_key AS KeyValue, indicator AS Name FROM fact_indicator WHERE indicator_name_key IS NULL;
