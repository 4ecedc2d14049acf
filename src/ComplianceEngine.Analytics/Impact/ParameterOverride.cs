namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// One <c>--set</c> of a reform: <c>NAME=VALUE</c> or <c>NAME@城市=VALUE</c>, where NAME is a parameter
/// (<c>ultraLow.steel.deadline</c>) or a rule id whose deadline parameter is meant (<c>ULE-STEEL-01</c>), and VALUE is
/// a date (yyyy-MM-dd), a number or true/false by the parameter's type.
/// </summary>
public sealed record ParameterOverride(string Name, string? City, string Value)
{
    /// <exception cref="FormatException">The text is not <c>NAME[@CITY]=VALUE</c>.</exception>
    public static ParameterOverride Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new FormatException($"--set '{text}': expected NAME=VALUE or NAME@城市=VALUE (e.g. ultraLow.steel.deadline=2026-06-30)");
        }

        var name = text[..equals].Trim();
        var at = name.IndexOf('@', StringComparison.Ordinal);
        return at < 0
            ? new ParameterOverride(name, null, text[(equals + 1)..].Trim())
            : new ParameterOverride(name[..at], name[(at + 1)..], text[(equals + 1)..].Trim());
    }

    public override string ToString() => City is null ? $"{Name}={Value}" : $"{Name}@{City}={Value}";
}
