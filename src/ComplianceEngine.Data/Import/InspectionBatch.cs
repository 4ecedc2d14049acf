using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Data.Import;

/// <summary>Collects a file's inspections, reporting invalid ones and repeats of an (enterprise, date) already seen.</summary>
internal sealed class InspectionBatch(string source, ImportSummary summary)
{
    private readonly Dictionary<(string, DateOnly), int> _positions = [];
    private readonly List<InspectionRow> _rows = [];

    public void Add(InspectionRow? row, long position, List<RecordError> errors)
    {
        if (row is not null && !_positions.TryAdd((row.EnterpriseId, row.Date), (int)position))
        {
            errors.Add(new RecordError("date", $"second inspection of {row.EnterpriseId} on {row.Date:yyyy-MM-dd} in this file, first at {_positions[(row.EnterpriseId, row.Date)]}"));
        }

        if (errors.Count > 0)
        {
            summary.AddInvalid(errors.Select(e => e with { Source = source, Index = (int)position, RecordId = row?.EnterpriseId }));
            return;
        }

        _rows.Add(row!);
    }

    public async Task StoreAsync(InspectionStore store, CancellationToken ct)
    {
        var (inserted, updated, unchanged) = await store.UpsertAsync(_rows, ct);
        summary.Add(inserted, updated, unchanged);
    }
}
