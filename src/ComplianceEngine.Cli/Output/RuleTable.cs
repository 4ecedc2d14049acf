using System.Globalization;
using System.Text;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules.Catalog;
using Spectre.Console;

namespace ComplianceEngine.Cli.Output;

/// <summary>
/// The <c>rules list</c> output. Narrow (the default) fits 80 columns: two lines a rule, the first with id, severity,
/// what it applies to (sectors and cities counted, not listed) and the start of its force, the second with its first
/// legal basis cut to the line. Wide is a table with every column in full, as <c>--format json</c> has them.
/// </summary>
internal static class RuleTable
{
    private const int LineWidth = 80;

    public static void WriteNarrow(IReadOnlyList<RuleDefinition> rules, TextWriter w)
    {
        w.WriteLine($"{"id",-16}{"severity",-13}{"applies to",-30}{"from 施行"}");
        foreach (var r in rules)
        {
            var from = r.InForceFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (r.InForceTo is null ? "" : "…");
            w.WriteLine($"{r.Id,-15} {CsvResultWriter.Word(r.Severity),-12} {Fit(Applies(r), 29),-29} {from}");
            w.WriteLine(Fit($"    依据 basis: {Basis(r)}", LineWidth - 1));
        }
    }

    public static Table Wide(IReadOnlyList<RuleDefinition> rules)
    {
        var table = new Table().AddColumns("id", "family", "severity", "applies to", "citation 依据", "legal basis 法律依据", "in force 施行");
        foreach (var r in rules)
        {
            var applies = $"{CsvResultWriter.Word(r.Kind)}/{CsvResultWriter.Word(r.Scope)}"
                + (r.Sectors.Count > 0 ? $" [{string.Join(",", r.Sectors)}]" : "")
                + (r.Cities.Count > 0 ? $" {string.Join(",", r.Cities)}" : "");
            var basis = string.Join("; ", r.Citation.Basis.Select(b => $"{b.Title} {b.Number} {b.Clause}".TrimEnd()));
            table.AddRow(r.Id, r.Family, CsvResultWriter.Word(r.Severity), Markup.Escape(applies), Markup.Escape($"{r.CitationSource} {r.Citation.Clause}"),
                Markup.Escape(basis), $"{r.InForceFrom:yyyy-MM-dd} – {(r.InForceTo is { } to ? to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}");
        }

        foreach (var column in table.Columns)
        {
            column.NoWrap();
        }

        return table;
    }

    /// <summary>e.g. <c>project/facility, 3 sectors</c>: what the rule looks at, the lists counted.</summary>
    private static string Applies(RuleDefinition r)
    {
        var sectors = r.Sectors.Count switch { 0 => "", 1 => ", " + r.Sectors[0], var n => $", {n} sectors" };
        var cities = r.Cities.Count switch { 0 => "", 1 => ", " + r.Cities[0], var n => $", {n} cities" };
        return $"{CsvResultWriter.Word(r.Kind)}/{CsvResultWriter.Word(r.Scope)}{sectors}{cities}";
    }

    /// <summary>The first provision the rule rests on: a standard by its number, a law or regulation by its short title; else the plan clause.</summary>
    private static string Basis(RuleDefinition r) => r.Citation.Basis is [var b, ..]
        ? $"{(b.Kind == BasisKind.Standard || b.Title.Length > 20 ? b.Number : b.Title.Replace("中华人民共和国", "", StringComparison.Ordinal))} {b.Clause}".TrimEnd()
            + (r.Citation.Basis.Count > 1 ? $" (+{r.Citation.Basis.Count - 1})" : "")
        : $"{r.CitationSource} {r.Citation.Clause}";

    /// <summary>Cuts <paramref name="text"/> to <paramref name="width"/> terminal columns (CJK characters take two), ending in … when cut.</summary>
    public static string Fit(string text, int width)
    {
        if (text.EnumerateRunes().Sum(Columns) <= width)
        {
            return text;
        }

        var used = 0;
        var b = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if ((used += Columns(rune)) > width - 1)
            {
                break;
            }

            b.Append(rune.ToString());
        }

        return b.Append('…').ToString();
    }

    private static int Columns(Rune rune) => rune.Value >= 0x2E80 ? 2 : 1;
}
