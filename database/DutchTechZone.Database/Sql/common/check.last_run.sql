-- The results of the last finished check run (what a status page or the board report shows).
SELECT c.check_name AS Name, c.category AS Category, c.status AS Status, c.failing_rows AS FailingRows,
       c.sample AS Sample, c.message AS Message, c.checked_at AS CheckedAt, c.run_id AS RunId
FROM etl_check c
WHERE c.run_id = (SELECT MAX(run_id) FROM etl_check_run WHERE finished_at IS NOT NULL)
ORDER BY c.check_id;
