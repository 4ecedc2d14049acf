using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Instruments;
using ComplianceEngine.Notices.Templates;
using Scriban.Runtime;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// The <c>items</c> a template sees: one per rule, facility and deadline (a monthly exceedance is reported per month
/// and listed under one item), each with its facts and evidence, the provisions violated, the deadline to act by and
/// how to correct. Facilities are named as the record names them (<c>facilities[].name</c>), not by internal id.
/// </summary>
internal static class NoticeItems
{
    public static ScriptArray Build(IReadOnlyList<Finding> findings, ComplianceRecord? record, DateOnly issued, string language, InstrumentSettings settings)
    {
        var en = language == NoticeLanguage.English;
        var items = new ScriptArray(findings.Count);
        for (var i = 0; i < findings.Count;)
        {
            var f = findings[i];
            var facility = record?.Facilities.FirstOrDefault(x => x.Id is not null && x.Id == f.FacilityId);
            var messages = new ScriptArray();
            var reasons = new ScriptArray();
            for (; i < findings.Count && SameItem(findings[i], f); i++)
            {
                messages.Add(NameFacility(Message(findings[i], en), facility));
                reasons.Add(FindingReasons.Of(findings[i]));
            }

            var basis = ItemBasis.Of(f, record, facility, settings);
            var legal = References(basis.Violated, settings);
            var order = References(basis.Order, settings);
            var policy = References(basis.Policy, settings);

            var guidance = settings.Guidance(f);
            items.Add(new ScriptObject
            {
                ["rule_id"] = f.RuleId,
                ["family"] = f.Family,
                ["severity"] = JsonNamingPolicy.KebabCaseLower.ConvertName(f.Severity.ToString()),
                ["facility_id"] = f.FacilityId,
                ["facility"] = facility is null ? null : FacilityLabel(facility, en),
                ["messages"] = messages,
                ["reasons"] = reasons,
                ["document"] = f.Citation.Document,
                ["document_number"] = f.Citation.DocumentNumber,
                ["document_en"] = f.Citation.DocumentEn ?? settings.TitleEn(f.Citation.Document),
                ["clause"] = f.Citation.Clause,
                ["clause_en"] = EnglishReferences.Clause(f.Citation.Clause),
                ["quote"] = f.Citation.Quote,
                ["quote_en"] = f.Citation.QuoteEn,
                ["basis"] = Concat(Concat(legal, order), policy),
                ["legal_basis"] = legal,
                ["order_basis"] = order,
                ["policy_basis"] = policy,
                ["deadline"] = f.Deadline,
                ["overdue"] = f.Overdue,
                ["days_left"] = f.Deadline is { } d ? d.DayNumber - issued.DayNumber : null,
                ["act_by"] = settings.Deadline(f, issued),
                ["act_days"] = settings.Deadline(f, issued).DayNumber - issued.DayNumber,
                ["source"] = guidance is null ? null : en ? guidance.SourceEn : guidance.Source,
                ["resolution"] = guidance?.Resolution,
                ["remedy"] = guidance?.RemedyFor(facility, en),
                ["months"] = Months(record, f, issued),
                ["missing_fields"] = new ScriptArray(f.MissingFields),
                ["missing_supply"] = new ScriptArray((f.MissingSupply ?? []).Select(x => en ? x.En : x.Zh)),
            });
        }

        return items;
    }

    // A missing-value finding's own message names JSON paths and the rule id; a party is told in words what is not stated.
    private static string Message(Finding f, bool en) => f.MissingSupply is { Count: > 0 } supply
        ? en ? $"The information filed does not state {string.Join("; ", supply.Select(x => x.En))}, so this cannot be decided." : $"所报材料未载明{string.Join("、", supply.Select(x => x.Zh))}，无法据以作出判定。"
        : en ? EnglishReferences.Dates(f.Message.En) : f.Message.Zh;

    private static ScriptArray References(IReadOnlyList<LegalReference> references, InstrumentSettings settings)
    {
        var list = new ScriptArray(references.Count);
        foreach (var b in references)
        {
            var isLegal = b.Kind is not (BasisKind.Plan or BasisKind.BureauValue);
            list.Add(new ScriptObject
            {
                ["title"] = b.Title, ["number"] = b.Number, ["clause"] = b.Clause, ["quote"] = b.Quote, ["quote_en"] = b.QuoteEn, ["legal"] = isLegal,
                ["title_en"] = settings.TitleEn(b.Title), ["number_en"] = EnglishReferences.DocumentNumber(b.Number),
                ["clause_en"] = b.Clause is null ? null : EnglishReferences.Clause(b.Clause),
            });
        }

        return list;
    }

    /// <summary><c>1号烧结机</c> when the record names the facility; else its type and id, <c>烧结机SJ-1</c> / <c>sintering machine SJ-1</c>.</summary>
    public static string FacilityLabel(Facility facility, bool en)
    {
        if (facility.Name is { } name)
        {
            return name;
        }

        var type = en ? facility.Type.Replace('-', ' ') : ContractLabels.InChinese(facility.Type);
        return facility.Id is null ? type : en ? $"{type} {facility.Id}" : type + facility.Id;
    }

    private static string NameFacility(string message, Facility? facility) =>
        facility is { Id: { } id, Name: { } name } ? message.Replace(id, name, StringComparison.Ordinal) : message;

    /// <summary>The monitoring months the evidence covers for an emission finding: first and last complete month counted, or null.</summary>
    private static ScriptObject? Months(ComplianceRecord? record, Finding f, DateOnly issued)
    {
        if (record is not EnterpriseRecord e || f.FacilityId is null)
        {
            return null;
        }

        var months = e.Emissions.Where(x => x.FacilityId == f.FacilityId && x.CountsOn(issued)).Select(x => x.Period).ToArray();
        return months.Length == 0 ? null : new ScriptObject { ["from"] = months.Min(), ["to"] = months.Max(), ["count"] = months.Distinct().Count() };
    }

    private static ScriptArray Concat(ScriptArray a, ScriptArray b)
    {
        var all = new ScriptArray(a);
        foreach (var x in b)
        {
            all.Add(x);
        }

        return all;
    }

    private static bool SameItem(Finding a, Finding b) =>
        a.RuleId == b.RuleId && a.FacilityId == b.FacilityId && a.Deadline == b.Deadline && a.Overdue == b.Overdue;
}
