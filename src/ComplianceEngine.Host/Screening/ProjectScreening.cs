using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Host.Screening;

/// <summary>
/// Screens submitted project records: each is checked against the contract on its own (an invalid one becomes an
/// <c>invalid</c> result, the rest are still evaluated) and every evaluation of a valid record goes through the
/// screening room to the audit trail. What is refused here is the request's own policy: duplicates and enterprises.
/// The API and the officer's pages both come through here, so a form, a file and a request read and decide alike.
/// </summary>
public sealed class ProjectScreening(RecordScreening screening)
{
    private const string Source = "request";

    /// <summary>The API's answer: the engine's result JSON per record, in order, with its index and audit-trail id when stored.</summary>
    public async Task<ScreeningResponse> ScreenAsync(RuleSet ruleSet, JsonElement body, DateOnly asOf, CancellationToken ct)
    {
        var screened = await ScreenEachAsync(ruleSet, body, asOf, ct);
        var results = new List<JsonObject>(screened.Count);
        foreach (var one in screened)
        {
            var json = (JsonObject)JsonSerializer.SerializeToNode(one.Result, ResultJson.Compact)!;
            json.Insert(0, "index", one.Index);
            if (one.EvaluationId is { } stored)
            {
                json["evaluationId"] = stored;
            }

            results.Add(json);
        }

        return new ScreeningResponse(ruleSet.Version, asOf, results);
    }

    /// <summary>
    /// One result per record of <paramref name="body"/> (an object or an array of them), in order: evaluated and stored
    /// when the record keeps the contract (<see cref="ScreenedProject.EvaluationId"/> set), else <c>invalid</c> with
    /// every problem's JSON path and reason.
    /// </summary>
    public async Task<IReadOnlyList<ScreenedProject>> ScreenEachAsync(RuleSet ruleSet, JsonElement body, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var elements = body.ValueKind == JsonValueKind.Array ? [.. body.EnumerateArray()] : new[] { body };
        var duplicates = new DuplicateIds(Source);
        var results = new List<ScreenedProject>(elements.Length);
        for (var index = 0; index < elements.Length; index++)
        {
            // Two versions of one project in a request would make the stored history depend on their order.
            var parsed = duplicates.Check(RecordReader.ReadOne(elements[index], Source, index));
            if (parsed.IsValid && parsed.Record!.Kind != RecordKind.Project)
            {
                results.Add(new ScreenedProject(index, ruleSet.Invalid(parsed.Id, parsed.Kind,
                    [new RecordError("$.kind", "screenings take project records; enterprises are checked from the register")], asOf), null));
            }
            else if (parsed.IsValid)
            {
                var screened = await screening.ScreenAsync(ruleSet, parsed.Record!, asOf, ct);
                results.Add(new ScreenedProject(index, screened.Result, screened.EvaluationId));
            }
            else
            {
                results.Add(new ScreenedProject(index, ruleSet.Invalid(parsed.Id, parsed.Kind, parsed.Errors, asOf), null));
            }
        }

        return results;
    }
}
