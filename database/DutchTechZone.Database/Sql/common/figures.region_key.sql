SELECT region_key FROM dim_region WHERE cbs_code = @CbsCode;
