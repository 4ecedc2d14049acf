using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Screening;

/// <summary>Records held by a store (the register), read back as the engine's types.</summary>
public interface IRecordSource
{
    /// <summary>The records of <paramref name="kind"/> (<c>enterprise</c> or <c>project</c>) with the given ids, or all when null; streamed in id order.</summary>
    IAsyncEnumerable<ParsedRecord> ReadAsync(string kind, IReadOnlyList<string>? ids, CancellationToken ct = default);
}
