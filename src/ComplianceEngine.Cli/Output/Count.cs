namespace ComplianceEngine.Cli.Output;

/// <summary>English nouns after a number: "1 record", "2 records" (Chinese needs no plural).</summary>
internal static class Count
{
    public static string Word(long n, string one, string many) => n == 1 ? one : many;
}
