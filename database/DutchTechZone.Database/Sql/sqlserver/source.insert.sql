INSERT INTO dim_source (kind, origin, name, cbs_modified, content_hash, url, received_at, loaded_at)
OUTPUT INSERTED.source_key
VALUES (@Kind, @Origin, @Name, @CbsModified, @ContentHash, @Url, @ReceivedAt, @LoadedAt);
