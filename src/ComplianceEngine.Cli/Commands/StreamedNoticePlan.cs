using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <see cref="NoticePlanner.Plan"/> fed one screened record at a time: it keeps the notices (one list per type, in
/// the planner's order) instead of every record, so memory grows with the notices to write, not with the input.
/// Inspection lists rank the whole input: only when one is asked for are the screened records kept.
/// </summary>
internal sealed class StreamedNoticePlan(IReadOnlyCollection<NoticeType> types, DateOnly asOf)
{
    private readonly NoticeType[] _perRecord = [.. NoticeTypes.All.Where(t => types.Contains(t) && t != NoticeType.InspectionList)];
    private readonly Dictionary<NoticeType, List<NoticeRequest>> _requests = [];
    private readonly List<ScreenedRecord>? _kept = types.Contains(NoticeType.InspectionList) ? [] : null;

    public int Invalid { get; private set; }

    public void Add(ParsedRecord parsed, EvaluationResult result)
    {
        if (result.Outcome == Outcome.Invalid)
        {
            Invalid++;
        }

        if (parsed.Record is not { } record)
        {
            return;
        }

        var screened = new ScreenedRecord(record, result);
        _kept?.Add(screened);
        if (result.Outcome == Outcome.Invalid)
        {
            return;
        }

        foreach (var type in _perRecord)
        {
            if (NoticePlanner.For(type, screened, asOf) is { } request)
            {
                (_requests.TryGetValue(type, out var list) ? list : _requests[type] = []).Add(request);
            }
        }
    }

    /// <summary>Every notice in the planner's order: by type, then input order.</summary>
    public IReadOnlyList<NoticeRequest> Requests()
    {
        var all = new List<NoticeRequest>();
        foreach (var type in NoticeTypes.All.Where(types.Contains))
        {
            if (type == NoticeType.InspectionList)
            {
                all.AddRange(NoticePlanner.Plan(_kept!, asOf, [NoticeType.InspectionList]));
            }
            else if (_requests.TryGetValue(type, out var list))
            {
                all.AddRange(list);
            }
        }

        return all;
    }
}
