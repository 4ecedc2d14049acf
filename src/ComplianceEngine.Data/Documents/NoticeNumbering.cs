namespace ComplianceEngine.Data.Documents;

/// <summary>
/// The one statement that takes the next document number of an authority, kind and year (migration 0025), used by the
/// outbox for notices and by <see cref="DocumentStore"/> for decisions. Parameters <c>@City</c>, <c>@NoticeType</c>,
/// <c>@Year</c>; returns the sequence. The row lock it takes serializes numbering until the transaction ends, so a
/// rolled-back transaction gives its number back and the series stays without gaps.
/// </summary>
public static class NoticeNumbering
{
    public const string NextSequenceSql = """
        INSERT INTO notice_sequences (authority_city, notice_type, year, last_value) VALUES (@City, @NoticeType, @Year, 1)
        ON CONFLICT (authority_city, notice_type, year) DO UPDATE SET last_value = notice_sequences.last_value + 1
        RETURNING last_value
        """;
}
