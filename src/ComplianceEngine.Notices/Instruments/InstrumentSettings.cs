using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Notices.Authorities;

namespace ComplianceEngine.Notices.Instruments;

/// <summary>
/// Bureau values for instruments, read from <c>rules/notices/instruments.json</c>: the days a party has to correct
/// each kind of finding (counted from the issue date, so a deadline is always in the future), and per rule family the
/// evidence (data source, hourly or monthly) and how to correct; and the English titles of the laws and plans cited.
/// </summary>
public sealed class InstrumentSettings
{
    public const string FileName = "instruments.json";

    private readonly Dictionary<Severity, int> _bySeverity;
    private readonly Dictionary<string, int> _byFamily;
    private readonly Dictionary<string, FamilyGuidance> _families;
    private readonly Dictionary<string, FamilyGuidance> _rules;
    private readonly Dictionary<string, string> _titlesEn;

    private InstrumentSettings(Dictionary<Severity, int> bySeverity, Dictionary<string, int> byFamily, Dictionary<string, FamilyGuidance> families,
        Dictionary<string, FamilyGuidance> rules, Dictionary<string, string> titlesEn)
    {
        _bySeverity = bySeverity;
        _byFamily = byFamily;
        _families = families;
        _rules = rules;
        _titlesEn = titlesEn;
    }

    /// <summary>The official working-day calendar (<see cref="WorkingDayCalendar"/>), loaded from the same folder.</summary>
    public required WorkingDayCalendar WorkingDays { get; init; }

    /// <summary>The English title of a Chinese law, standard or plan title, or null when <c>titlesEn</c> does not list it.</summary>
    public string? TitleEn(string title) => _titlesEn.GetValueOrDefault(title);

    /// <summary>Days to correct a finding: its family's period when it has one, else its severity's.</summary>
    public int CorrectionDays(Finding f) => _byFamily.TryGetValue(f.Family, out var days) ? days : _bySeverity[f.Severity];

    /// <summary>
    /// The date by which a finding must be dealt with: the finding's own deadline while it is still ahead, else the
    /// issue date plus the correction period. Never on or before the issue date.
    /// </summary>
    public DateOnly Deadline(Finding f, DateOnly issued) =>
        f.Deadline is { } d && d > issued && !f.Overdue ? d : issued.AddDays(CorrectionDays(f));

    /// <summary>The evidence and remedy of a family, or null for a family the file does not describe.</summary>
    public FamilyGuidance? Family(string family) => _families.GetValueOrDefault(family);

    /// <summary>
    /// The evidence and remedy of a finding: its rule's own entry (<c>rules</c>: one rule of a family whose facts or
    /// correction differ, e.g. no permit at all against a late annual report), else its family's, else null.
    /// </summary>
    public FamilyGuidance? Guidance(Finding f) => _rules.GetValueOrDefault(f.RuleId) ?? Family(f.Family);

    public static InstrumentSettings Load(string noticesDirectory)
    {
        var path = Path.Combine(noticesDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new NoticeConfigurationException(path, "file not found");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            var bySeverity = new Dictionary<Severity, int>();
            var days = root.GetProperty("correctionDays");
            foreach (var severity in Enum.GetValues<Severity>().Where(s => s != Severity.Advisory))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(severity.ToString());
                bySeverity[severity] = Positive(days, name, path, "correctionDays");
            }

            var byFamily = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var p in root.GetProperty("familyCorrectionDays").EnumerateObject())
            {
                byFamily[p.Name] = Positive(root.GetProperty("familyCorrectionDays"), p.Name, path, "familyCorrectionDays");
            }

            var families = new Dictionary<string, FamilyGuidance>(StringComparer.Ordinal);
            foreach (var p in root.GetProperty("families").EnumerateObject())
            {
                families[p.Name] = FamilyGuidance.Read(p.Value, path, $"families.{p.Name}");
            }

            var rules = new Dictionary<string, FamilyGuidance>(StringComparer.Ordinal);
            if (root.TryGetProperty("rules", out var ruleEntries))
            {
                foreach (var p in ruleEntries.EnumerateObject())
                {
                    var family = p.Value.TryGetProperty("family", out var f) && f.GetString() is { } name && families.TryGetValue(name, out var g)
                        ? g
                        : throw new NoticeConfigurationException(path, $"rules.{p.Name}.family: must name one of the families above");
                    rules[p.Name] = FamilyGuidance.Read(p.Value, path, $"rules.{p.Name}", family);
                }
            }

            var titles = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var p in root.GetProperty("titlesEn").EnumerateObject())
            {
                titles[p.Name] = p.Value.GetString() is { Length: > 0 } t ? t : throw new NoticeConfigurationException(path, $"titlesEn.{p.Name}: English title is empty");
            }

            return new InstrumentSettings(bySeverity, byFamily, families, rules, titles) { WorkingDays = WorkingDayCalendar.Load(noticesDirectory) };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new NoticeConfigurationException(path, e.Message, e);
        }
    }

    private static int Positive(JsonElement e, string name, string path, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n > 0
            ? n
            : throw new NoticeConfigurationException(path, $"{where}.{name}: a whole number of days above 0 is required");
}
