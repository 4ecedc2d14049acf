using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Host.Bench;

/// <summary>
/// Request bodies, one project record each, cycling through the sample. By default every body gets a new id (the
/// sample id, a run tag and the request's sequence number) so that each request is a new evaluation stored in the
/// audit trail; with <c>repeat</c> the sample records are sent unchanged and, once stored, hit the stored evaluation.
/// </summary>
internal sealed class ProjectBodies
{
    private const string Placeholder = "__bench_id__";

    private readonly byte[][] _before;
    private readonly byte[][] _after;
    private readonly string[] _ids;
    private readonly byte[][] _unchanged;
    private readonly string? _runTag;
    private long _sequence = -1;

    private ProjectBodies(JsonArray projects, bool repeat)
    {
        var count = projects.Count;
        _before = new byte[count][];
        _after = new byte[count][];
        _ids = new string[count];
        _unchanged = new byte[count][];
        // Distinct across runs too, so a second run on the same database still stores new evaluations.
        _runTag = repeat ? null : $"b{DateTime.UtcNow:yyyyMMddHHmmss}";
        for (var i = 0; i < count; i++)
        {
            var project = projects[i]!.AsObject();
            _ids[i] = project["id"]!.GetValue<string>();
            _unchanged[i] = Encoding.UTF8.GetBytes(project.ToJsonString());
            // Split the serialized record around its id once, so a request costs two copies rather than a serialization.
            project["id"] = Placeholder;
            var text = project.ToJsonString();
            var at = text.IndexOf($"\"{Placeholder}\"", StringComparison.Ordinal);
            _before[i] = Encoding.UTF8.GetBytes(text[..at]);
            _after[i] = Encoding.UTF8.GetBytes(text[(at + Placeholder.Length + 2)..]);
        }
    }

    public int Count => _ids.Length;

    public static ProjectBodies Load(string path, bool repeat)
    {
        var projects = JsonNode.Parse(File.ReadAllText(path)) as JsonArray
            ?? throw new InvalidDataException($"{path}: expected a JSON array of project records");
        if (projects.Count == 0 || projects.Any(p => p is not JsonObject o || o["id"]?.GetValueKind() != JsonValueKind.String))
        {
            throw new InvalidDataException($"{path}: expected a non-empty array of records with a string id");
        }

        return new ProjectBodies(projects, repeat);
    }

    /// <summary>The next body; safe to call from several threads.</summary>
    public byte[] Next() => Body(Interlocked.Increment(ref _sequence));

    private byte[] Body(long sequence)
    {
        var i = (int)(sequence % Count);
        if (_runTag is null)
        {
            return _unchanged[i];
        }

        var id = Encoding.UTF8.GetBytes(JsonSerializer.Serialize($"{_ids[i]}-{_runTag}-{sequence}"));
        var body = new byte[_before[i].Length + id.Length + _after[i].Length];
        _before[i].CopyTo(body, 0);
        id.CopyTo(body, _before[i].Length);
        _after[i].CopyTo(body, _before[i].Length + id.Length);
        return body;
    }
}
