using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Host.Localization;
using Microsoft.Extensions.Localization;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// How a page names a reader's problem to a person: the field by its label (with the facility row, counted from 1) and
/// the reason in the page's language, never the JSON path (the API and CLI keep that for machines).
/// </summary>
public static class RecordProblem
{
    /// <summary>
    /// The field a JSON path (<c>$.facilities[1].commissionedOn</c>, or a form name without <c>$.</c>) names, by its
    /// label: 设施 2 · 投入运行日期 / Facility 2 · Commissioned on. A field the form has no label for keeps its name.
    /// </summary>
    public static string Where(string path, IStringLocalizer<ProjectLabels> labels)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(labels);
        var name = path.TrimStart('$').TrimStart('.');
        var field = labels[ProjectLabels.Field(name)].Value;
        var section = ProjectLabels.SectionOf(name);
        if (section.Length == 0)
        {
            return field;
        }

        var row = ProjectLabels.Row(section) is { } r ? " " + r.ToString(CultureInfo.InvariantCulture) : "";
        return $"{labels[ProjectLabels.Section(section)].Value}{row} · {field}";
    }

    /// <summary>
    /// A missing decisive value for a person: 缺少决定性数据：投入运行日期 / Missing decisive data: Commissioned on, the
    /// fields by label (the row is left to the facility column beside it).
    /// </summary>
    public static string Missing(IReadOnlyList<string> paths, IStringLocalizer<ProjectLabels> labels)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(labels);
        var fields = paths.Select(p => labels[ProjectLabels.Field(p.TrimStart('$').TrimStart('.'))].Value).Distinct(StringComparer.Ordinal);
        return labels[ProjectLabels.SeverityName(Severity.Missing)].Value + Punctuation.Colon + string.Join(Punctuation.Chinese ? "、" : ", ", fields);
    }

    /// <summary>The reason in the request's UI language (Chinese, or English in the English view).</summary>
    public static string Reason(RecordError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Punctuation.Chinese ? error.Text.Zh : error.Text.En;
    }

    /// <summary>"label：reason" (full-width colon in Chinese, ": " in English).</summary>
    public static string Describe(RecordError error, IStringLocalizer<ProjectLabels> labels) =>
        Where(error.Path, labels) + Punctuation.Colon + Reason(error);
}
