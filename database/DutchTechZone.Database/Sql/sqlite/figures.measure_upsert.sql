-- A topic of a CBS table as a measure: title, unit, decimals, topic group and table title refreshed from DataProperties.
INSERT INTO dim_measure (table_id, topic_key, cbs_key, title, unit, decimals, topic_group, table_title, datatype)
VALUES (@TableId, @TopicKey, @CbsKey, @Title, @Unit, @Decimals, @TopicGroup, @TableTitle, @Datatype)
ON CONFLICT (table_id, topic_key) DO UPDATE SET
    cbs_key = excluded.cbs_key, title = excluded.title, unit = excluded.unit, decimals = excluded.decimals,
    topic_group = excluded.topic_group, table_title = excluded.table_title, datatype = excluded.datatype
RETURNING measure_key;
