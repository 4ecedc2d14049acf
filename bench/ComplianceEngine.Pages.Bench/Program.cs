using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ComplianceEngine.Pages.Bench;

var url = new Option<string>("--url") { Description = "The host's base address", DefaultValueFactory = _ => "http://127.0.0.1:5080/" };
var pagesFile = new Option<FileInfo>("--pages") { Description = "The page list (page / person / signin lines)", DefaultValueFactory = _ => new FileInfo("bench/pages.txt") };
var requests = new Option<int>("--requests") { Description = "Measured requests per page", DefaultValueFactory = _ => 200 };
var warmup = new Option<int>("--warmup") { Description = "Unmeasured requests per page first", DefaultValueFactory = _ => 20 };
var concurrency = new Option<int>("--concurrency") { Description = "Callers at once (people clicking at the same time)", DefaultValueFactory = _ => 4 };
var targetP95 = new Option<double>("--target-p95") { Description = "Target: every page's p95 under this many milliseconds", DefaultValueFactory = _ => 200 };

var root = new RootCommand("Page speed bench: p50/p95/p99 per page of a started host, each page asked for by its role (cookie sign-in or API key)")
{
    url, pagesFile, requests, warmup, concurrency, targetP95,
};
root.SetAction(async (result, ct) =>
{
    if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var baseUrl) || result.GetValue(requests) < 1 || result.GetValue(warmup) < 0 || result.GetValue(concurrency) < 1)
    {
        Console.Error.WriteLine("--url must be an absolute address, --requests and --concurrency positive, --warmup not negative");
        return 2;
    }

    PageList list;
    try
    {
        list = PageList.Read(result.GetValue(pagesFile)!.FullName);
    }
    catch (Exception e) when (e is FormatException or IOException)
    {
        Console.Error.WriteLine(e.Message);
        return 2;
    }

    var figures = new List<PageFigures>();
    // One client per caller identity, as one browser (or one machine) per person: its cookies and its connections.
    foreach (var group in list.Pages.GroupBy(p => p.Who))
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var first = group.First();
        if (first.ByApiKey)
        {
            var variable = $"BENCH_API_KEY_{first.Role.ToUpperInvariant()}";
            var key = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(key))
            {
                Console.Error.WriteLine($"pages for {first.Who} need the API key in {variable}");
                return 2;
            }

            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else if (first.Who != PageEntry.Anonymous)
        {
            var person = list.People.First(p => p.Role == first.Who);
            var password = Environment.GetEnvironmentVariable(person.PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                Console.Error.WriteLine($"pages for {first.Who} need {person.UserName}'s password in {person.PasswordVariable}");
                return 2;
            }

            await CookieSignIn.SignInAsync(client, list.SignIn!, person, password, ct);
        }

        var run = new PageRun(client, result.GetValue(warmup), result.GetValue(requests), result.GetValue(concurrency));
        foreach (var page in group)
        {
            var measured = await run.MeasureAsync(page, ct);
            figures.Add(measured);
            Console.Error.WriteLine($"{page.Who} {page.Path}: p95 {measured.P95:F1} ms{(measured.Failures > 0 ? $", {measured.Failures} failed ({measured.FirstFailure})" : "")}");
        }
    }

    var target = result.GetValue(targetP95);
    string Ms(double v) => double.IsNaN(v) ? "-" : v.ToString("F1", CultureInfo.InvariantCulture);
    Console.WriteLine($"| who | page | requests | failed | p50 ms | p95 ms | p99 ms | max ms | p95 < {target} ms |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
    foreach (var f in figures)
    {
        var met = f.Failures == 0 && f.P95 < target ? "yes" : "no";
        Console.WriteLine($"| {f.Page.Who} | `{f.Page.Path}` | {f.Requests} | {f.Failures} | {Ms(f.P50)} | {Ms(f.P95)} | {Ms(f.P99)} | {Ms(f.Max)} | {met} |");
    }

    var missed = figures.Count(f => f.Failures > 0 || !(f.P95 < target));
    Console.WriteLine();
    Console.WriteLine(missed == 0
        ? $"every page ({figures.Count}) answered 200 with p95 under {target} ms ({result.GetValue(concurrency)} callers at once, {result.GetValue(requests)} requests per page)"
        : $"{missed} of {figures.Count} page(s) failed or missed p95 < {target} ms");
    return 0;
});

return await root.Parse(args).InvokeAsync();
