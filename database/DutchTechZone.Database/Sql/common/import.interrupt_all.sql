-- Imports still 'running' when no process can be running them (found at the start of dtz serve): a killed process
-- or a database outage left them. Their loads never committed (one transaction each); mark them so.
UPDATE etl_import
SET status = 'interrupted', finished_at = @FinishedAt, message = @Message
WHERE status = 'running';
