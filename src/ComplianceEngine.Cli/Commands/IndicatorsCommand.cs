using System.CommandLine;
using System.Text;
using ComplianceEngine.Analytics.Charts;
using ComplianceEngine.Analytics.Indicators;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>indicators (--as-of DATE | --from DATE --to DATE [--every year|quarter|month]) (--input FILE… | --register)
/// [--indicator ID…] [--format table|json|csv] [--out FILE] [--chart FILE.png|svg]</c>: progress toward the plans'
/// targets per city and sector, as of a date or over a series of dates.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var asOf = CommonOptions.AsOf(required: false);
        var fromOption = DateOption("--from", "First date of a series (yyyy-MM-dd)");
        var toOption = DateOption("--to", "Last date of a series (yyyy-MM-dd)");
        var every = new Option<string>("--every") { Description = "Step of a series: year, quarter or month", DefaultValueFactory = _ => "quarter" };
        every.AcceptOnlyFromAmong("year", "quarter", "month");
        var input = CommonOptions.RecordFiles("Enterprise record files (projects are skipped)");
        input.Required = false;
        var register = new Option<bool>("--register") { Description = "Every enterprise stored in the database (with its hourly monitoring facts)" };
        var only = new Option<string[]>("--indicator") { Description = "Only these indicator ids", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format") { Description = "table (Markdown), json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var sectors = new Option<bool>("--sectors") { Description = "Table: also a row per sector (json and csv always have them)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var chart = new Option<FileInfo?>("--chart") { Description = "Also draw the first indicator's chart (.png or .svg): a trend per city over a series, bars per city on one date" };
        var encoding = RecordInput.EncodingOption();
        var command = new Command("indicators", "Progress toward the plans' targets per city and sector, as of a date or over a series of dates")
        {
            asOf, fromOption, toOption, every, input, register, only, format, sectors, output, chart, encoding,
        };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(input)?.Length ?? 0) > 0 == r.GetValue(register))
            {
                r.AddError("give --input FILE…, or --register");
            }

            var series = r.GetResult(fromOption) is not null || r.GetResult(toOption) is not null;
            if (series == (r.GetResult(asOf) is not null) || (series && (r.GetResult(fromOption) is null || r.GetResult(toOption) is null)))
            {
                r.AddError("give --as-of DATE, or --from DATE --to DATE for a series");
            }

            if (r.GetValue(chart) is { } file && file.Extension is not (".png" or ".svg"))
            {
                r.AddError("--chart: the file name ends in .png or .svg");
            }
        });
        command.SetAction((r, ct) => RunAsync(new Request(
            r.GetValue(CommonOptions.Rules), r.GetResult(asOf) is not null ? [r.GetValue(asOf)] : null, r.GetValue(fromOption), r.GetValue(toOption),
            r.GetValue(every)!, r.GetValue(input) ?? [], r.GetValue(register), r.GetValue(only) ?? [], r.GetValue(format)!, r.GetValue(sectors),
            r.GetValue(output), r.GetValue(chart), r.GetValue(encoding)), ct));
        return command;
    }

    private static Option<DateOnly> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name}: '{text}' is not a date (yyyy-MM-dd)");
            return default;
        },
    };

    private static async Task<int> RunAsync(Request request, CancellationToken ct)
    {
        var ruleSet = CatalogGate.TryLoad(request.Rules);
        if (ruleSet is null)
        {
            return ExitCodes.InputRefused;
        }

        var catalog = IndicatorCatalog.Read(RulesDirectory.Resolve(request.Rules), ruleSet);
        if (catalog.Issues.Count > 0)
        {
            foreach (var issue in catalog.Issues)
            {
                Console.Error.WriteLine($"error: {issue}");
            }

            return ExitCodes.InputRefused;
        }

        var unknown = request.Only.Where(id => catalog.Indicators.All(i => i.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            Console.Error.WriteLine($"error: --indicator: unknown {string.Join(", ", unknown)} (known: {string.Join(", ", catalog.Indicators.Select(i => i.Id))})");
            return ExitCodes.Usage;
        }

        IReadOnlyList<DateOnly> dates;
        try
        {
            dates = request.AsOf ?? IndicatorRun.Series(request.From, request.To, request.Every);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }

        var indicators = request.Only.Length == 0 ? catalog.Indicators : [.. catalog.Indicators.Where(i => request.Only.Contains(i.Id))];
        var run = new IndicatorRun(ruleSet, indicators, dates);
        IReadOnlyList<IndicatorValue> values;
        try
        {
            if (request.Register)
            {
                await using var dataSource = CliDatabase.Open();
                if (dataSource is null)
                {
                    return ExitCodes.Unavailable;
                }

                values = await run.ComputeAsync(new StoredRecords(dataSource), new RecordScreening(new ExceedanceQuery(dataSource), null), ct);
            }
            else
            {
                if (!RecordInput.Check(request.Inputs, request.Encoding))
                {
                    return ExitCodes.InputRefused;
                }

                values = run.Compute(RecordInput.Records(request.Inputs, request.Encoding), ct);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or RecordFormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputRefused;
        }

        using (var writer = request.Output is null ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) : new StreamWriter(request.Output.Create(), new UTF8Encoding(false)))
        {
            IndicatorOutput.Write(writer, request.Format, ruleSet.Version, indicators, values, request.Sectors);
        }

        if (request.Chart is { } chart)
        {
            var format = chart.Extension == ".svg" ? ChartFormat.Svg : ChartFormat.Png;
            var image = dates.Count > 1 ? IndicatorChart.Trend(indicators[0], values, format) : IndicatorChart.ByCity(indicators[0], values, dates[0], format);
            await File.WriteAllBytesAsync(chart.FullName, image, ct);
            Console.Error.WriteLine($"chart of {indicators[0].Id}: {chart.FullName}");
        }

        return ExitCodes.Ran;
    }

    private sealed record Request(string? Rules, DateOnly[]? AsOf, DateOnly From, DateOnly To, string Every, FileInfo[] Inputs, bool Register,
        string[] Only, string Format, bool Sectors, FileInfo? Output, FileInfo? Chart, Encoding? Encoding);
}
