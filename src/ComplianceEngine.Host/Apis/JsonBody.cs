using ComplianceEngine.Core.Records;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// Reads a request body as JSON ourselves rather than through model binding, so that malformed JSON is answered with
/// the parser's reason and position, and each record can then be checked against the contract on its own.
/// </summary>
public static class JsonBody
{
    /// <summary>
    /// How a body or an uploaded file of records is parsed. Records are checked for depth one by one
    /// (RecordLimits.MaxDepth), so one deep record does not refuse the batch.
    /// </summary>
    public static readonly JsonDocumentOptions Options = new() { MaxDepth = RecordLimits.FramingDepth };

    public static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(request.Body, Options, ct);
            return (document, null);
        }
        catch (JsonException e)
        {
            return (null, TypedResults.Problem(
                title: "Malformed JSON",
                detail: $"the request body is not valid JSON: {e.Message}",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?>
                {
                    ["path"] = e.Path ?? "$",
                    ["line"] = e.LineNumber + 1,
                    ["position"] = e.BytePositionInLine,
                }));
        }
    }
}
