using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Data.Import;

/// <summary>What one import did. <see cref="Errors"/> keeps the first <see cref="MaxErrorsKept"/> problems; <see cref="Invalid"/> counts them all.</summary>
public sealed class ImportSummary
{
    public const int MaxErrorsKept = 1000;
    private readonly List<RecordError> _errors = [];
    private readonly List<RecordError> _warnings = [];

    public long Inserted { get; private set; }
    public long Updated { get; private set; }
    public long Unchanged { get; private set; }
    public long Invalid { get; private set; }
    public IReadOnlyList<RecordError> Errors => _errors;

    /// <summary>
    /// What was stored but needs a person's look, e.g. readings of an enterprise not in the register (kept: its record
    /// may come later; named, so a mistyped id is seen). The first <see cref="MaxErrorsKept"/>, one per enterprise.
    /// </summary>
    public IReadOnlyList<RecordError> Warnings => _warnings;

    /// <summary>Why a file stopped part way (a broken JSON array: nothing after the break can be located); null when read to its end.</summary>
    public RecordError? Stopped { get; private set; }

    /// <summary>Records the break that ended a file; the items before it are kept.</summary>
    public void Stop(RecordError error)
    {
        Stopped ??= error;
        AddInvalid([error]);
    }

    public void Add(long inserted, long updated, long unchanged)
    {
        Inserted += inserted;
        Updated += updated;
        Unchanged += unchanged;
    }

    /// <summary>Counts one invalid item (a record, a CSV row) with every problem found in it.</summary>
    public void AddInvalid(IEnumerable<RecordError> problems)
    {
        Invalid++;
        foreach (var p in problems)
        {
            if (_errors.Count < MaxErrorsKept)
            {
                _errors.Add(p);
            }
        }
    }

    /// <summary>Keeps a warning unless one about the same record is kept already.</summary>
    public void AddWarning(RecordError warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        if (_warnings.Count < MaxErrorsKept && !_warnings.Exists(w => w.RecordId == warning.RecordId && w.Path == warning.Path))
        {
            _warnings.Add(warning);
        }
    }

    public void Merge(ImportSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var w in other.Warnings)
        {
            AddWarning(w);
        }

        Add(other.Inserted, other.Updated, other.Unchanged);
        Invalid += other.Invalid;
        Stopped ??= other.Stopped;
        _errors.AddRange(other.Errors.Take(MaxErrorsKept - _errors.Count));
    }

    public override string ToString() =>
        $"inserted {Inserted}, updated {Updated}, unchanged {Unchanged}, invalid {Invalid}" + (_warnings.Count > 0 ? $", warnings {_warnings.Count}" : "");
}
