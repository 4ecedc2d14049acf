using System.CommandLine;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>risk train|evaluate|score|list</c>: the non-compliance risk model (docs/risk-model.md).</summary>
internal static class RiskCommand
{
    public static Command Create() => new("risk", "Risk model: train, evaluate, score, ranked inspection lists")
    {
        Train(), Evaluate(), Score(), List(),
    };

    private static Option<FileInfo[]> Enterprises() => new("--enterprises")
    {
        Description = "Enterprise snapshot files (one per date; records carry snapshotDate, or the file is one snapshot as of --snapshot-date)",
        Required = true, AllowMultipleArgumentsPerToken = true,
    };

    private static Option<DateOnly?> SnapshotDate() => new("--snapshot-date")
    {
        Description = "The date of enterprise records without snapshotDate (contract-shaped files: one snapshot as of this date); default --as-of. "
            + "Inspections before it then take features from a later snapshot: the evaluation report states that leakage risk",
    };

    private static Option<FileInfo> Inspections() => new("--inspections") { Description = "Inspection outcomes (JSON or CSV)", Required = true };

    private static Option<FileInfo> Model(string description) => new("--model") { Description = description, Required = true };

    private static Command Train()
    {
        var (enterprises, inspections, model, asOf) = (Enterprises(), Inspections(), Model("Where to write the model (.zip, plus a .json sidecar)"), CommonOptions.AsOf());
        var snapshotDate = SnapshotDate();
        asOf.Description = "Training cut-off: only inspections before it are used; the last year before it validates";
        var encoding = RecordInput.EncodingOption();
        var command = new Command("train", "Train, select and calibrate the risk model on inspection outcomes") { enterprises, inspections, model, asOf, snapshotDate, encoding };
        command.SetAction(r => RiskActions.Train(r.GetValue(CommonOptions.Rules), r.GetRequiredValue(enterprises), r.GetRequiredValue(inspections),
            r.GetValue(asOf), r.GetValue(snapshotDate) ?? r.GetValue(asOf), r.GetRequiredValue(model), r.GetValue(encoding)));
        return command;
    }

    private static Command Evaluate()
    {
        var (enterprises, inspections, model, asOf) = (Enterprises(), Inspections(), Model("The trained model (.zip)"), CommonOptions.AsOf());
        var snapshotDate = SnapshotDate();
        asOf.Description = "Evaluate on inspections from the model's training cut-off up to this date";
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for report.json, report.md, roc.png, lift.png", Required = true };
        var resamples = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the intervals", DefaultValueFactory = _ => 500 };
        var encoding = RecordInput.EncodingOption();
        var command = new Command("evaluate", "Evaluate a model on held-out inspections: metrics with intervals, charts")
        {
            model, enterprises, inspections, asOf, snapshotDate, output, resamples, encoding,
        };
        command.SetAction(r => RiskActions.Evaluate(r.GetValue(CommonOptions.Rules), r.GetRequiredValue(model), r.GetRequiredValue(enterprises),
            r.GetRequiredValue(inspections), r.GetValue(asOf), r.GetValue(snapshotDate) ?? r.GetValue(asOf), r.GetRequiredValue(output), r.GetValue(resamples), r.GetValue(encoding)));
        return command;
    }

    private static Command Score()
    {
        var model = Model("The trained model (.zip)");
        var input = CommonOptions.RecordFiles("Enterprise records (the snapshot as of --as-of)");
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format") { Description = "json, csv or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "csv", "table");
        var encoding = RecordInput.EncodingOption();
        var command = new Command("score", "Score enterprises: probability that an inspection finds a violation, with reasons") { model, input, asOf, format, encoding };
        command.SetAction(r => RiskActions.Score(r.GetValue(CommonOptions.Rules), r.GetRequiredValue(model), r.GetRequiredValue(input), r.GetValue(asOf), r.GetValue(format)!,
            r.GetValue(encoding)));
        return command;
    }

    private static Command List()
    {
        var model = Model("The trained model (.zip)");
        var input = CommonOptions.RecordFiles("Enterprise records (the snapshot as of --as-of)");
        var asOf = CommonOptions.AsOf();
        var city = new Option<string?>("--city") { Description = "Only this city (e.g. 赣州市); default the whole province" };
        var top = new Option<int>("--top") { Description = "Length of the list", DefaultValueFactory = _ => 50 };
        var explore = new Option<double>("--explore") { Description = "Share of the list drawn at random from the rest", DefaultValueFactory = _ => 0.1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the exploration draw", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var encoding = RecordInput.EncodingOption();
        var command = new Command("list", "Ranked inspection list with reasons and an exploration share") { model, input, asOf, city, top, explore, seed, format, encoding };
        command.SetAction(r => RiskActions.List(r.GetValue(CommonOptions.Rules), r.GetRequiredValue(model), r.GetRequiredValue(input), r.GetValue(asOf),
            r.GetValue(city), r.GetValue(top), r.GetValue(explore), r.GetValue(seed), r.GetValue(format)!, r.GetValue(encoding)));
        return command;
    }
}
