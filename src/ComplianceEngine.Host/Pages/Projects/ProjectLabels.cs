using System.Text.RegularExpressions;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Notices;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// The Chinese names the officer's and the enterprise's pages give to contract fields and codes, instruments and
/// outcomes. Each is the resource key of its English (<c>Resources/Pages/Projects/ProjectLabels.en.resx</c>,
/// read through <c>IStringLocalizer&lt;ProjectLabels&gt;</c>). Not static: the type names the resource.
/// </summary>
public sealed partial class ProjectLabels
{
    private ProjectLabels()
    {
    }

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["id"] = "项目编号", ["name"] = "项目名称", ["enterpriseId"] = "建设单位企业编号", ["industryCode"] = "行业代码（GB/T 4754-2017）",
        ["city"] = "所在设区市", ["county"] = "所在县（市、区）", ["cityCode"] = "设区市行政区划代码", ["countyCode"] = "县级行政区划代码",
        ["constructionType"] = "建设性质", ["applicationDate"] = "申报日期", ["annualEnergyTce"] = "年综合能源消费量（吨标准煤）",
        ["site.inEcologicalRedLine"] = "位于生态保护红线内", ["site.inPermanentBasicFarmland"] = "位于永久基本农田集中区域",
        ["site.inCountyBuiltUpArea"] = "位于县级及以上城市建成区", ["site.inChemicalPark"] = "位于认定的化工园区",
        ["site.inLivestockBanZone"] = "位于畜禽养殖禁养区", ["site.distanceToYangtzeKm"] = "距长江干流及主要支流（公里）",
        ["site.cityPm25Attained"] = "所在城市上年PM2.5达标",
        ["facilities[].id"] = "设施编号", ["facilities[].name"] = "设施名称", ["facilities[].commissionedOn"] = "投入运行日期",
        ["facilities[].type"] = "设施类型", ["facilities[].fuel"] = "燃料", ["facilities[].capacityTph"] = "容量（蒸吨/小时）",
        ["facilities[].capacityMw"] = "装机容量（兆瓦）", ["facilities[].ultraLowStatus"] = "超低排放改造",
        ["facilities[].ultraLowCompletedOn"] = "超低排放改造完成日期", ["facilities[].lowNox"] = "已完成低氮改造",
        ["facilities[].hasBypass"] = "仍有旁路", ["facilities[].onlineMonitoring"] = "已联网在线监测", ["facilities[].vocTreated"] = "已建VOCs治理设施",
        ["captiveCoalPowerUnit"] = "建设自备燃煤机组", ["addsCapacity"] = "新增产能",
        ["capacityReplacement.ratio"] = "产能置换比例（被置换÷新建）", ["capacityReplacement.verified"] = "产能置换方案已核实",
        ["heavyMetals"] = "排放的重点重金属", ["heavyMetalOffset"] = "重金属总量来源",
        ["regionalOffset.pollutants"] = "区域削减的污染物（逗号分隔）", ["regionalOffset.ratio"] = "区域削减比例",
        ["lowVocMaterialShare"] = "低VOCs含量原辅材料占比（0–1）", ["usesEliminatedProcess"] = "采用淘汰类工艺或设备",
        ["builder.name"] = "建设单位名称", ["builder.creditCode"] = "建设单位统一社会信用代码", ["projectCode"] = "投资项目代码",
        ["eiaDocument"] = "环境影响评价文件类型", ["investmentTenThousandYuan"] = "总投资（万元）",
        // Paths a reader's problem can name beyond the form's fields.
        [""] = "整条记录", ["kind"] = "记录类型", ["facilities"] = "设施列表", ["facilities[]"] = "设施", ["site"] = "选址",
        ["capacityReplacement"] = "产能置换", ["regionalOffset"] = "区域削减", ["builder"] = "建设单位",
    };

    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        [""] = "项目基本情况", ["site"] = "选址", ["facilities[]"] = "设施", ["capacityReplacement"] = "产能置换",
        ["regionalOffset"] = "区域削减", ["builder"] = "建设单位",
    };

    /// <summary>The Chinese label of a form field (<c>facilities[1].type</c> is labelled as every facility's type).</summary>
    public static string Field(string name) => Fields.GetValueOrDefault(RowIndex().Replace(name, "[]"), name);

    /// <summary>The section a field belongs to: <c>""</c> for the project's own fields, else its object (<c>site</c>, <c>facilities[0]</c>).</summary>
    public static string SectionOf(string name) => name.LastIndexOf('.') is var dot and > 0 ? name[..dot] : "";

    /// <summary>The Chinese heading of a section; a facility row is numbered by the page.</summary>
    public static string Section(string section) => Sections.GetValueOrDefault(RowIndex().Replace(section, "[]"), section);

    /// <summary>The row of a section such as <c>facilities[1]</c>, counted from 1; null for an object.</summary>
    public static int? Row(string section) => RowIndex().Match(section) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1 : null;

    /// <summary>The Chinese word of a code a field takes.</summary>
    public static string Option(string field, string code) => field == "eiaDocument" ? ContractLabels.EiaDocument(code).Zh : ContractLabels.InChinese(code);

    /// <summary>The instrument's title as the bureau issues it.</summary>
    public static string Instrument(NoticeType type) => type switch
    {
        NoticeType.CorrectionDecision => "责令改正违法行为决定书",
        NoticeType.SupervisionLetter => "督办提醒函",
        NoticeType.PermitRenewal => "排污许可证延续提醒函",
        NoticeType.RejectionDecision => "不予批准决定书",
        NoticeType.SupplementRequest => "补正材料通知书",
        NoticeType.ApprovalOpinion => "审批意见",
        _ => "执法检查名单",
    };

    /// <summary>The instrument's title from its slug (an outbox or document row).</summary>
    public static string Instrument(string slug) => Instrument(NoticeTypes.Parse(slug));

    /// <summary>
    /// A project's decision as the instruments name it: 不予批准, 需补正 or 批准 (with or without requirements), from
    /// the one instrument the screening calls for; an unreadable record is not decided at all.
    /// </summary>
    public static string Decision(Outcome outcome, NoticeType? instrument) => (outcome, instrument) switch
    {
        (Outcome.Invalid, _) => "记录无法读取，未作决定",
        (_, NoticeType.RejectionDecision) => "不予批准",
        (_, NoticeType.SupplementRequest) => "需补正",
        (_, NoticeType.ApprovalOpinion) => "批准（附建设和运行要求）",
        _ => "批准",
    };

    /// <summary>A project's outcome where the instrument is not yet known (a list of results).</summary>
    public static string ProjectOutcome(Outcome outcome) => outcome switch
    {
        Outcome.Approve => "批准",
        Outcome.Conditional => "附条件：所列条件落实后方可批准",
        Outcome.Reject => "不予批准",
        _ => "记录无法读取，未作决定",
    };

    /// <summary>
    /// An enterprise's status. <paramref name="anyOverdue"/>: a binding finding is past its deadline (a plan's
    /// supervision item is overdue without being a violation), so "obligations due" would misstate it beside the overdue line.
    /// </summary>
    public static string Status(Outcome outcome, bool anyOverdue = false) => outcome switch
    {
        Outcome.Compliant => "合规",
        Outcome.Due when anyOverdue => "有逾期未落实的事项",
        Outcome.Due => "有待履行的义务",
        Outcome.Noncompliant => "存在违法或逾期事项",
        _ => "记录无法读取",
    };

    /// <summary>A finding's severity as a heading word.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Core.Evaluation.Severity.Prohibition => "禁止性规定",
        Core.Evaluation.Severity.Condition => "审批条件",
        Core.Evaluation.Severity.Obligation => "义务",
        Core.Evaluation.Severity.Limit => "排放限值",
        Core.Evaluation.Severity.Supervision => "督办事项",
        Core.Evaluation.Severity.Missing => "缺少决定性数据",
        _ => "提示",
    };

    /// <summary>A notice's delivery state in the outbox.</summary>
    public static string Delivery(string status) => status switch
    {
        "sent" => "已送达",
        "failed" => "送达失败，将重试",
        _ => "待送达",
    };

    [GeneratedRegex(@"\[([0-9]+)\]")]
    private static partial Regex RowIndex();
}
