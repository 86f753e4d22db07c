-- Board report: records what was sent to (or refused by) one recipient.
INSERT INTO report_delivery (report, period, recipient, status, forced, message_id, detail, sent_at)
VALUES (@Report, @Period, @Recipient, @Status, @Forced, @MessageId, @Detail, @SentAt);
