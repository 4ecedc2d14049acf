using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Instruments;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// A stored project screening as the officer reads it: the evaluation (outcome, rule-set version, as-of date), the
/// project as judged, the one instrument it calls for (<see cref="NoticePlanner.ProjectInstrument"/>: 不予批准决定,
/// 补正通知 or 审批意见; null when approved without conditions) and each finding with what must be supplied.
/// </summary>
public sealed record ProjectDecision(EvaluationView Evaluation, ProjectRecord? Project, NoticeType? Instrument, IReadOnlyList<DecisionItem> Items)
{
    /// <summary>The record and result the instrument planner takes, or null for a record that could not be read.</summary>
    public ScreenedRecord? Screened => Project is null ? null : new ScreenedRecord(Project, new EvaluationResult
    {
        RecordId = Evaluation.RecordId, Kind = Evaluation.RecordKind, Outcome = Evaluation.Outcome, Findings = Evaluation.Findings,
        Errors = Evaluation.Errors, RuleSetVersion = Evaluation.RuleSetVersion, AsOf = Evaluation.AsOf,
    });

    /// <summary>The decision of a stored evaluation of a project; null when it judged an enterprise.</summary>
    public static ProjectDecision? From(StoredEvaluation stored, InstrumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(settings);
        if (stored.RecordKind != "project")
        {
            return null;
        }

        var view = EvaluationView.From(stored);
        var project = RecordReader.Read(stored.RecordJson, $"evaluation {stored.Id}").Records.SingleOrDefault()?.Record as ProjectRecord;
        var items = view.Findings.Select(f => new DecisionItem(f, NoticePlanner.IsToSupply(f), settings.Guidance(f))).ToList();
        var decision = new ProjectDecision(view, project, null, items);
        return decision.Screened is { } screened ? decision with { Instrument = NoticePlanner.ProjectInstrument(screened) } : decision;
    }
}

/// <summary>
/// One finding on the decision page: the finding (message, legal basis, quoted plan clause, deadline), whether the
/// builder must supply something before a decision (<see cref="NoticePlanner.IsToSupply"/>: the finding's missing
/// fields, or proof that a precondition is met as <see cref="FamilyGuidance.Remedy"/> says), and its family's guidance.
/// </summary>
public sealed record DecisionItem(Finding Finding, bool ToSupply, FamilyGuidance? Guidance);
