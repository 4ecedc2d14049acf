using System.Globalization;
using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Risk.Data;

/// <summary>
/// Reads enterprise records (contract JSON, array or JSON lines) as snapshots. A record's snapshot date is its
/// <c>snapshotDate</c> field (not in the contract; kept as an extra field) or, when absent, the given default: a
/// contract-shaped file is then one snapshot as of that date, marked <see cref="EnterpriseSnapshot.Undated"/>.
/// Several files may hold snapshots of the same enterprise at different dates (one file per date: ids are unique
/// within a file). Invalid records are counted, not used.
/// </summary>
public static class SnapshotReader
{
    public static (IReadOnlyList<EnterpriseSnapshot> Snapshots, int Invalid) ReadFiles(IEnumerable<string> paths, DateOnly? defaultDate, Encoding? encoding = null)
    {
        var snapshots = new List<EnterpriseSnapshot>();
        var invalid = 0;
        foreach (var path in paths)
        {
            foreach (var parsed in RecordReader.ReadFile(path, encoding))
            {
                if (!parsed.IsValid || parsed.Record is not EnterpriseRecord record)
                {
                    invalid++;
                    continue;
                }

                var snapshot = SnapshotDate(record) is { } dated
                    ? new EnterpriseSnapshot(record, dated)
                    : new EnterpriseSnapshot(record, defaultDate
                        ?? throw new FormatException($"{path}: record '{record.Id}' has no snapshotDate and no default date was given"), Undated: true);
                snapshots.Add(snapshot);
            }
        }

        return (snapshots, invalid);
    }

    public static DateOnly? SnapshotDate(EnterpriseRecord record) =>
        record.Extra?["snapshotDate"]?.GetValue<string>() is { } text
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
