using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// Made-up notices that walk every branch of the shipped templates: optional values both present and null, findings
/// overdue and not, with and without deadline, facility and national basis, one finding and several under one item, projects rejected and conditional,
/// inspection lists with and without scores. Rendering them at load turns a misspelt variable into a start-up
/// error instead of a failed send weeks later.
/// </summary>
internal static class TemplateProbe
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    public static IEnumerable<NoticeRequest> Requests()
    {
        foreach (var full in new[] { true, false })
        {
            var enterprise = Enterprise(full);
            var findings = Findings(full);
            yield return Request(NoticeType.Rectification, enterprise, findings, Outcome.Noncompliant);
            yield return Request(NoticeType.DeadlineReminder, enterprise, [.. findings.Where(f => f is { Overdue: false, Deadline: not null })], Outcome.Due) with { ReminderStage = 30 };
            yield return Request(NoticeType.PermitRenewal, enterprise, [], Outcome.Compliant);
            foreach (var outcome in new[] { Outcome.Reject, Outcome.Conditional, Outcome.Approve })
            {
                yield return Request(NoticeType.ScreeningOpinion, Project(full), findings, outcome);
            }

            yield return new NoticeRequest
            {
                Type = NoticeType.InspectionList,
                Subject = NoticeSubject.OfCity("赣州市"),
                AsOf = AsOf,
                Period = "probe",
                Entries =
                [
                    new InspectionEntry(enterprise, Outcome.Noncompliant, findings, full ? 0.9 : null),
                    new InspectionEntry(enterprise with { Id = "PROBE-E2" }, Outcome.Due, findings, full ? 0.5 : null),
                ],
            };
        }
    }

    private static NoticeRequest Request(NoticeType type, ComplianceRecord record, IReadOnlyList<Finding> findings, Outcome outcome) => new()
    {
        Type = type,
        Subject = NoticeSubject.Of(record),
        AsOf = AsOf,
        Period = "probe",
        Findings = findings,
        Outcome = outcome,
    };

    private static EnterpriseRecord Enterprise(bool full) => new()
    {
        Id = "PROBE-E1",
        Name = "探针企业",
        IndustryCode = "3011",
        City = "赣州市",
        County = full ? "南康区" : null,
        CreditCode = full ? "91360700000000000X" : null,
        Permit = new Permit { Number = "PROBE-P", ManagementClass = "key", ValidFrom = new(2022, 1, 1), ValidTo = AsOf.AddDays(30) },
    };

    private static ProjectRecord Project(bool full) => new()
    {
        Id = "PROBE-P1",
        Name = "探针项目",
        IndustryCode = "3011",
        City = "赣州市",
        County = full ? "南康区" : null,
        ConstructionType = "new",
        ApplicationDate = new(2026, 3, 1),
        Site = new ProjectSite { InEcologicalRedLine = false, InPermanentBasicFarmland = false, InCountyBuiltUpArea = false, InChemicalPark = false },
    };

    private static Finding[] Findings(bool full)
    {
        var citation = new Citation
        {
            Document = "探针文件",
            DocumentNumber = full ? "赣环〔2026〕1号" : null,
            Clause = "第一条",
            Quote = "原文。",
            Basis = full ? [new LegalReference { Title = "国家标准", Number = "GB 1-2026", Clause = "4.1" }, new LegalReference { Title = "国家标准", Number = "GB 2-2026" }] : [],
        };
        Finding F(Severity s, DateOnly? deadline, bool overdue) => new()
        {
            RuleId = "PROBE-" + s,
            Family = "probe",
            Severity = s,
            FacilityId = full ? "F-1" : null,
            Message = new LocalizedText("探针。", "Probe."),
            Citation = citation,
            Deadline = deadline,
            Overdue = overdue,
        };
        return
        [
            F(Severity.Prohibition, null, true),
            F(Severity.Condition, null, true),
            F(Severity.Obligation, new(2025, 12, 31), true),
            F(Severity.Obligation, AsOf.AddDays(30), false),
            F(Severity.Limit, null, true),
            F(Severity.Limit, null, true),
        ];
    }
}
