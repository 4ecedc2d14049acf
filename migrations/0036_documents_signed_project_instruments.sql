-- Issue 15: a project's 补正通知 and 审批意见 are signed by the approval officer as the 不予批准决定 is: drafted
-- unnumbered, numbered and sent only when an officer issues them in their own name.
ALTER TABLE documents DROP CONSTRAINT documents_document_type_check;
ALTER TABLE documents ADD CONSTRAINT documents_document_type_check
    CHECK (document_type IN ('correction-decision', 'rejection-decision', 'supplement-request', 'approval-opinion'));
