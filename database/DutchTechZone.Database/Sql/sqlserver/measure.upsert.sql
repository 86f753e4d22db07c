-- Insert or refresh a measure; returns its key either way (like RETURNING after ON CONFLICT DO UPDATE).
MERGE dim_measure WITH (HOLDLOCK) AS t
USING (VALUES (@TableId, @TopicKey, @CbsKey, @Title, @Unit, @Decimals, @CountsAt))
      AS s (table_id, topic_key, cbs_key, title, unit, decimals, counts_at)
   ON t.table_id = s.table_id AND t.topic_key = s.topic_key
WHEN MATCHED THEN UPDATE SET
    cbs_key = s.cbs_key, title = s.title, unit = s.unit, decimals = s.decimals, counts_at = s.counts_at
WHEN NOT MATCHED BY TARGET THEN
    INSERT (table_id, topic_key, cbs_key, title, unit, decimals, counts_at)
    VALUES (s.table_id, s.topic_key, s.cbs_key, s.title, s.unit, s.decimals, s.counts_at)
OUTPUT INSERTED.measure_key;
