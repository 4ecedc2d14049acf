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
/// </summary>
public sealed class ProjectScreening(RecordScreening screening)
{
    private const string Source = "request";

    public async Task<ScreeningResponse> ScreenAsync(RuleSet ruleSet, JsonElement body, DateOnly asOf, CancellationToken ct)
    {
        var elements = body.ValueKind == JsonValueKind.Array ? [.. body.EnumerateArray()] : new[] { body };
        var duplicates = new DuplicateIds(Source);
        var results = new List<JsonObject>(elements.Length);
        for (var index = 0; index < elements.Length; index++)
        {
            // Two versions of one project in a request would make the stored history depend on their order.
            var parsed = duplicates.Check(RecordReader.ReadOne(elements[index], Source, index));
            EvaluationResult result;
            long? evaluationId = null;
            if (parsed.IsValid && parsed.Record!.Kind != RecordKind.Project)
            {
                result = ruleSet.Invalid(parsed.Id, parsed.Kind, [new RecordError("$.kind", "screenings take project records; enterprises are checked from the register")], asOf);
            }
            else if (parsed.IsValid)
            {
                var screened = await screening.ScreenAsync(ruleSet, parsed.Record!, asOf, ct);
                (result, evaluationId) = (screened.Result, screened.EvaluationId);
            }
            else
            {
                result = ruleSet.Invalid(parsed.Id, parsed.Kind, parsed.Errors, asOf);
            }

            var json = (JsonObject)JsonSerializer.SerializeToNode(result, ResultJson.Compact)!;
            json.Insert(0, "index", index);
            if (evaluationId is { } stored)
            {
                json["evaluationId"] = stored;
            }

            results.Add(json);
        }

        return new ScreeningResponse(ruleSet.Version, asOf, results);
    }
}
