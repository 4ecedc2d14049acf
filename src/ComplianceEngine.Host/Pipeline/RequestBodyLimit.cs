using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Pipeline;

/// <summary>
/// Enforces <see cref="ApiOptions.MaxRequestBodyBytes"/> on every request: a declared <c>Content-Length</c> over it
/// is refused before anything is read; a chunked body on a server that enforces no limit of its own (Kestrel does, set
/// from the same option) is counted as it is read. Either way a <see cref="BadHttpRequestException"/> with 413, which
/// <see cref="RefusedRequestHandler"/> answers as problem details.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, IOptions<ApiOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is null)
        {
            context.Request.Body = new BodyLimitStream(context.Request.Body, limit);
        }

        return next(context);
    }

    public static BadHttpRequestException TooLarge(long limit) =>
        new($"the request body is larger than {limit} bytes; split it, or import large files with the command line ('import')",
            StatusCodes.Status413PayloadTooLarge);
}
