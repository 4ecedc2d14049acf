using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// 100,000 Chinese notices rendered on all cores from the shipped templates (target: under 10 s). The notices are
/// those 20,000 synthetic enterprises need as of the bench date (correction decisions, supervision letters, permit renewals),
/// repeated to 100,000 with distinct numbers.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class NoticeRenderingBenchmarks
{
    private const int Notices = 100_000;

    private NoticeRenderer _renderer = null!;
    private NoticeRequest[] _requests = null!;

    [Params("text", "html", "both")]
    public string Format { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        var ruleSet = BenchData.LoadCatalog();
        _renderer = NoticeRenderer.Load(Path.Combine(ruleSet.Directory, "notices"));
        var enterprises = BenchData.Enterprises(20_000);
        var results = ruleSet.EvaluateAll(enterprises, BenchData.AsOf);
        var screened = enterprises.Select((e, i) => new ScreenedRecord(e, results[i])).ToArray();
        _requests = [.. NoticePlanner.Plan(screened, BenchData.AsOf, [NoticeType.CorrectionDecision, NoticeType.SupervisionLetter, NoticeType.PermitRenewal])];
    }

    [Benchmark(Description = "100,000 notices (zh), Parallel.For")]
    public long Render()
    {
        long chars = 0;
        var text = Format is "text" or "both";
        var html = Format is "html" or "both";
        Parallel.For(0, Notices, () => 0L, (i, _, sum) =>
        {
            var n = _renderer.Render(_requests[i % _requests.Length], NoticeLanguage.Chinese, i + 1, draft: false, text, html);
            return sum + (n.Text?.Length ?? 0) + (n.Html?.Length ?? 0);
        }, sum => Interlocked.Add(ref chars, sum));
        return chars;
    }
}
