-- Board report, for the status page: the last report sent (period, moment, number of recipients reached).
SELECT d.period AS Period, d.sent_at AS SentAt,
       (SELECT COUNT(DISTINCT c.recipient) FROM report_delivery c
        WHERE c.report = d.report AND c.period = d.period AND c.status = 'sent') AS Recipients
FROM report_delivery d
WHERE d.delivery_id = (SELECT MAX(m.delivery_id) FROM report_delivery m WHERE m.report = @Report AND m.status = 'sent');
