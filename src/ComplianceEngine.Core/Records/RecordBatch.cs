namespace ComplianceEngine.Core.Records;

/// <summary>The records read from one input (a file, a request body), in input order, valid or not.</summary>
public sealed record RecordBatch(string Source, IReadOnlyList<ParsedRecord> Records)
{
    public int ValidCount
    {
        get
        {
            var count = 0;
            foreach (var record in Records)
            {
                if (record.IsValid)
                {
                    count++;
                }
            }

            return count;
        }
    }

    public int InvalidCount => Records.Count - ValidCount;
}
