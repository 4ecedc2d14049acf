using Microsoft.Net.Http.Headers;

namespace ComplianceEngine.Host.Apis;

/// <summary>
/// The character set of a record body, checked before the endpoint reads it: UTF-8 only. A <c>charset</c> other than
/// UTF-8 (e.g. GBK, which Excel writes) is answered 415 with problem details naming what was sent, instead of being
/// decoded into replacement characters and mis-decided. The media type itself is matched by routing against the
/// endpoint's <c>Accepts</c> metadata (415 too); a body without a <c>Content-Type</c> is read as UTF-8.
/// </summary>
public sealed class JsonRequestBody : IEndpointFilter
{
    public const string Json = "application/json";
    public const string JsonLines = "application/x-ndjson";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var header = context.HttpContext.Request.ContentType;
        return Refusal(header) is { } reason
            ? ValueTask.FromResult<object?>(TypedResults.Problem(title: "Unsupported media type", detail: reason,
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                extensions: new Dictionary<string, object?> { ["contentType"] = header }))
            : next(context);
    }

    /// <summary>Why a <c>Content-Type</c> is refused, or null when its charset is UTF-8 or absent.</summary>
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
