using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Authorities;
using ComplianceEngine.Notices.Planning;
using Scriban.Runtime;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// What a template sees (docs/notices.md lists it): <c>notice</c>, <c>authority</c>, <c>subject</c>, <c>items</c>
/// (the findings, message in the notice's language) and, for inspection lists, <c>entries</c>. Built by hand rather
/// than by reflection so the names are the documented snake_case ones and optional values are explicit nulls.
/// </summary>
internal static class NoticeModel
{
    public static ScriptObject Build(NoticeRequest request, Authority authority, string language, string number, bool draft)
    {
        var model = new ScriptObject
        {
            ["lang"] = language,
            ["notice"] = new ScriptObject
            {
                ["type"] = request.Type.Slug(),
                ["number"] = number,
                ["draft"] = draft,
                ["date"] = request.AsOf,
                ["period"] = request.Period,
                ["stage"] = request.ReminderStage,
                ["outcome"] = request.Outcome is { } o ? Slug(o) : null,
            },
            ["authority"] = new ScriptObject
            {
                ["name"] = authority.Name,
                ["name_en"] = authority.NameEn,
                ["seal"] = authority.Seal,
                ["seal_en"] = authority.SealEn,
                ["city"] = request.Subject.City,
            },
            ["subject"] = Subject(request.Subject, request.AsOf),
            ["items"] = Items(request.Findings, request.AsOf, language),
        };
        var entries = new ScriptArray(request.Entries.Count);
        var rank = 1;
        foreach (var e in request.Entries)
        {
            var items = Items(e.Findings, request.AsOf, language);
            entries.Add(new ScriptObject
            {
                ["rank"] = rank++,
                ["id"] = e.Enterprise.Id,
                ["name"] = e.Enterprise.Name,
                ["county"] = e.Enterprise.County,
                ["credit_code"] = e.Enterprise.CreditCode,
                ["outcome"] = Slug(e.Outcome),
                ["score"] = e.Score,
                // Counted as items (a month of exceedances is one item), as the list prints them.
                ["overdue_count"] = items.Count(i => ((ScriptObject)i!)["overdue"] is true),
                ["items"] = items,
            });
        }

        model["entries"] = entries;
        return model;
    }

    private static ScriptObject Subject(NoticeSubject s, DateOnly asOf)
    {
        var o = new ScriptObject
        {
            ["kind"] = s.Kind,
            ["id"] = s.Id,
            ["name"] = s.Name,
            ["city"] = s.City,
            ["county"] = s.Record?.County,
            ["industry_code"] = s.Record?.IndustryCode,
            ["credit_code"] = null,
            ["permit"] = null,
            ["construction_type"] = null,
            ["application_date"] = null,
            ["enterprise_id"] = null,
        };
        switch (s.Record)
        {
            case EnterpriseRecord e:
                o["credit_code"] = e.CreditCode;
                o["permit"] = e.Permit is { } p ? new ScriptObject
                {
                    ["number"] = p.Number,
                    ["management_class"] = p.ManagementClass,
                    ["valid_from"] = p.ValidFrom,
                    ["valid_to"] = p.ValidTo,
                    ["days_left"] = p.ValidTo.DayNumber - asOf.DayNumber,
                } : null;
                break;
            case ProjectRecord project:
                o["construction_type"] = project.ConstructionType;
                o["application_date"] = project.ApplicationDate;
                o["enterprise_id"] = project.EnterpriseId;
                break;
        }

        return o;
    }

    /// <summary>
    /// One item per rule, facility and deadline: the evaluator reports a monthly exceedance per month, and a notice lists
    /// them under one item with one legal basis (the findings arrive ordered by severity, rule and facility).
    /// </summary>
    private static ScriptArray Items(IReadOnlyList<Finding> findings, DateOnly asOf, string language)
    {
        var items = new ScriptArray(findings.Count);
        for (var i = 0; i < findings.Count;)
        {
            var f = findings[i];
            var messages = new ScriptArray();
            for (; i < findings.Count && SameItem(findings[i], f); i++)
            {
                messages.Add(language == NoticeLanguage.English ? findings[i].Message.En : findings[i].Message.Zh);
            }

            var basis = new ScriptArray(f.Citation.Basis.Count);
            foreach (var b in f.Citation.Basis)
            {
                basis.Add(new ScriptObject
                {
                    ["title"] = b.Title, ["number"] = b.Number, ["clause"] = b.Clause, ["quote"] = b.Quote,
                    ["legal"] = b.Kind is not (BasisKind.Plan or BasisKind.BureauValue),
                });
            }

            items.Add(new ScriptObject
            {
                ["rule_id"] = f.RuleId,
                ["family"] = f.Family,
                ["severity"] = JsonNamingPolicy.KebabCaseLower.ConvertName(f.Severity.ToString()),
                ["facility_id"] = f.FacilityId,
                ["messages"] = messages,
                ["document"] = f.Citation.Document,
                ["document_number"] = f.Citation.DocumentNumber,
                ["clause"] = f.Citation.Clause,
                ["quote"] = f.Citation.Quote,
                ["basis"] = basis,
                ["deadline"] = f.Deadline,
                ["overdue"] = f.Overdue,
                ["days_left"] = f.Deadline is { } d ? d.DayNumber - asOf.DayNumber : null,
            });
        }

        return items;
    }

    private static bool SameItem(Finding a, Finding b) =>
        a.RuleId == b.RuleId && a.FacilityId == b.FacilityId && a.Deadline == b.Deadline && a.Overdue == b.Overdue;

    private static string Slug(Outcome o) => JsonNamingPolicy.KebabCaseLower.ConvertName(o.ToString());
}
