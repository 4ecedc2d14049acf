namespace ComplianceEngine.Host.Tests.Pipeline;

/// <summary>What hostile callers put in query strings, path segments and Content-Type headers (already URL-encoded where it matters).</summary>
internal static class HostileValues
{
    public static readonly IReadOnlyList<string> Query =
    [
        "", "%20", "abc", "-1", "0", "1.5", "1e9", "0x10", "%2B1", "2147483648", "99999999999999999999", "NaN", "Infinity",
        "%00", "E-0000001%00", "%01", "%1F", "%7F", "%FF%FE", "%ED%A0%80", "%C0%AF", "%EF%BF%BD", "%", "%zz", "a%2Fb",
        "%E8%B5%A3%E5%B7%9E%E5%B8%82", "%E7%81%AB%E6%98%9F%E5%B8%82", "%E3%80%80", "%27%20OR%201%3D1%20--", "..%2F..%2Fetc%2Fpasswd",
        "%3Cscript%3E", "true", "null", "%5B%5D", "%7B%7D", new string('x', 3000), string.Concat(Enumerable.Repeat("%E9%95%BF", 400)),
        "2025-06-30", "2025-02-30", "9999-12-31", "0001-01-01",
    ];

    public static readonly IReadOnlyList<string> ContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
        "application/json; charset=utf-16", "application/json; charset=gbk", "application/json; charset=\"utf-8\"",
        "application/json; charset=", "application/json; charset=bogus", "application/json;;;", "application/json; charset=utf-8; charset=latin1",
        "xx/yy", "*/*", "application/*", "application/problem+json", "application/x-ndjson; charset=utf-32", "", "application/json\u0000",
    ];
}
