using System.Text.Json;

namespace ComplianceEngine.Notices.Authorities;

/// <summary>
/// The issuing authority of each city, read from <c>authorities.json</c>: a province default and one entry per
/// city. A city missing from the file gets the province default, so a notice always has an issuer.
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
            var province = Read(root.GetProperty("province"), city: "", path, "province");
            var byCity = new Dictionary<string, Authority>(StringComparer.Ordinal);
            var i = 0;
            foreach (var e in root.GetProperty("cities").EnumerateArray())
            {
                var city = Text(e, "city", path, $"cities[{i}]");
                if (!byCity.TryAdd(city, Read(e, city, path, $"cities[{i}]")))
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

    private static Authority Read(JsonElement e, string city, string path, string where)
    {
        var pattern = Text(e, "numberPattern", path, where);
        try
        {
            return new Authority
            {
                City = city,
                Name = Text(e, "authority", path, where),
                NameEn = Text(e, "authorityEn", path, where),
                Seal = Text(e, "seal", path, where),
                SealEn = Text(e, "sealEn", path, where),
                NumberPattern = NoticeNumberPattern.Parse(pattern),
            };
        }
        catch (FormatException f)
        {
            throw new NoticeConfigurationException(path, $"{where}: {f.Message}", f);
        }
    }

    private static string Text(JsonElement e, string name, string path, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new NoticeConfigurationException(path, $"{where}.{name}: required text is missing");
}
