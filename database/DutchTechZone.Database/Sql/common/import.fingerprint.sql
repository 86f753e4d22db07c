UPDATE etl_import SET request_fingerprint = @RequestFingerprint WHERE import_id = @ImportId;
