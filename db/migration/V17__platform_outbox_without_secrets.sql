-- The outbox keeps no usable secret: a single-use link is kept as a reference to the row of its
-- secret (link_provider, link_reference) and minted only when the mail is sent. Mail may carry
-- attachments.
ALTER TABLE platform_mail_outbox ADD COLUMN link_provider VARCHAR(100);
ALTER TABLE platform_mail_outbox ADD COLUMN link_reference BIGINT;

CREATE TABLE platform_mail_attachment (
    outbox_id         BIGINT       NOT NULL REFERENCES platform_mail_outbox (id),
    attachment_index  INTEGER      NOT NULL,
    file_name         VARCHAR(200) NOT NULL,
    content_type      VARCHAR(200) NOT NULL,
    content           BYTEA        NOT NULL,
    PRIMARY KEY (outbox_id, attachment_index)
);

-- Messages written before this version hold their links (with live tokens) in clear. Their text is
-- removed; one still waiting is given up, and its recipient asks again (e.g. "Forgot your password?").
UPDATE platform_mail_outbox
   SET failed_at = CURRENT_TIMESTAMP,
       last_error = 'withdrawn by V17: it held a single-use link in clear'
 WHERE sent_at IS NULL AND failed_at IS NULL AND body_text LIKE '%token=%';

UPDATE platform_mail_outbox
   SET body_text = '(removed by V17: this message held a single-use link)',
       body_html = '<p>(removed by V17: this message held a single-use link)</p>'
 WHERE body_text LIKE '%token=%' OR body_html LIKE '%token=%';
