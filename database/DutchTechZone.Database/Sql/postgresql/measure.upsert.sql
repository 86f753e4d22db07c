INSERT INTO dim_measure (table_id, topic_key, cbs_key, title, unit, decimals, counts_at)
VALUES (@TableId, @TopicKey, @CbsKey, @Title, @Unit, @Decimals, @CountsAt)
ON CONFLICT (table_id, topic_key) DO UPDATE SET
    cbs_key = excluded.cbs_key, title = excluded.title, unit = excluded.unit,
    decimals = excluded.decimals, counts_at = excluded.counts_at
RETURNING measure_key;
