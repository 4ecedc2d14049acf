using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Authorities;
using ComplianceEngine.Notices.Instruments;
using ComplianceEngine.Notices.Planning;
using Scriban.Runtime;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// What a template sees (docs/notices.md lists it): <c>notice</c>, <c>authority</c>, <c>subject</c> (the party, with
/// legal representative, address, builder, project code and EIA document where the record has them), <c>items</c>
/// (<see cref="NoticeItems"/>) and, for inspection lists, <c>entries</c>. Built by hand rather than by reflection so
/// the names are the documented snake_case ones and optional values are explicit nulls.
/// </summary>
internal static class NoticeModel
{
    public static ScriptObject Build(NoticeRequest request, Authority authority, string language, string number, bool draft, string? issuer, InstrumentSettings settings)
    {
        var items = NoticeItems.Build(request.Findings, request.Subject.Record, request.AsOf, language, settings);
        var model = new ScriptObject
        {
            ["lang"] = language,
            ["notice"] = new ScriptObject
            {
                ["type"] = request.Type.Slug(),
                ["decision"] = request.Type.IsDecision(),
                // Signed by an officer: a required element the register lacks prints as a blank to fill before issue;
                // letters leave such a line out instead (RequiredElements).
                ["signed"] = request.Type.IsSigned(),
                ["check"] = Check(request.Check, request.Subject.Record, language == NoticeLanguage.English),
                ["number"] = number,
                ["draft"] = draft,
                ["issuer"] = issuer,
                ["date"] = request.AsOf,
                ["period"] = request.Period,
                ["stage"] = request.ReminderStage,
                ["outcome"] = request.Outcome is { } o ? Slug(o) : null,
                // The last day anything in the notice must be done by: the reply or report date of the whole instrument.
                ["act_by"] = items.Count == 0 ? null : items.Max(i => (DateOnly)((ScriptObject)i!)["act_by"]!),
            },
            ["authority"] = new ScriptObject
            {
                ["name"] = authority.Name,
                ["name_en"] = authority.NameEn,
                ["seal"] = authority.Seal,
                ["seal_en"] = authority.SealEn,
                ["city"] = request.Subject.City,
                ["review_body"] = authority.ReviewBody,
                ["review_body_en"] = authority.ReviewBodyEn,
                ["phone"] = request.ContactPhone ?? authority.ContactPhone,
            },
            ["subject"] = Subject(request.Subject, request.AsOf, language == NoticeLanguage.English, settings.WorkingDays),
            ["items"] = items,
        };
        var entries = new ScriptArray(request.Entries.Count);
        var rank = 1;
        foreach (var e in request.Entries)
        {
            var entryItems = NoticeItems.Build(e.Findings, e.Enterprise, request.AsOf, language, settings);
            entries.Add(new ScriptObject
            {
                ["rank"] = rank++,
                ["id"] = e.Enterprise.Id,
                ["name"] = e.Enterprise.Name,
                ["county"] = e.Enterprise.County,
                ["credit_code"] = e.Enterprise.CreditCode,
                ["outcome"] = Slug(e.Outcome),
                // An estimated probability (0–1) that an inspection finds a violation, from the risk model; null without one.
                ["score"] = e.Score,
                ["random"] = e.DrawnAtRandom,
                // The model's largest contributions to the score, in the notice's language.
                ["model_reasons"] = e.ModelReasons is null ? null : new ScriptArray(e.ModelReasons.Select(r => language == NoticeLanguage.English ? r.En : r.Zh)),
                // Counted as items (a month of exceedances is one item), as the list prints them.
                ["overdue_count"] = entryItems.Count(i => ((ScriptObject)i!)["overdue"] is true),
                ["items"] = entryItems,
            });
        }

        model["entries"] = entries;
        return model;
    }

    /// <summary>《行政许可法》第三十二条第一款第（四）项: what is missing must be told at once or within five (working) days of receipt.</summary>
    public const int SupplementNoticeWorkingDays = 5;

    private static ScriptObject Subject(NoticeSubject s, DateOnly asOf, bool en, WorkingDayCalendar calendar)
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
            ["legal_representative"] = null,
            ["address"] = null,
            ["permit"] = null,
            ["facilities"] = new ScriptArray((s.Record?.Facilities ?? []).Select(f => NoticeItems.FacilityLabel(f, en))),
            ["construction_type"] = null,
            ["application_date"] = null,
            ["enterprise_id"] = null,
            ["builder"] = null,
            ["builder_credit_code"] = null,
            ["project_code"] = null,
            ["eia_document"] = null,
            ["supplement_window"] = null,
        };
        switch (s.Record)
        {
            case EnterpriseRecord e:
                o["credit_code"] = e.CreditCode;
                o["legal_representative"] = e.LegalRepresentative;
                o["address"] = e.Address;
                o["permit"] = e.Permit is { } p ? new ScriptObject
                {
                    ["number"] = p.Number,
                    ["management_class"] = p.ManagementClass,
                    ["valid_from"] = p.ValidFrom,
                    ["valid_to"] = p.ValidTo,
                    ["days_left"] = p.ValidTo.DayNumber - asOf.DayNumber,
                    ["apply_by"] = p.ValidTo.AddDays(-NoticePlanner.PermitApplicationDays),
                    ["apply_days_left"] = p.ValidTo.AddDays(-NoticePlanner.PermitApplicationDays).DayNumber - asOf.DayNumber,
                } : null;
                break;
            case ProjectRecord project:
                o["construction_type"] = project.ConstructionType;
                o["application_date"] = project.ApplicationDate;
                o["enterprise_id"] = project.EnterpriseId;
                o["builder"] = project.Builder?.Name;
                o["builder_credit_code"] = project.Builder?.CreditCode;
                o["project_code"] = project.ProjectCode;
                o["supplement_window"] = SupplementWindow(project.ApplicationDate, asOf, calendar);
                // The document's title as the builder files it: the project's name and the kind of document.
                o["eia_document"] = project.EiaDocument is { } kind ? project.Name + ContractLabels.EiaDocument(kind).Zh : null;
                o["eia_document_en"] = project.EiaDocument is { } k ? $"the {ContractLabels.EiaDocument(k).En} of {project.Name}" : null;
                break;
        }

        return o;
    }

    /// <summary>
    /// Whether a 补正 notice dated <paramref name="asOf"/> is within five working days of receiving the application
    /// (the contract's <c>applicationDate</c>, the date the material was filed with the bureau): <c>received</c>,
    /// <c>notify_by</c> (the fifth working day after, null beyond the calendar) and <c>passed</c> (null when it cannot
    /// be counted). Past it, the law deems the application accepted from the day of receipt.
    /// </summary>
    private static ScriptObject SupplementWindow(DateOnly received, DateOnly asOf, WorkingDayCalendar calendar)
    {
        var notifyBy = calendar.AddWorkingDays(received, SupplementNoticeWorkingDays);
        return new ScriptObject
        {
            ["received"] = received,
            ["notify_by"] = notifyBy,
            ["passed"] = notifyBy is { } by ? asOf > by : null,
        };
    }

    /// <summary>The on-site check as the templates see it (<c>date</c>, <c>inspector</c>, <c>violation_found</c>, <c>facility</c> by name, <c>pollutant</c> in the notice's language, <c>notes</c>); null for a desk review.</summary>
    private static ScriptObject? Check(OnSiteCheck? check, ComplianceRecord? record, bool en) => check is null ? null : new ScriptObject
    {
        ["date"] = check.Date,
        ["inspector"] = check.Inspector,
        ["violation_found"] = check.ViolationFound,
        ["facility"] = check.FacilityId is { } id
            ? record?.Facilities.FirstOrDefault(f => f.Id == id) is { } f ? NoticeItems.FacilityLabel(f, en) : id
            : null,
        ["pollutant"] = check.Pollutant is { } p ? en ? p : ContractLabels.InChinese(p) : null,
        ["notes"] = check.Notes,
    };

    private static string Slug(Outcome o) => JsonNamingPolicy.KebabCaseLower.ConvertName(o.ToString());
}
