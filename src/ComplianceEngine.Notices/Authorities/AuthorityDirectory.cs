using System.Text.Json;

namespace ComplianceEngine.Notices.Authorities;

/// <summary>
/// The issuing authority of each city, read from <c>authorities.json</c>: a province default and one entry per
/// city, and the word each kind of instrument adds to the number (<c>numberWords</c>). A city missing from the file
/// gets the province default, so a notice always has an issuer.
/// </summary>
public sealed class AuthorityDirectory
{
    public const string FileName = "authorities.json";

    private readonly Dictionary<string, Authority> _byCity;

    private AuthorityDirectory(Authority province, Dictionary<string, Authority> byCity)
    {
        Province = province;
        _byCity = byCity;
    }

    public Authority Province { get; }

    public IReadOnlyCollection<Authority> Cities => _byCity.Values;

    public Authority For(string city) => _byCity.TryGetValue(city, out var a) ? a : Province;

    public static AuthorityDirectory Load(string noticesDirectory)
    {
        var path = Path.Combine(noticesDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new NoticeConfigurationException(path, "file not found");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            var words = NumberWords(root, path);
            var province = Read(root.GetProperty("province"), city: "", words, path, "province");
            var byCity = new Dictionary<string, Authority>(StringComparer.Ordinal);
            var i = 0;
            foreach (var e in root.GetProperty("cities").EnumerateArray())
            {
                var city = Text(e, "city", path, $"cities[{i}]");
                if (!byCity.TryAdd(city, Read(e, city, words, path, $"cities[{i}]")))
                {
                    throw new NoticeConfigurationException(path, $"cities[{i}]: {city} is listed twice");
                }

                i++;
            }

            return new AuthorityDirectory(province, byCity);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new NoticeConfigurationException(path, e.Message, e);
        }
    }

    private static Dictionary<NoticeType, string> NumberWords(JsonElement root, string path)
    {
        var words = new Dictionary<NoticeType, string>();
        var section = root.TryGetProperty("numberWords", out var w) ? w : throw new NoticeConfigurationException(path, "numberWords: required section is missing");
        foreach (var type in NoticeTypes.All)
        {
            words[type] = Text(section, type.Slug(), path, "numberWords");
        }

        return words;
    }

    private static Authority Read(JsonElement e, string city, Dictionary<NoticeType, string> words, string path, string where)
    {
        var abbreviation = Text(e, "abbreviation", path, where);
        try
        {
            return new Authority
            {
                City = city,
                Name = Text(e, "authority", path, where),
                NameEn = Text(e, "authorityEn", path, where),
                Seal = Text(e, "seal", path, where),
                SealEn = Text(e, "sealEn", path, where),
                Abbreviation = abbreviation,
                ReviewBody = Text(e, "reviewBody", path, where),
                ReviewBodyEn = Text(e, "reviewBodyEn", path, where),
                ContactPhone = OptionalText(e, "contactPhone", path, where),
                // Serial numbers are never padded (GB/T 9704: 〔2026〕2号, not 0002号).
                NumberPatterns = words.ToDictionary(kv => kv.Key, kv => NoticeNumberPattern.Parse(abbreviation + kv.Value + "〔{year}〕{seq}号")),
            };
        }
        catch (FormatException f)
        {
            throw new NoticeConfigurationException(path, $"{where}: {f.Message}", f);
        }
    }

    /// <summary>A field that must be present but may be null: an unknown value is said in the data, not left out.</summary>
    private static string? OptionalText(JsonElement e, string name, string path, string where) =>
        !e.TryGetProperty(name, out var v) ? throw new NoticeConfigurationException(path, $"{where}.{name}: required (null when unknown)")
        : v.ValueKind == JsonValueKind.Null ? null
        : Text(e, name, path, where);

    private static string Text(JsonElement e, string name, string path, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new NoticeConfigurationException(path, $"{where}.{name}: required text is missing");
}
