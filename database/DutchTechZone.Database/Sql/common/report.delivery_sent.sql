-- Board report: the recipients a report period was already sent to.
SELECT DISTINCT recipient AS Recipient
FROM report_delivery
WHERE report = @Report AND period = @Period AND status = 'sent';
