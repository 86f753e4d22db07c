UPDATE fact_indicator SET indicator_name_key = @NameKey WHERE indicator_key = @KeyValue;
