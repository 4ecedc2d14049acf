using System.CommandLine;
using System.Text;
using ComplianceEngine.Cli.Output;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Authorities;
using ComplianceEngine.Notices.Rendering;
using ComplianceEngine.Notices.Templates;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>notices render</c>: screens record files and writes the notices they need, without a database (numbers are drafts).</summary>
internal static class NoticesCommand
{
    private static readonly string[] Types = [.. NoticeTypes.All.Select(t => t.Slug()).Append("all")];

    /// <summary>What <c>all</c> means: the instruments addressed to an enterprise or a project; inspection lists are asked for by name.</summary>
    private static readonly IReadOnlyList<NoticeType> AllPerRecord = NoticeTypes.PerRecord;

    public static Command Create()
    {
        var input = CommonOptions.RecordFiles();
        var asOf = CommonOptions.AsOf();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write the notices to (created if missing)", Required = true };
        var lang = new Option<string>("--lang") { Description = "zh (default) or en", DefaultValueFactory = _ => NoticeLanguage.Chinese };
        lang.AcceptOnlyFromAmong([.. NoticeLanguage.All]);
        var type = new Option<string>("--type") { Description = "correction-decision, supervision-letter, permit-renewal, rejection-decision, supplement-request, approval-opinion, inspection-list or all (every per-record kind)", DefaultValueFactory = _ => "all" };
        type.AcceptOnlyFromAmong(Types);
        var format = new Option<string>("--format") { Description = "text (default) or html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html");
        var encoding = RecordInput.EncodingOption();

        var render = new Command("render", "Render the notices the records need as of a date: one file per notice, named by record id and type")
        {
            input, asOf, output, lang, type, format, encoding,
        };
        render.SetAction(result => Run(
            result.GetRequiredValue(input), result.GetValue(asOf), result.GetRequiredValue(output), result.GetValue(lang)!,
            result.GetValue(type)!, result.GetValue(format) == "html" ? NoticeFormat.Html : NoticeFormat.Text, result.GetValue(encoding),
            result.GetValue(CommonOptions.Rules)));
        return new Command("notices", "Instruments to enterprises and projects: correction decisions, supervision letters, renewal reminders, rejection decisions, supplement requests, approval opinions, inspection lists") { render };
    }

    private static int Run(FileInfo[] inputs, DateOnly asOf, DirectoryInfo outDir, string lang, string type, NoticeFormat format, Encoding? encoding, string? rulesFolder)
    {
        var ruleSet = CatalogGate.TryLoad(rulesFolder);
        if (ruleSet is null)
        {
            return ExitCodes.InputRefused;
        }

        NoticeRenderer renderer;
        try
        {
            renderer = NoticeRenderer.Load(Path.Combine(ruleSet.Directory, "notices"));
        }
        catch (Exception e) when (e is NoticeTemplateException or NoticeConfigurationException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputRefused;
        }

        if (!RecordInput.Check(inputs, encoding))
        {
            return ExitCodes.InputRefused;
        }

        var types = type == "all" ? AllPerRecord : [NoticeTypes.Parse(type)];
        var plan = new StreamedNoticePlan(types, asOf);
        try
        {
            ScreeningPipeline.Run(ruleSet, RecordInput.Records(inputs, encoding), asOf, plan.Add);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or RecordFormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputRefused;
        }

        var requests = plan.Requests();
        var sequences = DraftNumbering.Assign(renderer, requests);
        Directory.CreateDirectory(outDir.FullName);
        var utf8 = new UTF8Encoding(false);
        try
        {
            for (var i = 0; i < requests.Count; i++)
            {
                var notice = renderer.Render(requests[i], lang, sequences[i], draft: true, text: format == NoticeFormat.Text, html: format == NoticeFormat.Html);
                File.WriteAllText(Path.Combine(outDir.FullName, NoticeFileName.For(requests[i], lang, format)),
                    format == NoticeFormat.Html ? notice.Html : notice.Text, utf8);
            }
        }
        catch (NoticeTemplateException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputRefused;
        }

        var invalid = plan.Invalid;
        var byType = string.Join(", ", requests.GroupBy(r => r.Type).Select(g => $"{g.Key.Slug()} {g.Count()}"));
        Console.WriteLine($"{requests.Count} {Count.Word(requests.Count, "notice", "notices")} written to {outDir.FullName}{(requests.Count > 0 ? $" ({byType})" : "")}" +
                          $"{(invalid > 0 ? $"; {invalid} invalid {Count.Word(invalid, "record", "records")} skipped (run 'screen' for their errors)" : "")}");
        return ExitCodes.Ran;
    }
}
