using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// Made-up notices that walk every branch of the shipped templates: optional values both present and null, findings
/// overdue and not, with and without deadline, facility and national basis, one finding and several under one item, every instrument kind and renewal stage,
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
            // Each kind gets the findings the planner would give it, so a label table need not cover kinds it never sees.
            yield return Request(NoticeType.CorrectionDecision, enterprise, Only(findings, Severity.Prohibition, Severity.Condition, Severity.Obligation, Severity.Limit), Outcome.Noncompliant);
            // After a recorded on-site inspection: all it names, or only its date and outcome (an imported file).
            yield return Request(NoticeType.CorrectionDecision, enterprise, Only(findings, Severity.Prohibition, Severity.Limit), Outcome.Noncompliant) with
            {
                Check = full ? new OnSiteCheck(AsOf.AddDays(-3), "探针", true, "F-1", "PM", "探针记录") : new OnSiteCheck(AsOf.AddDays(-3), null, false),
            };
            yield return Request(NoticeType.SupervisionLetter, enterprise, Only(findings, Severity.Condition, Severity.Obligation, Severity.Supervision), Outcome.Due);
            foreach (var stage in NoticePlanner.PermitRenewalStages)
            {
                yield return Request(NoticeType.PermitRenewal, enterprise, [], Outcome.Compliant) with { ReminderStage = stage };
            }

            var project = Project(full);
            yield return Request(NoticeType.RejectionDecision, project, Only(findings, Severity.Prohibition), Outcome.Reject);
            yield return Request(NoticeType.SupplementRequest, project, Only(findings, Severity.Missing), Outcome.Conditional);
            // Received before the working-day calendar begins: the five-day window cannot be counted.
            yield return Request(NoticeType.SupplementRequest, project with { ApplicationDate = new(2024, 6, 3) }, Only(findings, Severity.Missing), Outcome.Conditional);
            foreach (var outcome in new[] { Outcome.Conditional, Outcome.Approve })
            {
                yield return Request(NoticeType.ApprovalOpinion, project, Only(findings, Severity.Condition, Severity.Obligation, Severity.Supervision), outcome);
            }

            // Approved with no requirement of its own: still an approval, with the standing requirements only.
            yield return Request(NoticeType.ApprovalOpinion, project, [], Outcome.Approve);

            yield return new NoticeRequest
            {
                Type = NoticeType.InspectionList,
                Subject = NoticeSubject.OfCity("赣州市"),
                AsOf = AsOf,
                Period = "probe",
                Entries =
                [
                    new InspectionEntry(enterprise, Outcome.Noncompliant, findings, full ? 0.9 : null)
                    {
                        ModelReasons = full ? [new LocalizedText("探针原因", "probe reason")] : null,
                    },
                    new InspectionEntry(enterprise with { Id = "PROBE-E2" }, Outcome.Due, findings, full ? 0.5 : null) { ModelReasons = full ? [] : null },
                ],
            };
        }
    }

    private static Finding[] Only(Finding[] findings, params Severity[] kept) => [.. findings.Where(f => kept.Contains(f.Severity))];

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
        LegalRepresentative = full ? "探针" : null,
        Address = full ? "探针路1号" : null,
        Facilities = [new Facility { Id = "F-1", Type = "boiler", Name = full ? "1号锅炉" : null }],
        Emissions = [new Emission { FacilityId = "F-1", Pollutant = "PM", ConcentrationMgM3 = 50, Period = new(2026, 10, 1) }],
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
        // Within the five working days of 《行政许可法》第三十二条 when full, long past them otherwise.
        ApplicationDate = full ? AsOf.AddDays(-2) : new(2026, 3, 1),
        Builder = full ? new ProjectBuilder { Name = "探针建设单位", CreditCode = "91360700000000000X" } : null,
        ProjectCode = full ? "2026-360000-00-00-000000" : null,
        EiaDocument = full ? "report" : null,
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
            BasisKind = full ? BasisKind.Standard : BasisKind.Plan,
            Basis = full ? [new LegalReference { Title = "国家标准", Number = "GB 1-2026", Clause = "4.1", Kind = BasisKind.Standard }, new LegalReference { Title = "规划", Number = "赣府发〔2026〕1号", Kind = BasisKind.Plan }] : [],
        };
        Finding F(Severity s, DateOnly? deadline, bool overdue) => new()
        {
            RuleId = "PROBE-" + s,
            Family = full ? "limits" : "probe",
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
            F(Severity.Supervision, null, false),
            F(Severity.Missing, null, false) with { MissingFields = ["facilities[0].commissionedOn"], MissingSupply = [new LocalizedText("锅炉投入运行日期", "the boiler's commissioning date")] },
        ];
    }
}
