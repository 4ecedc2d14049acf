using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Jobs;

namespace ComplianceEngine.Host.Extensions;

/// <summary>
/// <c>Sample:Files</c>: record files imported at start when the register is empty, so a local run (scripts/serve.sh)
/// comes up with the bundled sample. A register that has records is never touched. After an import the jobs that fill
/// the workspace run once at start (<see cref="FirstRunJobs"/>), so there is something to see before the first night.
/// </summary>
public static class SampleDataExtensions
{
    public const string FilesKey = "Sample:Files";

    public static WebApplication LoadSampleData(this WebApplication app)
    {
        var files = app.Configuration.GetSection(FilesKey).Get<string[]>() ?? [];
        if (files.Length == 0)
        {
            return app;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceEngine.Host.Sample");
        if (app.Services.GetRequiredService<Register>().HasRecordsAsync().GetAwaiter().GetResult())
        {
            logger.LogInformation("register has records: sample files not imported");
            return app;
        }

        var importer = app.Services.GetRequiredService<Importer>();
        foreach (var file in files)
        {
            var summary = importer.ImportAsync(Path.GetFullPath(file)).GetAwaiter().GetResult();
            logger.LogInformation("sample {File} imported: {Inserted} inserted, {Invalid} invalid", file, summary.Inserted, summary.Invalid);
            foreach (var error in summary.Errors)
            {
                logger.LogWarning("sample {File} item {Index} ({Id}) {Path}: {Reason}", file, error.Index, error.RecordId, error.Path, error.Reason);
            }
        }

        FirstRunJobs.TriggerWhenStarted(app);
        return app;
    }

    /// <summary>Says where the service listens once Kestrel has bound, so a local run prints a URL to open.</summary>
    public static WebApplication AnnounceUrls(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                app.Logger.LogInformation("ComplianceEngine is serving at {Url} (OpenAPI: {Url}/openapi/v1.json, health: {Url}/health/ready)", url, url, url);
            }
        });
        return app;
    }
}
