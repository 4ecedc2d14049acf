using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using ComplianceEngine.Analytics.Impact;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Apis.Models;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// <c>POST /api/v1/rules/impact</c> (admins): what a catalog change would do to the register or to the records sent,
/// judged through the screening room under both versions, streamed as <see cref="ImpactResponse"/> while it runs.
/// Nothing is stored: an impact is a question, not a decision.
/// </summary>
public static class ImpactApi
{
    private const int FlushBytes = 1 << 15;

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapImpactApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/rules/impact", ImpactAsync)
            .RequireAuthorization(Policies.Administer)
            .WithPipelineProblems(takesBody: true)
            .Accepts<ImpactRequest>(JsonRequestBody.Json)
            .AddEndpointFilter<JsonRequestBody>()
            .Produces<ImpactResponse>(StatusCodes.Status200OK, JsonRequestBody.Json)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithTags("Rules")
            .WithName("RuleImpact")
            .WithSummary("Outcome flips record by record (with the findings that caused them), firing counts per rule and a summary by city, sector and family, "
                + "between the served (or a stored) catalog and a stored version and/or parameter overrides; over the register or the records sent; streamed");
        return routes;
    }

    private static async Task<IResult> ImpactAsync(HttpContext http, RuleSetHolder catalog, RuleSetStore versions, IRecordSource register,
        IExceedanceSource monitoring, TimeProvider clock, CancellationToken ct)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request, ct);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var (request, errors) = Read(document!.RootElement, clock);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            var current = catalog.Current;
            var baseline = await RuleVersionsApi.SnapshotAsync(request.Baseline ?? current.Version, current, versions, ct);
            var candidate = request.Candidate is null ? null : await RuleVersionsApi.SnapshotAsync(request.Candidate, current, versions, ct);
            if (baseline is null || (request.Candidate is not null && candidate is null))
            {
                return ApiProblems.NotFound("Rule-set version not found",
                    $"version {(baseline is null ? request.Baseline : request.Candidate)} is not stored in the audit trail");
            }

            ImpactCatalogs catalogs;
            try
            {
                var loaded = baseline == current.Snapshot ? current : RuleSetLoader.Load(baseline, ct);
                catalogs = ImpactCatalogs.Load(loaded, candidate, [.. request.Overrides.Select(ParameterOverride.Parse)], request.AsOf, ct);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return ApiProblems.Invalid("overrides", e.Message);
            }
            catch (CatalogInvalidException e)
            {
                return TypedResults.Problem(title: "Candidate catalog does not compile", detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?> { ["problems"] = e.Issues.Select(i => i.ToString()).ToArray() });
            }

            var inline = request.Records is { } records ? RecordReader.Read(records.GetRawText(), "request").Records : null;
            http.Response.ContentType = "application/json; charset=utf-8";
            // The serializer flushes its writer synchronously, which Kestrel refuses on the response stream: JSON goes to
            // a buffer, and the buffer to the response asynchronously once it holds enough.
            var buffer = new ArrayBufferWriter<byte>(FlushBytes * 2);
            await using var json = new Utf8JsonWriter(buffer, Writer);
            var writer = new ImpactJsonWriter(json);
            writer.Start(catalogs, request.AsOf);
            var run = new ImpactRun(catalogs.Baseline, catalogs.Candidate, request.AsOf, request.Changes);
            // Records sent are not the register's: no monitoring facts are looked up for them.
            var summary = await run.CompareAsync(inline is null ? ImpactRun.Register(register, ct) : Stream(inline),
                inline is null ? new RecordScreening(monitoring, null) : RecordScreening.Offline,
                async flip =>
                {
                    writer.Flip(flip);
                    if (buffer.WrittenCount > FlushBytes)
                    {
                        await SendAsync(json, buffer, http.Response.Body, ct);
                    }
                }, ct);
            writer.End(summary);
            await SendAsync(json, buffer, http.Response.Body, ct);
            return Results.Empty;
        }
    }

    private static (Parsed Request, Dictionary<string, string[]> Errors) Read(JsonElement root, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors["$"] = ["expected an object: {asOf, baseline, candidate, overrides, records, changes}"];
            return (new Parsed(default, null, null, [], null, false), errors);
        }

        string? Text(string name)
        {
            if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                errors[name] = ["expected a string"];
                return null;
            }

            return v.GetString();
        }

        var asOfText = Text("asOf");
        if (!AsOfDate.TryParse(asOfText, clock, out var asOf))
        {
            errors["asOf"] = [AsOfDate.Invalid(asOfText)];
        }

        string[] overrides = [];
        if (root.TryGetProperty("overrides", out var o) && o.ValueKind != JsonValueKind.Null)
        {
            if (o.ValueKind == JsonValueKind.Array && o.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String))
            {
                overrides = [.. o.EnumerateArray().Select(x => x.GetString()!)];
            }
            else
            {
                errors["overrides"] = ["expected an array of strings NAME=VALUE"];
            }
        }

        JsonElement? records = null;
        if (root.TryGetProperty("records", out var r) && r.ValueKind != JsonValueKind.Null)
        {
            if (r.ValueKind == JsonValueKind.Array)
            {
                records = r;
            }
            else
            {
                errors["records"] = ["expected an array of records, or leave it out for the register"];
            }
        }

        var changes = root.TryGetProperty("changes", out var c) && c.ValueKind == JsonValueKind.True;
        var request = new Parsed(asOf, Text("baseline"), Text("candidate"), overrides, records, changes);
        if (request.Candidate is null && overrides.Length == 0 && !errors.ContainsKey("overrides"))
        {
            errors["candidate"] = ["give a candidate version (sha256:…), overrides, or both"];
        }

        return (request, errors);
    }

    private static async Task SendAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream body, CancellationToken ct)
    {
        json.Flush();
        await body.WriteAsync(buffer.WrittenMemory, ct);
        await body.FlushAsync(ct);
        buffer.ResetWrittenCount();
    }

    private static async IAsyncEnumerable<ParsedRecord> Stream(IReadOnlyList<ParsedRecord> records, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var record in records)
        {
            ct.ThrowIfCancellationRequested();
            await Task.CompletedTask;
            yield return record;
        }
    }

    private sealed record Parsed(DateOnly AsOf, string? Baseline, string? Candidate, IReadOnlyList<string> Overrides, JsonElement? Records, bool Changes);
}
