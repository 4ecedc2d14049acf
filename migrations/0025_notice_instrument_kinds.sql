-- Issue 14: notices are the bureau's distinct instruments (责令改正违法行为决定书, 督办提醒函, 排污许可证延续提醒函,
-- 不予批准决定书, 补正材料通知书, 审批意见, 执法检查名单), and each kind has its own number series per authority and year
-- (洪环责改〔2026〕2号, 洪环督〔2026〕1号). The old kinds stay allowed so rows already stored remain valid.

ALTER TABLE notices DROP CONSTRAINT notices_notice_type_check;
ALTER TABLE notices ADD CONSTRAINT notices_notice_type_check CHECK (notice_type IN (
    'correction-decision', 'supervision-letter', 'permit-renewal', 'rejection-decision', 'supplement-request',
    'approval-opinion', 'inspection-list',
    'rectification', 'screening-opinion', 'deadline-reminder'));

-- Series: existing counters and numbers keep the kind they were issued under ('' for the old shared series).
ALTER TABLE notice_sequences ADD COLUMN notice_type text NOT NULL DEFAULT '';
ALTER TABLE notice_sequences DROP CONSTRAINT notice_sequences_pkey;
ALTER TABLE notice_sequences ADD PRIMARY KEY (authority_city, notice_type, year);

ALTER TABLE notices ADD COLUMN number_series text NOT NULL DEFAULT '';
ALTER TABLE notices DROP CONSTRAINT notices_number_key;
ALTER TABLE notices ADD CONSTRAINT notices_number_key UNIQUE (authority_city, number_series, year, sequence);
