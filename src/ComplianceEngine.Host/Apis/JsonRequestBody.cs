using Microsoft.Net.Http.Headers;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// The media types a record body may have, checked before the endpoint reads it: JSON (or JSON lines) in UTF-8. A
/// <c>charset</c> other than UTF-8 (e.g. GBK, which Excel writes) or another media type is answered 415 with problem
/// details naming what was sent, instead of being decoded into replacement characters and mis-decided. A body without
/// a <c>Content-Type</c> is read as UTF-8 JSON.
/// </summary>
public sealed class JsonRequestBody : IEndpointFilter
{
    public const string Json = "application/json";
    public const string JsonLines = "application/x-ndjson";

    private static readonly string[] Accepted = [Json, JsonLines, "application/jsonl", "application/json-seq"];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var header = context.HttpContext.Request.ContentType;
        return Refusal(header) is { } reason
            ? ValueTask.FromResult<object?>(TypedResults.Problem(title: "Unsupported media type", detail: reason,
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                extensions: new Dictionary<string, object?> { ["contentType"] = header, ["accepted"] = Accepted }))
            : next(context);
    }

    /// <summary>Why a <c>Content-Type</c> is refused, or null when it is JSON in UTF-8 (or absent).</summary>
    public static string? Refusal(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (!MediaTypeHeaderValue.TryParse(header, out var type))
        {
            return $"the Content-Type '{header}' cannot be parsed; send {Json}; charset=utf-8";
        }

        var media = type.MediaType.Value ?? "";
        if (!Accepted.Contains(media, StringComparer.OrdinalIgnoreCase) && !media.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return $"records are JSON ({string.Join(", ", Accepted)}), not '{media}'";
        }

        var charset = type.Charset.Value;
        if (charset is null)
        {
            return null;
        }

        // "utf-8", "UTF-8", "utf8", quoted or not: the spellings clients send for UTF-8.
        var isUtf8 = charset.Trim('"').Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return isUtf8 ? null : $"the body must be UTF-8; charset '{charset}' is not accepted (convert the file to UTF-8 first)";
    }
}
