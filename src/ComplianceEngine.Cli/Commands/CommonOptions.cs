using System.CommandLine;
using System.Globalization;

namespace ComplianceEngine.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Rules = new("--rules")
    {
        Description = "The rules folder (default: the nearest 'rules' folder above the working folder)",
        Recursive = true,
    };

    /// <summary><c>--input FILE…</c>: record files, required, several after one flag.</summary>
    public static Option<FileInfo[]> RecordFiles(string description = "Record files: a JSON array or JSON lines of project and enterprise records") => new("--input")
    {
        Description = description,
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<DateOnly> AsOf(bool required = true) => new("--as-of")
    {
        Description = "The date the records are evaluated for (yyyy-MM-dd)",
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--as-of: '{text}' is not a date (yyyy-MM-dd)");
            return default;
        },
    };
}
