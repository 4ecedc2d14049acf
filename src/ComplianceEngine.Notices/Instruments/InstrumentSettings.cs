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
    private readonly Dictionary<string, HashSet<string>> _orderProvisions;
    private readonly Dictionary<string, BasisScope> _scopes;

    private InstrumentSettings(Dictionary<Severity, int> bySeverity, Dictionary<string, int> byFamily, Dictionary<string, FamilyGuidance> families,
        Dictionary<string, FamilyGuidance> rules, Dictionary<string, string> titlesEn, Dictionary<string, HashSet<string>> orderProvisions,
        Dictionary<string, BasisScope> scopes)
    {
        _bySeverity = bySeverity;
        _byFamily = byFamily;
        _families = families;
        _rules = rules;
        _titlesEn = titlesEn;
        _orderProvisions = orderProvisions;
        _scopes = scopes;
    }

    /// <summary>The official working-day calendar (<see cref="WorkingDayCalendar"/>), loaded from the same folder.</summary>
    public required WorkingDayCalendar WorkingDays { get; init; }

    /// <summary>
    /// Whether a cited article empowers the bureau to order correction or impose a penalty (罚则, e.g. 大气污染防治法
    /// 第九十九条): the basis of the order, never the provision violated (<c>orderProvisions</c>).
    /// </summary>
    public bool IsOrderProvision(LegalReference reference) =>
        reference.Clause is { } clause && _orderProvisions.TryGetValue(reference.Title, out var articles) && articles.Contains(clause);

    /// <summary>The industries a sector document or standard covers (<c>basisScope</c>), or null when it covers all.</summary>
    public BasisScope? Scope(string title) => _scopes.GetValueOrDefault(title);

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

            var orders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var p in Described(root, "orderProvisions"))
            {
                orders[p.Name] = [.. p.Value.EnumerateArray().Select(a => a.GetString() ?? throw new NoticeConfigurationException(path, $"orderProvisions.{p.Name}: an article is required"))];
            }

            var scopes = new Dictionary<string, BasisScope>(StringComparer.Ordinal);
            foreach (var p in Described(root, "basisScope"))
            {
                scopes[p.Name] = new BasisScope(Strings(p.Value, "facilityTypes"), Strings(p.Value, "sectors"));
            }

            return new InstrumentSettings(bySeverity, byFamily, families, rules, titles, orders, scopes) { WorkingDays = WorkingDayCalendar.Load(noticesDirectory) };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new NoticeConfigurationException(path, e.Message, e);
        }
    }

    // An object's entries without its "_comment".
    private static IEnumerable<JsonProperty> Described(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateObject().Where(p => p.Name != "_comment");

    private static HashSet<string> Strings(JsonElement e, string name) =>
        [.. e.GetProperty(name).EnumerateArray().Select(a => a.GetString()).OfType<string>()];

    private static int Positive(JsonElement e, string name, string path, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n > 0
            ? n
            : throw new NoticeConfigurationException(path, $"{where}.{name}: a whole number of days above 0 is required");
}
