using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Data.Receipts;
using ComplianceEngine.Host.Apis.Models;

namespace ComplianceEngine.Host.Pages.Enterprise;

/// <summary>
/// What an enterprise sees of itself: its name, its latest stored evaluation (status, rule-set version, as-of date),
/// its obligations in deadline order and the documents addressed to it, each with its receipt when acknowledged.
/// </summary>
public sealed record EnterpriseOverview(
    string Id, string Name, EvaluationView? Latest, IReadOnlyList<Finding> Timeline, IReadOnlyList<ReceivedNotice> Documents);

/// <summary>A notice or issued decision sent to the enterprise, and who acknowledged receipt and when (null until then).</summary>
public sealed record ReceivedNotice(OutboxNotice Notice, NoticeReceipt? Receipt);
