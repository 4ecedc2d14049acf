using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace ComplianceEngine.Host.Pipeline;

/// <summary>
/// The body of a response that has only a status code (401, 403, 404…): problem JSON (RFC 7807) for machines, a short
/// page in Chinese and English for a person reading a page (a GET outside /api, /health, /openapi and /hangfire).
/// </summary>
public static class BareStatusCodes
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || IsMachinePath(http.Request.Path))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http });
            return;
        }

        var (zh, en) = http.Response.StatusCode == StatusCodes.Status404NotFound
            ? ("未找到：没有这个页面或记录，或者您无权查看。", "Not found: there is no such page or record, or you may not see it.")
            : ($"请求未能完成（状态码 {http.Response.StatusCode}）。", $"The request could not be completed (status {http.Response.StatusCode}).");
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(zh)}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main><h1>{WebUtility.HtmlEncode(zh)}</h1><p lang="en">{WebUtility.HtmlEncode(en)}</p><p><a href="/">返回工作台 · Back to the workspace</a></p></main></body></html>
            """);
    }

    private static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/health") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/hangfire");
}
