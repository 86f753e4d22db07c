-- When on its reference date a population topic counts (start_of_day / end_of_day): what the budget rules read.
UPDATE dim_measure SET counts_at = @CountsAt WHERE table_id = @TableId AND topic_key = @TopicKey;
