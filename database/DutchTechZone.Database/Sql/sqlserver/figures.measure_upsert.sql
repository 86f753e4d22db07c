-- A topic of a CBS table as a measure: title, unit, decimals, topic group and table title refreshed from DataProperties.
MERGE dim_measure WITH (HOLDLOCK) AS t
USING (VALUES (@TableId, @TopicKey, @CbsKey, @Title, @Unit, @Decimals, @TopicGroup, @TableTitle, @Datatype))
      AS s (table_id, topic_key, cbs_key, title, unit, decimals, topic_group, table_title, datatype)
   ON t.table_id = s.table_id AND t.topic_key = s.topic_key
WHEN MATCHED THEN UPDATE SET
    cbs_key = s.cbs_key, title = s.title, unit = s.unit, decimals = s.decimals,
    topic_group = s.topic_group, table_title = s.table_title, datatype = s.datatype
WHEN NOT MATCHED BY TARGET THEN
    INSERT (table_id, topic_key, cbs_key, title, unit, decimals, topic_group, table_title, datatype)
    VALUES (s.table_id, s.topic_key, s.cbs_key, s.title, s.unit, s.decimals, s.topic_group, s.table_title, s.datatype)
OUTPUT INSERTED.measure_key;
